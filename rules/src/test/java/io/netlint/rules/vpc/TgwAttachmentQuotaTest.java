package io.netlint.rules.vpc;

import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Ref;
import io.netlint.model.Subnet;
import io.netlint.model.TransitGateway;
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

class TgwAttachmentQuotaTest {

  private final RuleTester tester = RuleTester.of(new TgwAttachmentQuota());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("tgw-attachment-quota");
  }

  /** A gateway with {@code vpcs} VPC attachments (existing VPCs by AWS ID) and VPN connections. */
  private static TestNetworks gateway(int vpcs, int vpns) {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgw("Hub");
    for (int i = 0; i < vpcs; i++) {
      m.attach("Spoke" + i, to(tgw), Ref.toAwsId("vpc-" + i));
    }
    for (int i = 0; i < vpns; i++) m.vpn("Branch" + i, to(tgw), true, null);
    return m;
  }

  @Test
  void acceptsExactlyTheQuota() {
    assertThat(tester.run(gateway(4_990, 10).network())).isEmpty();
  }

  @Test
  void flagsOneAttachmentOverTheQuotaCountingVpnConnections() {
    List<Finding> findings = tester.run(gateway(4_990, 11).network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().resource()).isEqualTo("Hub");
      assertThat(f.message()).isEqualTo("Transit gateway 'Hub' has 5,001 attachments among the"
          + " inputs (4,990 VPC attachments, 11 VPN connections), more than the 5,000 a transit"
          + " gateway takes (VPN connections included; the quota cannot be raised), so creating"
          + " the attachments beyond it fails. Spread the networks over several transit"
          + " gateways, peered with each other");
    });
  }

  @Test
  void countsPeeringAndDirectConnectAttachments() {
    TestNetworks m = gateway(4_999, 0);
    TransitGateway hub = m.network().all(TransitGateway.class).get(0);
    m.tgwPeering("ToUsEast", hub, "tgw-0peer");
    m.dxAssociation("ToDirectConnect", to(hub));
    m.dxAssociation("ToVgw", Ref.toAwsId("vgw-0abc"));
    assertThat(tester.run(m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .contains("has 5,001 attachments among the inputs (4,999 VPC attachments, 1 peering"
            + " attachment, 1 Direct Connect gateway association)"));
  }

  @Test
  void reportsOnTheFirstAttachmentWhenTheGatewayIsNotAmongTheInputs() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    for (int i = 0; i < 5_001; i++) {
      m.attach("Spoke" + i, Ref.toAwsId("tgw-0abc"), Ref.toAwsId("vpc-" + i));
    }
    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("Spoke0");
      assertThat(f.message()).startsWith("Transit gateway 'tgw-0abc' has 5,001 attachments");
    });
  }

  @Test
  void attachmentsWithAnUnknownGatewayBelongToNone() {
    TestNetworks m = gateway(5_000, 0);
    m.attach("Somewhere", Ref.unknown("parameter"), Ref.toAwsId("vpc-x"));
    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void flagsEverySecondAttachmentOfOneVpcToOneGateway() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgw("Hub");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    Subnet a = m.subnet("AppA", vpc, "eu-west-1a");
    Subnet b = m.subnet("AppB", vpc, "eu-west-1b");
    Subnet c = m.subnet("AppC", vpc, "eu-west-1c");
    m.attach("AttachA", tgw, vpc, a);
    m.attach("AttachB", tgw, vpc, b);
    m.attach("AttachC", tgw, vpc, c);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).extracting(f -> f.location().resource())
        .containsExactly("AttachB", "AttachC");
    assertThat(findings.get(0).message()).isEqualTo("Transit gateway attachment 'AttachB'"
        + " attaches VPC 'AppVpc' to transit gateway 'Hub', which attachment 'AttachA' already"
        + " does; a transit gateway cannot have more than one VPC attachment to the same VPC, so"
        + " AWS rejects the second. Put every subnet the VPC needs (one per zone) into one"
        + " attachment");
    assertThat(findings.get(0).related()).extracting(s -> s.resource())
        .containsExactly("AttachA", "Hub");
  }

  @Test
  void matchesAVpcNamedByKeyAndByItsAwsId() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgw("Hub");
    Vpc vpc = m.add(new Vpc(new io.netlint.model.ElementMeta("net.cfn.yaml#Existing", "aws_vpc",
        new io.netlint.model.SourceRef("net.cfn.yaml", 90, 3, "Existing"),
        io.netlint.model.Value.known("vpc-0known"), io.netlint.model.Value.absent()),
        TestNetworks.cidr("10.0.0.0/16"), io.netlint.model.Value.absent()));
    m.attach("ByKey", to(tgw), to(vpc));
    m.attach("ById", to(tgw), Ref.toAwsId("vpc-0known"));
    assertThat(tester.run(m.network())).hasSize(1);
  }

  @Test
  void staysSilentWhenEitherVpcIsUnknownAndAcceptsOneVpcOnTwoGateways() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway hub = m.tgw("Hub");
    TransitGateway inspection = m.tgw("Inspection");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    m.attach("ToHub", hub, vpc);
    m.attach("ToInspection", inspection, vpc);
    m.attach("Parameter", to(hub), Ref.unknown("parameter"));
    assertThat(tester.run(m.network())).isEmpty();
  }
}
