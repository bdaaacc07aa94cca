package io.netlint.cli;

import static io.netlint.cli.CliTestFiles.PEERED_OVERLAP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlint.cfnlint.CfnLintSettings.Mode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .netlint.yml} through the command line: what it sets, and which flags win over it. */
class ConfigCliTest {

  @TempDir Path dir;


  static final String ENDPOINT_TO_US_EAST_1 = """
      Resources:
        AppVpc:
          Type: AWS::EC2::VPC
          Properties: {CidrBlock: 10.0.0.0/16}
        AppRouteTable:
          Type: AWS::EC2::RouteTable
          Properties: {VpcId: !Ref AppVpc}
        S3Endpoint:
          Type: AWS::EC2::VPCEndpoint
          Properties:
            VpcId: !Ref AppVpc
            VpcEndpointType: Gateway
            ServiceName: com.amazonaws.us-east-1.s3
            RouteTableIds: [!Ref AppRouteTable]
      """;

  static final String PEERED_CHAIN = """
      Resources:
        VpcA: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
        VpcB: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.1.0.0/16}}
        VpcC: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.2.0.0/16}}
        AToB:
          Type: AWS::EC2::VPCPeeringConnection
          Properties: {VpcId: !Ref VpcA, PeerVpcId: !Ref VpcB}
        BToC:
          Type: AWS::EC2::VPCPeeringConnection
          Properties: {VpcId: !Ref VpcB, PeerVpcId: !Ref VpcC}
      """;

  private Path write(String name, String text) throws IOException {
    return CliTestFiles.write(dir, name, text);
  }

  private static JsonNode json(CliRun run) throws IOException {
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void severityAndFailOnComeFromTheFileAndTheFlagWins() throws IOException {
    Path t = write("peered.yaml", PEERED_OVERLAP);
    Path lower = write("lower.yml", "rules:\n  NET101: {severity: warning}\n");
    CliRun run = CliRun.of("lint", "--config", lower.toString(), t.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(": warning NET101 ");

    Path strict = write("strict.yml", "fail-on: warning\nrules:\n  NET101: warning\n");
    assertThat(CliRun.of("lint", "--config", strict.toString(), t.toString()).exitCode())
        .isEqualTo(1);
    assertThat(CliRun.of("lint", "--config", strict.toString(), "--fail-on", "error",
        t.toString()).exitCode()).isZero();

    Path off = write("off.yml", "rules:\n  NET101: off\n");
    CliRun quiet = CliRun.of("lint", "--config", off.toString(), t.toString());
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.out()).doesNotContain("NET101");
  }

  @Test
  void regionComesFromTheFileAndTheFlagWins() throws IOException {
    Path t = write("endpoint.yaml", ENDPOINT_TO_US_EAST_1);
    Path cfg = write("region.yml", "region: eu-west-1\n");
    CliRun fromFile = CliRun.of("lint", "--config", cfg.toString(), t.toString());
    assertThat(fromFile.exitCode()).isEqualTo(1);
    assertThat(fromFile.out()).contains("NET501").contains("in eu-west-1");
    CliRun fromFlag = CliRun.of("lint", "--config", cfg.toString(), "--region", "us-east-1",
        t.toString());
    assertThat(fromFlag.exitCode()).isZero();
    assertThat(fromFlag.out()).doesNotContain("NET501");
  }

  @Test
  void ruleParametersReachTheRule() throws IOException {
    Path t = write("chain.yaml", PEERED_CHAIN);
    assertThat(CliRun.of("lint", "--no-config", t.toString()).out()).doesNotContain("NET403");
    Path cfg = write("mesh.yml", "rules:\n  NET403: {parameters: {threshold: 2}}\n");
    CliRun run = CliRun.of("lint", "--config", cfg.toString(), "--fail-on", "info",
        t.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("info NET403 2 peering connections join 3 VPCs")
        .contains("more than 2;");
  }

  @Test
  void configurationErrorsExitTwoWithLineAndColumn() throws IOException {
    Path t = write("peered.yaml", PEERED_OVERLAP);
    Path bad = write("bad.yml", "fail-on: error\nrules:\n  NET101:\n    severty: warning\n");
    CliRun run = CliRun.of("lint", "--config", bad.toString(), t.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("netlint: " + bad + ":4:5: unknown key"
        + " 'rules.NET101.severty' (did you mean 'severity'?)");

    Path unknown = write("unknown.yml", "ignore:\n  - rule: NET999\n    reason: gone\n");
    CliRun unknownRun = CliRun.of("lint", "--config", unknown.toString(), t.toString());
    assertThat(unknownRun.exitCode()).isEqualTo(2);
    assertThat(unknownRun.err()).contains(unknown + ":2:5: ignore: unknown rule NET999");

    CliRun missing = CliRun.of("lint", "--config", dir.resolve("nope.yml").toString(),
        t.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yml:1:1: no such configuration file");
  }

  @Test
  void excludedFilesAreNotLinted() throws IOException {
    write("stacks/legacy/peered.yaml", PEERED_OVERLAP);
    Path cfg = write(".netlint.yml", "exclude: [\"stacks/legacy/**\"]\n");
    CliRun run = CliRun.of("lint", "--config", cfg.toString(), dir.resolve("stacks").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("netlint: 0 findings").contains("in 0 files");
  }

  @Test
  void cfnLintModeFlagThenEnvironmentThenFile() {
    Optional<Mode> file = Optional.of(Mode.REQUIRE);
    assertThat(ConfigOptions.cfnLintMode(Mode.AUTO, false, null, file)).isEqualTo(Mode.REQUIRE);
    assertThat(ConfigOptions.cfnLintMode(Mode.OFF, false, "off", file)).isEqualTo(Mode.OFF);
    assertThat(ConfigOptions.cfnLintMode(Mode.AUTO, true, null, file)).isEqualTo(Mode.AUTO);
    assertThat(ConfigOptions.cfnLintMode(Mode.AUTO, false, null, Optional.empty()))
        .isEqualTo(Mode.AUTO);
  }

  @Test
  void conflictingOptionsAreUsageErrors() throws IOException {
    Path t = write("peered.yaml", PEERED_OVERLAP);
    CliRun both = CliRun.of("lint", "--config", "x.yml", "--no-config", t.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--config and --no-config: give one");
    CliRun baselines = CliRun.of("lint", "--baseline", "a.json", "--write-baseline", "b.json",
        t.toString());
    assertThat(baselines.exitCode()).isEqualTo(2);
    assertThat(baselines.err()).contains("--baseline and --write-baseline: give one");
  }

  @Test
  void jsonReportOfAConfiguredRunListsTheSuppressed() throws IOException {
    Path t = write("peered.yaml", PEERED_OVERLAP.replace("  VpcA:\n",
        "  VpcA:  # netlint:ignore NET101 never routed across the peering\n"));
    CliRun run = CliRun.of("lint", "--no-config", "--format", "json", t.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode report = json(run);
    assertThat(report.get("findings")).isEmpty();
    assertThat(report.get("suppressed")).singleElement().satisfies(s -> {
      assertThat(s.get("ruleId").asText()).isEqualTo("NET101");
      assertThat(s.get("suppression").get("kind").asText()).isEqualTo("comment");
      assertThat(s.get("suppression").get("reason").asText())
          .isEqualTo("never routed across the peering");
    });
  }
}
