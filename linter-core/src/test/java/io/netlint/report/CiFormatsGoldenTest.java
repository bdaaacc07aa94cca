package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlint.report.internal.sarif.LineHashes;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * The CI formats rendered from one fixed result ({@link CiSample}) and compared exactly with
 * their goldens under {@code report/}. Run with {@code -Dnetlint.updateGoldens=true} to rewrite
 * the goldens after an intended change, then review the diff.
 */
class CiFormatsGoldenTest {

  @TempDir Path tmp;

  private ReportContext context() throws IOException {
    return ReportContext.plain().withWorkingDirectory(CiSample.workingDirectory(tmp))
        .withToolVersion(Optional.of("0.1.0"));
  }

  private static String render(Reporter reporter) throws IOException {
    StringWriter out = new StringWriter();
    reporter.write(CiSample.result(), out);
    return out.toString();
  }

  private static void assertGolden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("netlint.updateGoldens")) {
      Files.writeString(Path.of("src/test/resources/report", name), actual,
          StandardCharsets.UTF_8);
      return;
    }
    String golden = CiSample.resource(name);
    assertThat(golden).as("golden report/" + name).isNotNull();
    assertThat(actual).isEqualTo(golden);
  }

  @Test
  void sarif() throws IOException {
    String out = render(new SarifReporter(context(), CiSample.docs()));
    assertGolden("ci.sarif", out);
    SchemaCheck.assertValidSarif(out);
  }

  @Test
  void sarifFacts() throws IOException {
    JsonNode run = new ObjectMapper().readTree(render(new SarifReporter(context(),
        CiSample.docs()))).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    for (JsonNode r : run.get("results")) {
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(r.get("ruleId").asText());
      assertThat(r.get("locations").get(0).get("physicalLocation").get("region")
          .get("startLine").asInt()).isPositive();
      assertThat(r.get("partialFingerprints").get(SarifReporter.FINGERPRINT_KEY).asText())
          .hasSize(64);
    }
    for (JsonNode r : rules) {
      boolean exposure = r.get("id").asText().equals("NET701");
      assertThat(r.get("properties").has("security-severity")).isEqualTo(exposure);
      assertThat(r.get("help").get("text").asText()).isNotBlank();
      assertThat(r.get("helpUri").asText())
          .isEqualTo("https://github.com/netlint/netlint/blob/main/docs/rules/"
              + r.get("id").asText() + ".md");
    }
    // The page's first paragraph, and its sibling link made absolute.
    JsonNode net101 = rules.get(0);
    assertThat(net101.get("fullDescription").get("text").asText())
        .startsWith("Two VPCs joined by peering or one transit gateway route domain");
    assertThat(net101.get("help").get("markdown").asText())
        .contains("(https://github.com/netlint/netlint/blob/main/docs/rules/NET102.md)");
    // No page: the summary and a link.
    assertThat(rules.get(1).get("help").get("text").asText())
        .isEqualTo("A VPN connection configures only one of its two tunnels. See"
            + " https://github.com/netlint/netlint/blob/main/docs/rules/NET202.md");

    // The line hash is upload-sarif's for the file on disk, and absent where there is no file.
    LineHashes hashes = LineHashes.of(Files.readString(tmp.resolve("stacks/shared.yaml")));
    for (JsonNode r : run.get("results")) {
      JsonNode loc = r.get("locations").get(0).get("physicalLocation");
      String uri = loc.get("artifactLocation").get("uri").asText();
      JsonNode hash = r.get("partialFingerprints").get("primaryLocationLineHash");
      if (uri.equals("stacks/shared.yaml")) {
        assertThat(hash.asText()).isEqualTo(hashes.line(loc.get("region").get("startLine")
            .asInt()));
      } else {
        assertThat(hash).as(uri).isNull();
      }
    }
  }

  @Test
  void github() throws IOException {
    Path summary = tmp.resolve("summary.md");
    Files.writeString(summary, "earlier step output\n");
    String out = render(new GithubReporter(context().withEnv(
        Map.of(GithubReporter.SUMMARY_ENV, summary.toString()))));
    assertGolden("ci.github", out);
    assertGolden("ci.summary.md", Files.readString(summary).substring(
        "earlier step output\n".length()));
    assertThat(Files.readString(summary)).startsWith("earlier step output\n");
  }

  @Test
  void gitlab() throws IOException {
    String out = render(new GitlabReporter(context()));
    assertGolden("ci.gitlab.json", out);
    SchemaCheck.assertValidGitlab(out);
  }

  @Test
  void junit() throws Exception {
    String out = render(new JunitReporter(context()));
    assertGolden("ci.junit.xml", out);
    // Well-formed, and the hostile message survives the round trip.
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(out)));
    assertThat(doc.getDocumentElement().getTextContent()).contains("<docs> & \"fix\"");
  }

  @Test
  void textInColour() throws IOException {
    assertGolden("ci.text-colour", render(new TextReporter(true)));
    assertThat(render(new TextReporter(false))).doesNotContain("\u001b");
  }
}
