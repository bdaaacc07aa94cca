package io.netlint.cli;

import static io.netlint.cli.CliTestFiles.PEERED_OVERLAP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return CliTestFiles.write(dir, name, text);
  }


  @Test
  void cleanInputExitsZero() throws IOException {
    Path ok = write("ok.yaml", "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n"
        + "    Properties:\n      CidrBlock: 10.0.0.0/16\n");
    CliRun run = CliRun.of("lint", ok.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("netlint: 0 findings").contains("in 1 file");
  }

  @Test
  void errorFindingExitsOneWithCompilerStyleLine() throws IOException {
    Path bad = write("peered.yaml", PEERED_OVERLAP);
    CliRun run = CliRun.of("lint", bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(bad + ":").contains(": error NET101 ");
  }

  @Test
  void failOnNoneNeverFailsOnFindings() throws IOException {
    Path bad = write("peered.yaml", PEERED_OVERLAP);
    assertThat(CliRun.of("lint", "--fail-on", "none", bad.toString()).exitCode()).isZero();
  }

  @Test
  void brokenFileExitsTwoAndOthersAreStillLinted() throws IOException {
    write("in/a-broken.json", "{\"Resources\": {\"X\" {}}}");
    write("in/b-peered.yaml", PEERED_OVERLAP);
    CliRun run = CliRun.of("lint", "--format", "json", dir.resolve("in").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("diagnostics")).singleElement().satisfies(d -> {
      assertThat(d.get("file").asText()).endsWith("in/a-broken.json");
      assertThat(d.get("line").asInt()).isEqualTo(1);
      assertThat(d.get("column").asInt()).isPositive();
      assertThat(d.get("message").asText()).startsWith("cannot parse");
    });
    assertThat(json.get("findings")).anySatisfy(f -> {
      assertThat(f.get("ruleId").asText()).isEqualTo("NET101");
      assertThat(f.get("tool").asText()).isEqualTo("netlint");
      assertThat(f.get("file").asText()).endsWith("in/b-peered.yaml");
    });
  }

  @Test
  void walkedDirectorySkipsUnrelatedFilesButNamedOnesMustBeInputs() throws IOException {
    write("w/package.json", "{\"name\": \"x\"}");
    write("w/notes.yaml", "just: notes\n");
    assertThat(CliRun.of("lint", dir.resolve("w").toString()).exitCode()).isZero();
    CliRun named = CliRun.of("lint", dir.resolve("w/package.json").toString());
    assertThat(named.exitCode()).isEqualTo(2);
    assertThat(named.out()).contains("neither a CloudFormation template nor a Terraform plan");
  }

  @Test
  void kindIsDecidedByContentNotExtension() throws IOException {
    Path t = write("network.template", PEERED_OVERLAP);
    assertThat(CliRun.of("lint", t.toString()).out()).contains("NET101");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path ok = write("ok.yaml", "Resources: {}\n");
    assertThat(CliRun.of("lint").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("lint", "--fail-on", "sometimes", ok.toString()).exitCode())
        .isEqualTo(2);
    assertThat(CliRun.of("lint", "--format", "xml", ok.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("lint", "--region", "Mars", ok.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("lint", dir.resolve("missing.yaml").toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void outputFileIsWrittenWholeAndIsByteIdenticalAcrossRuns() throws IOException {
    Path bad = write("peered.yaml", PEERED_OVERLAP);
    Path first = dir.resolve("out/first.json");
    Path second = dir.resolve("out/second.json");
    CliRun.of("lint", "--format", "json", "--output", first.toString(), bad.toString());
    CliRun.of("lint", "--format", "json", "--output", second.toString(), bad.toString());
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("first.json", "second.json");
    }
  }

  @Test
  void inputsAreNeverModified() throws IOException {
    Path bad = write("peered.yaml", PEERED_OVERLAP);
    byte[] before = Files.readAllBytes(bad);
    long modified = Files.getLastModifiedTime(bad).toMillis();
    CliRun.of("lint", bad.toString());
    assertThat(Files.readAllBytes(bad)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(bad).toMillis()).isEqualTo(modified);
  }

  @Test
  void rulesCommandListsTheCatalogue() {
    CliRun run = CliRun.of("rules");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("NET101  overlapping-connected-cidrs");
  }
}
