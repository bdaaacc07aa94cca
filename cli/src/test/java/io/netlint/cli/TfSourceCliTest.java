package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlint.report.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A plan linted with its {@code .tf} sources: every report format points at the lines of the
 * {@code .tf} files, and keeps the plan location as a related one.
 */
class TfSourceCliTest {

  private static final Path ESTATE = Path.of(System.getProperty("netlint.projectRoot", ".."))
      .resolve("linter-core/src/test/resources/tfsource/estate").toAbsolutePath().normalize();

  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where the findings are expected: the files and lines of the fixture's declarations. */
  private static final List<String> EXPECTED = List.of(
      "main.tf:61 NET702",                 // the cidr_blocks line of aws_security_group_rule.rdp
      "main.tf:68 NET702",                 // the one ingress block of aws_security_group.web
      "modules/edge/main.tf:6 NET206",     // bgp_asn of aws_customer_gateway.dc, instance "a"
      "modules/edge/main.tf:6 NET206",     // and "b"
      "modules/edge/main.tf:11 NET201",
      "modules/edge/main.tf:11 NET201",
      "modules/edge/main.tf:15 NET204",
      "modules/edge/main.tf:15 NET204");

  private String local(String file) {
    return ESTATE.relativize(Path.of(file).toAbsolutePath().normalize()).toString()
        .replace('\\', '/');
  }

  @Test
  void everyReportFormatPointsAtTheTfLines() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("lint", "--fail-on", "none",
        "--format", "text",
        "--format", "json=" + out.resolve("netlint.json"),
        "--format", "sarif=" + out.resolve("netlint.sarif"),
        "--format", "github=" + out.resolve("annotations.txt"),
        "--format", "gitlab=" + out.resolve("gl-code-quality-report.json"),
        "--format", "junit=" + out.resolve("junit.xml"),
        ESTATE.resolve("plan.json").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    List<String> text = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      String[] parts = line.split(":", 4);
      if (parts.length == 4 && parts[3].matches(" (error|warning|info) NET.*")) {
        text.add(local(parts[0]) + ":" + parts[1] + " " + parts[3].split(" ")[2]);
      }
    }
    assertThat(text).containsExactlyElementsOf(EXPECTED);
    assertThat(run.out()).contains("1 suppressed"); // the netlint:ignore comment above ssh

    JsonNode json = JSON.readTree(out.resolve("netlint.json").toFile());
    List<String> fromJson = new ArrayList<>();
    for (JsonNode f : json.get("findings")) {
      fromJson.add(local(f.get("file").asText()) + ":" + f.get("line").asInt() + " "
          + f.get("ruleId").asText());
      assertThat(f.get("related").toString()).contains("plan.json");
    }
    assertThat(fromJson).containsExactlyElementsOf(EXPECTED);

    String sarifText = Files.readString(out.resolve("netlint.sarif"));
    SchemaCheck.assertValidSarif(sarifText);
    List<String> fromSarif = new ArrayList<>();
    for (JsonNode r : JSON.readTree(sarifText).get("runs").get(0).get("results")) {
      if (r.has("suppressions")) continue;
      JsonNode physical = r.get("locations").get(0).get("physicalLocation");
      String uri = physical.get("artifactLocation").get("uri").asText();
      fromSarif.add(uri.substring(uri.indexOf("/estate/") + 8) + ":"
          + physical.get("region").get("startLine").asInt() + " " + r.get("ruleId").asText());
      assertThat(r.get("relatedLocations").toString()).contains("plan.json");
    }
    assertThat(fromSarif).containsExactlyElementsOf(EXPECTED);

    List<String> fromGithub = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("annotations.txt"))) {
      String file = line.replaceFirst(".*file=([^,]*),.*", "$1");
      String lineNo = line.replaceFirst(".*,line=([0-9]+),.*", "$1");
      String rule = line.replaceFirst(".*title=(NET[0-9]+) .*", "$1");
      fromGithub.add(local(file) + ":" + lineNo + " " + rule);
    }
    assertThat(fromGithub).containsExactlyInAnyOrderElementsOf(EXPECTED);

    String gitlabText = Files.readString(out.resolve("gl-code-quality-report.json"));
    SchemaCheck.assertValidGitlab(gitlabText);
    List<String> fromGitlab = new ArrayList<>();
    for (JsonNode issue : JSON.readTree(gitlabText)) {
      fromGitlab.add(local(issue.get("location").get("path").asText()) + ":"
          + issue.get("location").get("lines").get("begin").asInt() + " "
          + issue.get("check_name").asText());
    }
    assertThat(fromGitlab).containsExactlyInAnyOrderElementsOf(EXPECTED);

    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(out.resolve("junit.xml").toFile());
    NodeList failures = junit.getElementsByTagName("failure");
    List<String> fromJunit = new ArrayList<>();
    for (int i = 0; i < failures.getLength(); i++) {
      Element testcase = (Element) failures.item(i).getParentNode();
      fromJunit.add(local(testcase.getAttribute("file")));
    }
    assertThat(fromJunit).isNotEmpty().allMatch(f -> f.endsWith(".tf"));
  }

  @Test
  void theConfigurationFileNamesTheSourcesAndTheFlagReplacesIt() throws Exception {
    Path plan = Files.copy(ESTATE.resolve("plan.json"), dir.resolve("plan.json"));
    Path config = Files.writeString(dir.resolve(".netlint.yml"),
        "tf-sources: [\"" + ESTATE.toString().replace('\\', '/') + "\"]\n");
    CliRun fromConfig = CliRun.of("lint", "--fail-on", "none", "--config", config.toString(),
        plan.toString());
    assertThat(fromConfig.out()).contains("modules/edge/main.tf:6:3: error NET206")
        .doesNotContain("plan.json:");

    CliRun flag = CliRun.of("lint", "--fail-on", "none", "--config", config.toString(),
        "--tf-source", dir.resolve("nowhere").toString(), plan.toString());
    assertThat(flag.exitCode()).isEqualTo(2);
    assertThat(flag.out()).contains("nowhere:1:1: error: Terraform source directory not found")
        .contains("plan.json:1:1: info: 9 findings keep their plan location");
  }
}
