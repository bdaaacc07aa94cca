package io.netlint.rules.vpc;

import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Ref;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.Subnet;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
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

class TgwAttachmentAzGapTest {

  private final RuleTester tester = RuleTester.of(new TgwAttachmentAzGap());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("tgw-attachment-az-gap");
  }

  /** A VPC attached from eu-west-1a and eu-west-1b, and a route table that uses the gateway. */
  private static final class Attached {
    final TestNetworks m = new TestNetworks("net.cfn.yaml");
    final Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    final TransitGateway tgw = m.tgw("Hub");
    final Subnet attachA = m.subnet("AttachA", vpc, "eu-west-1a");
    final Subnet attachB = m.subnet("AttachB", vpc, "eu-west-1b");
    final RouteTable routes = m.table("AppRoutes", vpc);

    Attached() {
      m.route("ToHub", routes, "10.0.0.0/8", tgw);
    }

    Subnet routed(String name, String zone) {
      Subnet s = m.subnet(name, vpc, zone);
      m.associate(name + "Routes", routes, s);
      return s;
    }

    void attach(Subnet... subnets) { m.attach("AppAttachment", tgw, vpc, subnets); }
  }

  @Test
  void flagsARoutedSubnetInAZoneWithoutAnAttachmentSubnet() {
    Attached a = new Attached();
    a.routed("AppA", "eu-west-1a");
    Subnet appC = a.routed("AppC", "eu-west-1c");
    a.m.instance("WorkerC", appC);
    a.attach(a.attachA, a.attachB);

    List<Finding> findings = tester.run(a.m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().resource()).isEqualTo("AppAttachment");
      assertThat(f.message()).isEqualTo("Transit gateway attachment 'AppAttachment' of VPC"
          + " 'AppVpc' to transit gateway 'Hub' has subnets in zone eu-west-1a and zone"
          + " eu-west-1b only, but subnets in other zones route to the transit gateway (zone"
          + " eu-west-1c: subnet 'AppC' (route table 'AppRoutes', instance 'WorkerC'));"
          + " resources in a zone where the attachment has no subnet cannot reach the transit"
          + " gateway. Add a subnet in each of those zones to the attachment");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("AppC", "Hub");
    });
  }

  @Test
  void acceptsAnAttachmentInEveryRoutedZone() {
    Attached a = new Attached();
    a.routed("AppA", "eu-west-1a");
    a.routed("AppB", "eu-west-1b");
    a.attach(a.attachA, a.attachB);
    assertThat(tester.run(a.m.network())).isEmpty();
  }

  @Test
  void leavesSubnetsThatDoNotRouteToTheGatewayAlone() {
    Attached a = new Attached();
    Subnet publicC = a.m.subnet("PublicC", a.vpc, "eu-west-1c");
    a.m.associate("PublicCRoutes", a.m.table("PublicRoutes", a.vpc), publicC);
    a.m.instance("WebC", publicC);
    a.m.subnet("UnroutedC", a.vpc, "eu-west-1c");
    a.attach(a.attachA, a.attachB);
    assertThat(tester.run(a.m.network())).isEmpty();
  }

  @Test
  void subnetsWithoutAnAssociationUseTheMainTable() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    TransitGateway tgw = m.tgw("Hub");
    Subnet attachA = m.subnet("AttachA", vpc, "eu-west-1a");
    m.route("ToHub", m.defaultRouteTable("MainRoutes", vpc), "10.0.0.0/8", tgw);
    m.subnet("AppC", vpc, "eu-west-1c");
    m.attach("AppAttachment", tgw, vpc, attachA);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .contains("(zone eu-west-1c: subnet 'AppC' (route table 'MainRoutes'))"));
  }

  @Test
  void anAssociationToAnUnknownTableTakesTheSubnetOffTheMainTable() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    TransitGateway tgw = m.tgw("Hub");
    Subnet attachA = m.subnet("AttachA", vpc, "eu-west-1a");
    m.route("ToHub", m.defaultRouteTable("MainRoutes", vpc), "10.0.0.0/8", tgw);
    Subnet appC = m.subnet("AppC", vpc, "eu-west-1c");
    m.associate("AppCRoutes", Ref.unknown("parameter"), appC);
    m.attach("AppAttachment", tgw, vpc, attachA);
    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void aRouteToAnotherGatewayDoesNotCount() {
    Attached a = new Attached();
    Subnet c = a.m.subnet("OtherC", a.vpc, "eu-west-1c");
    RouteTable other = a.m.table("OtherRoutes", a.vpc);
    a.m.route("ToOther", to(other), "10.0.0.0/8", RouteTarget.Kind.TRANSIT_GATEWAY,
        Ref.toAwsId("tgw-0other"));
    a.m.associate("OtherCRoutes", other, c);
    a.attach(a.attachA, a.attachB);
    assertThat(tester.run(a.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAnAttachmentSubnetsZoneIsUnknown() {
    Attached a = new Attached();
    Subnet unknown = a.m.subnet("AttachSomewhere", a.vpc, null);
    a.routed("AppC", "eu-west-1c");
    a.attach(a.attachA, unknown);
    assertThat(tester.run(a.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAnAttachmentSubnetIsNotAmongTheInputs() {
    Attached a = new Attached();
    a.routed("AppC", "eu-west-1c");
    a.m.add(new TgwVpcAttachment(a.m.meta("Partial", "AWS::EC2::TransitGatewayAttachment"),
        to(a.tgw), to(a.vpc), List.of(to(a.attachA), Ref.unknown("parameter")), Value.absent(),
        Value.absent(), Value.absent()));
    assertThat(tester.run(a.m.network())).isEmpty();
  }

  @Test
  void staysSilentForRoutedSubnetsWhoseZoneIsUnknownOrIncomparable() {
    Attached a = new Attached();
    a.routed("AnyZone", null);
    a.routed("ByZoneId", "euw1-az3");
    a.attach(a.attachA, a.attachB);
    assertThat(tester.run(a.m.network())).isEmpty();
  }

  @Test
  void comparesSymbolicZonesByIndex() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.0.0.0/16");
    TransitGateway tgw = m.tgw("Hub");
    Subnet first = m.subnet("Attach0", vpc, "GetAZs('')[0]");
    RouteTable routes = m.table("AppRoutes", vpc);
    m.route("ToHub", routes, "0.0.0.0/0", tgw);
    m.associate("App0Routes", routes, m.subnet("App0", vpc, "GetAZs('')[0]"));
    m.associate("App1Routes", routes, m.subnet("App1", vpc, "GetAZs('')[1]"));
    m.attach("AppAttachment", tgw, vpc, first);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .contains("has subnets in the 1st zone of the stack's region only")
        .contains("(the 2nd zone of the stack's region: subnet 'App1' (route table"
            + " 'AppRoutes'))"));
  }

  @Test
  void leavesAVpcAttachedTwiceToOneGatewayToNet405() {
    Attached a = new Attached();
    a.routed("AppC", "eu-west-1c");
    a.attach(a.attachA);
    a.m.attach("AgainAttachment", a.tgw, a.vpc, a.attachB);
    assertThat(tester.run(a.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheGatewayOrVpcIsUnknown() {
    Attached a = new Attached();
    a.routed("AppC", "eu-west-1c");
    a.m.attach("NoGateway", Ref.unknown("parameter"), to(a.vpc), a.attachA);
    a.m.attach("NoVpc", to(a.tgw), Ref.unknown("parameter"), a.attachA);
    assertThat(tester.run(a.m.network())).isEmpty();
  }
}
