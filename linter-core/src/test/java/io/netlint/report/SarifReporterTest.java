package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlint.engine.LintResult;
import io.netlint.model.Network;
import io.netlint.model.SourceRef;
import io.netlint.report.internal.sarif.LineHashes;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReporterTest {

  @TempDir Path repo;

  private JsonNode render(List<Finding> findings) throws IOException {
    StringWriter out = new StringWriter();
    new SarifReporter(ReportContext.plain().withWorkingDirectory(repo), d -> Optional.empty())
        .write(new LintResult(findings, List.of(), CiSample.rules(), 1, Network.of(List.of())),
            out);
    SchemaCheck.assertValidSarif(out.toString());
    assertThat(out.toString()).doesNotContain("\r").endsWith("}\n");
    return new ObjectMapper().readTree(out.toString()).get("runs").get(0);
  }

  private static Finding at(String rule, String file, int line) {
    return new Finding(rule, Severity.WARNING, "m", new SourceRef(file, line, 1, "R"), List.of());
  }

  private static JsonNode physical(JsonNode run, int i) {
    return run.get("results").get(i).get("locations").get(0).get("physicalLocation");
  }

  @Test
  void pathsBecomeRepositoryRelativeUrisAndTheHashUsesTheFileText() throws IOException {
    Path file = Files.createDirectories(repo.resolve("my stacks")).resolve("net #1.yaml");
    Files.writeString(file, "A: 1\r\nB:\r\n  C: 2\r\n");
    JsonNode run = render(List.of(at("NET101", file.toString(), 3),
        at("NET101", "./my stacks/net #1.yaml", 2)));
    assertThat(physical(run, 0).get("artifactLocation").get("uri").asText())
        .isEqualTo("my%20stacks/net%20%231.yaml");
    LineHashes expected = LineHashes.of(Files.readString(file));
    assertThat(run.get("results").get(0).get("partialFingerprints")
        .get("primaryLocationLineHash").asText()).isEqualTo(expected.line(3));
    assertThat(run.get("results").get(1).get("partialFingerprints")
        .get("primaryLocationLineHash").asText()).isEqualTo(expected.line(2));
  }

  @Test
  void filesOutsideTheRepositoryKeepAFileUriAndGetNoLineHash() throws IOException {
    Path outside = Files.createTempFile("netlint-outside", ".yaml");
    try {
      JsonNode run = render(List.of(at("NET101", outside.toString(), 1)));
      assertThat(physical(run, 0).get("artifactLocation").get("uri").asText())
          .startsWith("file:///");
      assertThat(run.get("results").get(0).get("partialFingerprints")
          .has("primaryLocationLineHash")).isFalse();
    } finally {
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void aLineBeyondTheFileGetsNoLineHash() throws IOException {
    Files.writeString(repo.resolve("short.yaml"), "a: 1\n");
    JsonNode run = render(List.of(at("NET101", "short.yaml", 40)));
    assertThat(run.get("results").get(0).get("partialFingerprints")
        .has("primaryLocationLineHash")).isFalse();
  }

  @Test
  void aRuleThatWasNotDescribedStillGetsAValidEntry() throws IOException {
    JsonNode run = render(List.of(at("NET950", "x.yaml", 1)));
    JsonNode rules = run.get("tool").get("driver").get("rules");
    JsonNode result = run.get("results").get(0);
    JsonNode rule = rules.get(result.get("ruleIndex").asInt());
    assertThat(rule.get("id").asText()).isEqualTo("NET950");
    assertThat(rule.has("helpUri")).isFalse();
    assertThat(rule.get("help").get("text").asText()).isNotBlank();
  }

  @Test
  void sameInputSameBytes() throws IOException {
    List<Finding> findings = CiSample.result().findings();
    assertThat(render(findings).toString()).isEqualTo(render(findings).toString());
  }
}
