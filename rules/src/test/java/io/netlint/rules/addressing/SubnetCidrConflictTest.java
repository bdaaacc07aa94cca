package io.netlint.rules.addressing;

import static io.netlint.testing.TestNetworks.cidr;
import static io.netlint.testing.TestNetworks.to;
import static io.netlint.testing.TestNetworks.unknownCidr;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Ref;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.RuleTester;
import io.netlint.testing.TestNetworks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubnetCidrConflictTest {

  private final RuleTester tester = RuleTester.of(new SubnetCidrConflict());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("subnet-cidr-conflict");
  }

  @ParameterizedTest(name = "{0}: subnet {1} in VPC 10.0.0.0/16")
  @CsvSource({
      "inside,                  10.0.1.0/24,   false",
      "whole VPC,               10.0.0.0/16,   false",
      "outside,                 10.1.0.0/24,   true",
      "straddles the boundary,  10.0.0.0/15,   true",
      "in the secondary block,  100.64.3.0/24, false",
      "spans both blocks,       0.0.0.0/1,     true",
  })
  void subnetMustLieInOneVpcBlock(String name, String subnet, boolean flagged) {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    m.block("AppVpcSecondary", vpc, "100.64.0.0/16");
    m.cidrSubnet("AppSubnet", vpc, subnet);

    assertThat(tester.run(m.network())).hasSize(flagged ? 1 : 0);
  }

  @Test
  void outsideMessageNamesSubnetVpcAndRanges() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    Subnet subnet = m.cidrSubnet("AppSubnet", vpc, "10.1.0.0/24");

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(subnet.source());
      assertThat(f.related()).containsExactly(vpc.source());
      assertThat(f.message()).isEqualTo("Subnet 'AppSubnet' (10.1.0.0/24) is not inside any CIDR"
          + " of its VPC 'AppVpc' (10.0.0.0/16); AWS rejects a subnet whose range is not within"
          + " one of its VPC's CIDR blocks");
    });
  }

  @Test
  void vpcWithAnUnknownSecondaryBlockCannotBeJudged() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    m.block("AppVpcSecondary", to(vpc), unknownCidr(), "AWS::EC2::VPCCidrBlock");
    m.cidrSubnet("AppSubnet", vpc, "100.64.0.0/24");

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void unknownTerraformIpv6BlockDoesNotHideAnIpv4Subnet() {
    TestNetworks m = new TestNetworks("plan.tfplan.json");
    Vpc vpc = m.vpc("aws_vpc.app", "10.0.0.0/16");
    m.block("aws_vpc_ipv6_cidr_block_association.app", to(vpc), unknownCidr(),
        "aws_vpc_ipv6_cidr_block_association");
    m.cidrSubnet("aws_subnet.app", vpc, "10.1.0.0/24");

    assertThat(tester.run(m.network())).hasSize(1);
  }

  @Test
  void blockWithUnknownVpcMayBeThisVpcs() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    m.block("ImportedBlock", Ref.unknown("Fn::ImportValue 'vpc-id'"), cidr("100.64.0.0/16"),
        "AWS::EC2::VPCCidrBlock");
    m.cidrSubnet("InImportedBlock", vpc, "100.64.1.0/24");
    m.cidrSubnet("Elsewhere", vpc, "192.168.0.0/24");

    assertThat(tester.run(m.network())).singleElement().extracting(Finding::message).asString()
        .startsWith("Subnet 'Elsewhere'");
  }

  @Test
  void unknownValuesStaySilent() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc unknownVpc = m.vpc("UnknownVpc", unknownCidr(), Value.absent());
    m.cidrSubnet("InUnknownVpc", unknownVpc, "10.9.0.0/24");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    m.subnet("UnknownSubnet", to(vpc), unknownCidr(), Value.absent());
    m.subnet("ImportedVpcSubnet", Ref.unknown("Fn::ImportValue 'vpc-id'"), cidr("10.0.0.0/24"),
        Value.absent());
    m.subnet("AnotherImportedVpcSubnet", Ref.unknown("Fn::ImportValue 'vpc-id'"),
        cidr("10.0.0.0/24"), Value.absent());

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void ipv6SubnetOutsideTheVpcIpv6Block() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", cidr("10.0.0.0/16"), cidr("2600:1f14:aaa:c100::/56"));
    m.subnet("Inside", to(vpc), cidr("10.0.0.0/24"), cidr("2600:1f14:aaa:c101::/64"));
    m.subnet("Outside", to(vpc), cidr("10.0.1.0/24"), cidr("2600:1f14:aaa:d100::/64"));

    assertThat(tester.run(m.network())).singleElement().extracting(Finding::message).asString()
        .startsWith("Subnet 'Outside' (2600:1f14:aaa:d100::/64) is not inside any IPv6 CIDR of"
            + " its VPC 'AppVpc' (2600:1f14:aaa:c100::/56)");
  }

  @Test
  void amazonProvidedIpv6BlockIsUnknownSoIpv6SubnetsAreNotJudged() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", cidr("10.0.0.0/16"), unknownCidr());
    m.subnet("AppSubnet", to(vpc), cidr("10.0.0.0/24"), cidr("2600:1f14:aaa:d100::/64"));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "disjoint,   10.0.0.0/24, 10.0.1.0/24, false",
      "identical,  10.0.0.0/24, 10.0.0.0/24, true",
      "nested,     10.0.0.0/23, 10.0.1.0/24, true",
      "host bits,  10.0.1.0/23, 10.0.0.0/24, true",
  })
  void siblingSubnetsMustNotOverlap(String name, String first, String second, boolean flagged) {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    m.cidrSubnet("First", vpc, first);
    m.cidrSubnet("Second", vpc, second);

    assertThat(tester.run(m.network())).hasSize(flagged ? 1 : 0);
  }

  @Test
  void sweepsManySubnetsOfOneVpc() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("BigVpc", "10.0.0.0/8");
    for (int i = 0; i < 20_000; i++) {
      m.cidrSubnet("Subnet" + i, vpc, "10." + (i / 256) + "." + (i % 256) + ".0/24");
    }
    m.cidrSubnet("Wide", vpc, "10.4.0.0/22");

    assertThat(tester.run(m.network())).hasSize(4);
  }

  @Test
  void overlapIsReportedOnceOnTheLaterSubnet() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    Subnet first = m.cidrSubnet("PublicA", vpc, "10.0.0.0/23");
    Subnet second = m.cidrSubnet("PrivateA", vpc, "10.0.1.0/24");

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(second.source());
      assertThat(f.related()).containsExactly(first.source(), vpc.source());
      assertThat(f.message()).isEqualTo("Subnet 'PrivateA' (10.0.1.0/24) overlaps subnet"
          + " 'PublicA' (10.0.0.0/23) in VPC 'AppVpc'; AWS rejects a subnet whose range overlaps"
          + " another subnet of the same VPC");
    });
  }

  @Test
  void subnetsOfDifferentVpcsMayOverlap() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    m.cidrSubnet("SubnetA", a, "10.0.0.0/24");
    m.cidrSubnet("SubnetB", b, "10.0.0.0/24");

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void subnetsOfAVpcOutsideTheInputsAreComparedByAwsId() {
    TestNetworks m = new TestNetworks("plan.tfplan.json");
    m.subnet("aws_subnet.a", Ref.toAwsId("vpc-0abc"), cidr("10.0.0.0/24"), Value.absent());
    m.subnet("aws_subnet.b", Ref.toAwsId("vpc-0abc"), cidr("10.0.0.128/25"), Value.absent());

    assertThat(tester.run(m.network())).singleElement().extracting(Finding::message).asString()
        .isEqualTo("Subnet 'aws_subnet.b' (10.0.0.128/25) overlaps subnet 'aws_subnet.a'"
            + " (10.0.0.0/24) in VPC 'vpc-0abc'; AWS rejects a subnet whose range overlaps"
            + " another subnet of the same VPC");
  }

  @Test
  void ipv6SiblingOverlap() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", cidr("10.0.0.0/16"), cidr("2600:1f14:aaa:c100::/56"));
    m.subnet("A", to(vpc), cidr("10.0.0.0/24"), cidr("2600:1f14:aaa:c101::/64"));
    m.subnet("B", to(vpc), cidr("10.0.1.0/24"), cidr("2600:1f14:aaa:c101::/64"));

    assertThat(tester.run(m.network())).singleElement().extracting(Finding::message).asString()
        .startsWith("Subnet 'B' (2600:1f14:aaa:c101::/64) overlaps subnet 'A'"
            + " (2600:1f14:aaa:c101::/64)");
  }
}
