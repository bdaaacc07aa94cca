package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlint.engine.LintResult;
import io.netlint.model.Network;
import io.netlint.model.SourceRef;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GitlabReporterTest {

  private static JsonNode render(LintResult result) throws IOException {
    StringWriter out = new StringWriter();
    new GitlabReporter(ReportContext.plain().withWorkingDirectory(Path.of("/repo")))
        .write(result, out);
    assertThat(out.toString()).doesNotStartWith("\uFEFF");
    SchemaCheck.assertValidGitlab(out.toString());
    return new ObjectMapper().readTree(out.toString());
  }

  private static LintResult of(Finding... findings) {
    return new LintResult(List.of(findings), List.of(), CiSample.rules(), 1,
        Network.of(List.of()));
  }

  private static Finding at(String rule, int line, String resource, String message) {
    return new Finding(rule, Severity.ERROR, message,
        new SourceRef("/repo/stacks/net.yaml", line, 3, resource), List.of());
  }

  private static List<String> fingerprints(JsonNode report) {
    List<String> out = new ArrayList<>();
    report.forEach(i -> out.add(i.get("fingerprint").asText()));
    return out;
  }

  @Test
  void fingerprintsDoNotMoveWithLinesOrWording() throws IOException {
    String before = fingerprints(render(of(at("NET101", 12, "Vpc", "overlaps 10.0.0.0/16"))))
        .get(0);
    String after = fingerprints(render(of(at("NET101", 40, "Vpc", "overlaps 10.0.0.0/8"))))
        .get(0);
    assertThat(after).isEqualTo(before);
    String other = fingerprints(render(of(at("NET101", 12, "OtherVpc", "overlaps")))).get(0);
    assertThat(other).isNotEqualTo(before);
  }

  @Test
  void fingerprintsAreUniqueEvenForTheSameRuleAndResource() throws IOException {
    JsonNode report = render(of(at("NET202", 5, "Vpn", "tunnel 1"),
        at("NET202", 9, "Vpn", "tunnel 2"), at("NET101", 5, "Vpn", "x")));
    assertThat(Set.copyOf(fingerprints(report))).hasSize(3);
  }

  @Test
  void pathsAreRelativeToTheRepositoryAndSeveritiesAreGitlabs() throws IOException {
    JsonNode sample = render(CiSample.result());
    for (JsonNode issue : sample) {
      assertThat(issue.get("severity").asText())
          .isIn("info", "minor", "major", "critical", "blocker");
      assertThat(issue.get("location").get("path").asText()).doesNotStartWith("/");
      assertThat(issue.get("location").get("lines").get("begin").asInt()).isPositive();
    }
    assertThat(render(of(at("NET101", 1, "V", "m"))).get(0).get("location").get("path")
        .asText()).isEqualTo("stacks/net.yaml");
    assertThat(Set.copyOf(fingerprints(sample))).hasSize(sample.size());
  }

  @Test
  void emptyRunIsAnEmptyArray() throws IOException {
    assertThat(render(of()).isArray()).isTrue();
    assertThat(render(of())).isEmpty();
  }
}
