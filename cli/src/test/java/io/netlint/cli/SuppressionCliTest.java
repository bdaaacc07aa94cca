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

/** Suppressions and baselines through the command line, hostile cases included. */
class SuppressionCliTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return CliTestFiles.write(dir, name, text);
  }

  private static final String OVERLAP = PEERED_OVERLAP;

  @Test
  void aSuppressionWithoutAReasonExitsTwoAndSuppressesNothing() throws IOException {
    Path t = write("peered.yaml", OVERLAP.replace("    Type: AWS::EC2::VPC\n    Properties:\n"
        + "      CidrBlock: 10.0.0.0/16\n", "    Type: AWS::EC2::VPC\n    Metadata:\n"
        + "      netlint:\n        ignore: [NET101]\n    Properties:\n"
        + "      CidrBlock: 10.0.0.0/16\n"));
    CliRun run = CliRun.of("lint", "--no-config", t.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains(": error NET101 ")
        .contains(t + ":6:18: error: suppression of NET101 on 'VpcA' has no reason")
        .contains("1 input problem");
  }

  @Test
  void metadataWithAReasonSuppressesAndAnUnusedOneIsReported() throws IOException {
    Path t = write("peered.yaml", OVERLAP.replace("    Type: AWS::EC2::VPC\n    Properties:\n"
        + "      CidrBlock: 10.0.0.0/16\n", "    Type: AWS::EC2::VPC\n    Metadata:\n"
        + "      netlint:\n        ignore: [NET101, NET102]\n"
        + "        reason: the overlapping half is never routed\n    Properties:\n"
        + "      CidrBlock: 10.0.0.0/16\n"));
    CliRun run = CliRun.of("lint", "--no-config", t.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(t + ":6:26: info NET000 Unused suppression: no NET102"
        + " finding on 'VpcA' to suppress (metadata); remove it if the finding is fixed (reason"
        + " given: the overlapping half is never routed) [VpcA]\n"
        + "netlint: 1 finding (0 errors, 0 warnings, 1 info) in 1 file; 1 suppressed\n");
  }

  @Test
  void configurationIgnoreEntriesSuppressTerraformStyleAddressesByGlob() throws IOException {
    Path t = write("stacks/peered.yaml", OVERLAP);
    Path cfg = write(".netlint.yml", """
        ignore:
          - rule: NET101
            resource: "Vpc*"
            file: "stacks/*.yaml"
            reason: accepted until the reporting VPC is renumbered
        """);
    CliRun run = CliRun.of("lint", "--config", cfg.toString(), "--format", "json",
        t.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode s = new ObjectMapper().readTree(run.out()).get("suppressed").get(0);
    assertThat(s.get("suppression").get("kind").asText()).isEqualTo("config");
    assertThat(s.get("suppression").get("line").asInt()).isEqualTo(2);
  }

  @Test
  void baselineAcceptsTodayAndReportsOnlyNewAndFixed() throws IOException {
    Path t = write("peered.yaml", OVERLAP);
    Path baseline = dir.resolve("netlint-baseline.json");
    CliRun write = CliRun.of("lint", "--no-config", "--write-baseline", baseline.toString(),
        t.toString());
    assertThat(write.exitCode()).isZero();
    assertThat(write.err()).contains("netlint: recorded 1 finding in " + baseline);
    assertThat(write.out()).endsWith("netlint: 0 findings (0 errors, 0 warnings, 0 info) in 1"
        + " file; 1 known from " + baseline + ", 0 fixed\n");
    assertThat(Files.readString(baseline)).startsWith("{\n  \"format\": \"netlint-baseline\","
        + "\n  \"version\": 1,\n").contains("\"file\": \"peered.yaml\"")
        .contains("\"resource\": \"VpcA\"");

    // Moved lines are nothing new.
    write("peered.yaml", "# a comment\n\n" + OVERLAP);
    CliRun same = CliRun.of("lint", "--no-config", "--baseline", baseline.toString(),
        t.toString());
    assertThat(same.exitCode()).isZero();
    assertThat(same.out()).contains("0 findings").contains("1 known from");

    // A renamed resource: the old finding is fixed, the new one is reported and counts.
    write("peered.yaml", OVERLAP.replace("VpcA", "VpcOrders"));
    CliRun renamed = CliRun.of("lint", "--no-config", "--baseline", baseline.toString(),
        t.toString());
    assertThat(renamed.exitCode()).isEqualTo(1);
    assertThat(renamed.out()).contains(": error NET101 VPC 'VpcOrders'")
        .contains("fixed: peered.yaml: NET101 VPC 'VpcA' (10.0.0.0/16) overlaps")
        .endsWith("netlint: 1 finding (1 error, 0 warnings, 0 info) in 1 file; 0 known from "
            + baseline + ", 1 fixed\n");
  }

  @Test
  void aBaselineOfAnotherVersionIsAClearError() throws IOException {
    Path t = write("peered.yaml", OVERLAP);
    Path baseline = write("old-baseline.json",
        "{\n  \"format\": \"netlint-baseline\",\n  \"version\": 7,\n  \"findings\": []\n}\n");
    CliRun run = CliRun.of("lint", "--no-config", "--baseline", baseline.toString(),
        t.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("netlint: " + baseline + ":3:14: the baseline is format"
        + " version 7, written by a newer netlint; this netlint reads version 1. Rewrite it with"
        + " --write-baseline " + baseline);
    CliRun missing = CliRun.of("lint", "--no-config", "--baseline",
        dir.resolve("none.json").toString(), t.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such baseline; create it with --write-baseline");
  }

  @Test
  void aBaselineIsNotWrittenWhenAnInputIsBroken() throws IOException {
    write("in/peered.yaml", OVERLAP);
    write("in/broken.yaml", "Resources: {X: [\n");
    Path baseline = dir.resolve("b.json");
    CliRun run = CliRun.of("lint", "--no-config", "--write-baseline", baseline.toString(),
        dir.resolve("in").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Files.exists(baseline)).isFalse();
    assertThat(run.out()).contains(baseline + ":1:1: error: baseline not written");
  }
}
