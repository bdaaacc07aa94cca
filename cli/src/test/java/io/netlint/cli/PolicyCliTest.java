package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --policy} on {@code lint} and {@code rules}. */
class PolicyCliTest {

  static final Path POLICIES = Path.of(System.getProperty("netlint.projectRoot", ".."))
      .resolve("examples/policies");

  @TempDir Path dir;

  private static final String OUTSIDE_RANGE = """
      Resources:
        AnalyticsVpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 172.20.0.0/16
      """;

  private Path template() throws IOException {
    Path t = dir.resolve("vpc.yaml");
    Files.writeString(t, OUTSIDE_RANGE);
    return t;
  }

  @Test
  void aPolicyFileRunsLikeARule() throws IOException {
    Path t = template();
    CliRun run = CliRun.of("lint", "--policy",
        POLICIES.resolve("vpcs-in-corporate-range.netpolicy").toString(), t.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(t + ":2:3: error NET901 VPC 'AnalyticsVpc' uses"
        + " 172.20.0.0/16, outside the corporate range 10.0.0.0/8 [AnalyticsVpc]");
  }

  @Test
  void aDirectoryLoadsEveryPolicyInIt() {
    CliRun run = CliRun.of("rules", "--policy", POLICIES.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("NET901  vpcs-in-corporate-range", "NET908",
        "NET102  subnet-cidr-conflict");
  }

  @Test
  void aPolicyWithATypeErrorFailsTheRunWithItsPlaceButTheRestIsLinted() throws IOException {
    Path t = template();
    Path bad = dir.resolve("bad.netpolicy");
    Files.writeString(bad, """
        policy NET920 prefix-size
          severity warning
          summary "VPCs are /16 or smaller"
          for vpc in vpcs
          require vpc.cidr <= 16
          message "VPC {vpc} is too large"
        """);
    CliRun run = CliRun.of("lint", "--policy", bad.toString(), "--policy",
        POLICIES.resolve("vpcs-in-corporate-range.netpolicy").toString(), t.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains(bad + ":5:20: error: '<=' compares numbers, but 'vpc.cidr'"
        + " is a cidr; to compare its size, write vpc.cidr.prefix_length <= 16");
    assertThat(run.out()).contains("NET901 VPC 'AnalyticsVpc' uses 172.20.0.0/16");
  }

  @Test
  void policyErrorsAreDiagnosticsInJson() throws IOException {
    Path bad = dir.resolve("broken.netpolicy");
    Files.writeString(bad, "policy NET921 x\n  severity error\n");
    CliRun run = CliRun.of("lint", "--format", "json", "--policy", bad.toString(),
        template().toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("\"diagnostics\"").contains("the file ends too early");
  }

  @Test
  void rulesFailsOnABrokenPolicyAndSaysWhere() throws IOException {
    Path bad = dir.resolve("bad.netpolicy");
    Files.writeString(bad, "policy NET922 typo\n  severity error\n  summary \"s\"\n"
        + "  for vpc in vpcz\n  require vpc.cidr within 10.0.0.0/8\n  message \"m\"\n");
    CliRun run = CliRun.of("rules", "--policy", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(bad + ":4:14: error: unknown collection 'vpcz'; did you mean"
        + " 'vpcs'?");
    assertThat(run.out()).doesNotContain("NET922");
  }

  @Test
  void aPolicyCannotTakeTheSlugOfABuiltInRule() throws IOException {
    Path p = dir.resolve("clash.netpolicy");
    Files.writeString(p, "policy NET923 subnet-cidr-conflict\n  severity error\n"
        + "  summary \"s\"\n  for vpc in vpcs\n  require vpc.cidr is set\n  message \"m\"\n");
    CliRun run = CliRun.of("rules", "--policy", p.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(p + ":1:8: error: slug 'subnet-cidr-conflict' is already"
        + " taken by rule NET102 subnet-cidr-conflict");
  }

  @Test
  void aMissingPolicyPathIsAnError() {
    CliRun run = CliRun.of("rules", "--policy", dir.resolve("nope.netpolicy").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope.netpolicy:1:1: error: no such file or directory");
  }

  @Test
  void rulesJarIsTheDocumentedNameAndPluginStillWorks() {
    CliRun help = CliRun.of("lint", "--help");
    assertThat(help.out()).contains("--rules-jar", "--policy").doesNotContain("--plugin");
    assertThat(CliRun.of("rules", "--rules-jar", dir.resolve("nope.jar").toString()).exitCode())
        .isEqualTo(2);
  }
}
