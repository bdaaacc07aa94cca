package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies named by the configuration file run like those given with {@code --policy}. */
class ConfigPoliciesTest {

  @TempDir Path dir;

  private static final String POLICY = """
      policy NET950 vpcs-in-corporate-range
        severity error
        summary "Every VPC lies inside 10.0.0.0/8"
        for vpc in vpcs, cidr in vpc.ipv4_cidrs
        require cidr within 10.0.0.0/8
        message "VPC {vpc} uses {cidr}, outside 10.0.0.0/8"
      """;

  private static final String TEMPLATE = """
      Resources:
        PartnerVpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 172.20.0.0/16
      """;

  @Test
  void configFilePoliciesRunAndAFlagReplacesThem() throws IOException {
    CliTestFiles.write(dir, "policies/range.netpolicy", POLICY);
    Path config = CliTestFiles.write(dir, ".netlint.yml", "policies: [policies]\n");
    Path template = CliTestFiles.write(dir, "network.yaml", TEMPLATE);

    CliRun run = CliRun.of("lint", "--config", config.toString(), template.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(":2:3: error NET950 VPC 'PartnerVpc' uses 172.20.0.0/16,"
        + " outside 10.0.0.0/8 [PartnerVpc]");

    Path empty = CliTestFiles.write(dir, "other/none.netpolicy", "");
    CliRun flagged = CliRun.of("lint", "--config", config.toString(), "--policy",
        empty.getParent().toString(), template.toString());
    assertThat(flagged.out()).doesNotContain("NET950");
  }
}
