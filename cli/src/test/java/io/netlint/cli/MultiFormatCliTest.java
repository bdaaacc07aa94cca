package io.netlint.cli;

import static io.netlint.cli.CliTestFiles.PEERED_OVERLAP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlint.report.SchemaCheck;
import io.netlint.report.internal.sarif.RuleDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code --format NAME[=PATH]}, repeated: several reports from one run. */
class MultiFormatCliTest {

  @TempDir Path dir;


  private Path write(String name, String text) throws IOException {
    return CliTestFiles.write(dir, name, text);
  }

  private Path inputs() throws IOException {
    write("in/peered.yaml", PEERED_OVERLAP);
    write("in/broken.json", "{\"Resources\": {\"X\" {}}}");
    return dir.resolve("in");
  }

  @Test
  void everyFormatAtOnceAgreesWithTheOthers() throws Exception {
    Path in = inputs();
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("lint", "--format", "text",
        "--format", "sarif=" + out.resolve("netlint.sarif"),
        "--format", "json=" + out.resolve("netlint.json"),
        "--format", "gitlab=" + out.resolve("gl-code-quality-report.json"),
        "--format", "junit=" + out.resolve("junit.xml"),
        "--format", "github=" + out.resolve("annotations.txt"),
        in.toString());
    CliRun textOnly = CliRun.of("lint", in.toString());
    assertThat(run.exitCode()).isEqualTo(textOnly.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEqualTo(textOnly.out()).doesNotContain("\u001b");

    ObjectMapper json = new ObjectMapper();
    JsonNode report = json.readTree(out.resolve("netlint.json").toFile());
    int findings = report.get("findings").size();
    int problems = report.get("diagnostics").size();
    assertThat(problems).isEqualTo(1);

    String sarif = Files.readString(out.resolve("netlint.sarif"));
    SchemaCheck.assertValidSarif(sarif);
    JsonNode sarifRun = json.readTree(sarif).get("runs").get(0);
    assertThat(sarifRun.get("results")).hasSize(findings);
    assertThat(sarifRun.get("invocations").get(0).get("toolExecutionNotifications"))
        .hasSize(problems);

    String gitlab = Files.readString(out.resolve("gl-code-quality-report.json"));
    SchemaCheck.assertValidGitlab(gitlab);
    assertThat(json.readTree(gitlab)).hasSize(findings + problems);

    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(out.resolve("junit.xml").toFile());
    assertThat(junit.getElementsByTagName("error").getLength()).isEqualTo(1);

    assertThat(Files.readAllLines(out.resolve("annotations.txt")))
        .hasSize(findings + problems).allMatch(l -> l.startsWith("::"));
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "netlint.sarif", "netlint.json", "gl-code-quality-report.json", "junit.xml",
          "annotations.txt");
    }
  }

  @Test
  void githubAnnotationsOnStandardOutput() throws IOException {
    Path in = inputs();
    CliRun run = CliRun.of("lint", "--format", "github", in.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out().lines()).anySatisfy(l -> assertThat(l)
        .startsWith("::error file=").contains("broken.json,line=1,")
        .contains("title=netlint input problem::cannot parse"));
  }

  @Test
  void atMostOneFormatOnStandardOutput() throws IOException {
    Path in = inputs();
    CliRun run = CliRun.of("lint", "--format", "text", "--format", "github",
        "--format", "sarif=" + dir.resolve("out/x.sarif"), in.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("2 formats would go to standard output");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void outputIsForTheFormatWithoutAPath() throws IOException {
    Path in = inputs();
    Path text = dir.resolve("out/report.txt");
    Path sarif = dir.resolve("out/netlint.sarif");
    CliRun run = CliRun.of("lint", "--format", "text", "--format", "sarif=" + sarif,
        "--output", text.toString(), in.toString());
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(text)).contains("input problem");
    SchemaCheck.assertValidSarif(Files.readString(sarif));

    Path single = dir.resolve("out/single.sarif");
    CliRun old = CliRun.of("lint", "--format", "sarif", "--output", single.toString(),
        in.toString());
    assertThat(old.out()).isEmpty();
    assertThat(old.exitCode()).isEqualTo(2);
    SchemaCheck.assertValidSarif(Files.readString(single));
  }

  @Test
  void conflictingDestinationsAreUsageErrors() throws IOException {
    Path in = inputs();
    Path f = dir.resolve("out/same.json");
    assertThat(CliRun.of("lint", "--format", "json=" + f, "--format", "gitlab=" + f,
        in.toString()).err()).contains("two reports would be written to");
    assertThat(CliRun.of("lint", "--format", "json=" + f, "--output",
        dir.resolve("o").toString(), in.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("lint", "--format", "sarif=", in.toString()).exitCode()).isEqualTo(2);
    CliRun unknown = CliRun.of("lint", "--format", "pdf=x.pdf", in.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown format 'pdf'");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aFileThatCannotBeWrittenFailsAloneAndLeavesNothingBehind() throws IOException {
    Path clean = write("ok.yaml", "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n"
        + "    Properties:\n      CidrBlock: 10.0.0.0/16\n");
    Path blocker = write("out/blocker", "a file where a directory should be");
    Path good = dir.resolve("out/good.sarif");
    CliRun run = CliRun.of("lint", "--format", "sarif=" + good,
        "--format", "junit=" + blocker.resolve("junit.xml"), clean.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write " + blocker.resolve("junit.xml"));
    SchemaCheck.assertValidSarif(Files.readString(good));
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("blocker", "good.sarif");
    }
  }

  /** The rule pages reach SARIF from the class path, where the rules module puts them. */
  @Test
  void sarifCarriesTheRulePagesThatExist() throws IOException {
    String root = System.getProperty("netlint.projectRoot");
    Assumptions.assumeTrue(root != null, "netlint.projectRoot is not set");
    Path docs = Path.of(root, "docs", "rules");
    Path sarif = dir.resolve("netlint.sarif");
    CliRun.of("lint", "--format", "sarif=" + sarif, write("ok.yaml", "Resources: {}\n")
        .toString());
    JsonNode rules = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0)
        .get("tool").get("driver").get("rules");
    Assumptions.assumeTrue(rules.size() > 0, "no rules are registered yet");
    Set<String> withPage = new java.util.HashSet<>();
    for (JsonNode r : rules) {
      Path page = docs.resolve(r.get("id").asText() + ".md");
      String markdown = r.get("help").get("markdown").asText();
      if (Files.isRegularFile(page)) {
        withPage.add(r.get("id").asText());
        assertThat(markdown).isEqualTo(RuleDocs.markdown(Files.readString(page)));
      } else {
        assertThat(markdown).startsWith(r.get("shortDescription").get("text").asText());
      }
    }
    Assumptions.assumeFalse(withPage.isEmpty(), "no rule has a page under docs/rules yet");
  }
}
