package io.netlint.rules.vpn;

import static io.netlint.testing.TestNetworks.BGP;
import static io.netlint.testing.TestNetworks.NOT_SET;
import static io.netlint.testing.TestNetworks.STATIC;
import static io.netlint.testing.TestNetworks.to;
import static io.netlint.testing.TestNetworks.unknownRef;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.CustomerGateway;
import io.netlint.model.Ref;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnGateway;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.RuleTester;
import io.netlint.testing.TestNetworks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class VpnGatewayUnreachableTest {

  private final RuleTester tester = RuleTester.of(new VpnGatewayUnreachable());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("vpn-gateway-unreachable");
  }

  /** A VPC with one route table and an attached gateway with one BGP connection. */
  private static final class Site {
    final TestNetworks m;
    final Vpc vpc;
    final RouteTable table;
    final VpnGateway vgw;
    final CustomerGateway cgw;

    Site(TestNetworks m) {
      this.m = m;
      vpc = m.vpc("Vpc");
      table = m.table("Private", to(vpc));
      vgw = m.vgw("Vgw");
      m.attachGateway("Attachment", to(vpc), to(vgw));
      cgw = m.cgw("Router", "198.51.100.1", 65001);
    }

    VpnConnection vpn(Value<Boolean> staticOnly) {
      return m.vpnToVgw("Vpn", cgw, vgw, staticOnly);
    }
  }

  @Test
  void flagsGatewayAttachedToNoVpc() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("Vpn", m.cgw("Router", "198.51.100.1", 65001), vgw, BGP);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().resource()).isEqualTo("Vgw");
      assertThat(f.message()).isEqualTo("Virtual private gateway 'Vgw' is attached to no VPC (no"
          + " VPCGatewayAttachment names it), so no traffic can use its VPN connection 'Vpn'."
          + " Attach it to the VPC it serves");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("Vpn");
    });
  }

  @Test
  void acceptsGatewayThatSetsItsOwnVpc() {
    TestNetworks m = TestNetworks.terraform("vpn.tfplan.json");
    VpnGateway vgw = m.vgw("aws_vpn_gateway.v", Ref.toAwsId("vpc-0abc"), Value.absent());
    m.vpnToVgw("aws_vpn_connection.c", m.cgw("aws_customer_gateway.r", "192.0.2.1", 65001), vgw,
        BGP);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAnAttachmentNamesAnUnknownGateway() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("Vpn", m.cgw("Router", "198.51.100.1", 65001), vgw, BGP);
    m.attachGateway("Attachment", to(m.vpc("Vpc")), unknownRef());

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheGatewayIsHandedToANestedStack() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("Vpn", m.cgw("Router", "198.51.100.1", 65001), vgw, BGP);
    m.external("Attach", to(vgw), "AWS::CloudFormation::Stack 'Attach'");

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void leavesGatewaysWithoutConnectionsAmongTheInputsAlone() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    m.vgw("Detached");
    VpnGateway attached = m.vgw("Attached");
    Vpc vpc = m.vpc("Vpc");
    m.table("Private", to(vpc));
    m.attachGateway("Attachment", to(vpc), to(attached));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void flagsAttachedGatewayThatNoRouteTableSendsTo() {
    Site s = new Site(new TestNetworks("s2s.yaml"));
    s.vpn(BGP);

    assertThat(tester.run(s.m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("Vgw");
      assertThat(f.message()).isEqualTo("Virtual private gateway 'Vgw' is attached to VPC 'Vpc',"
          + " but no route table of that VPC sends traffic to it (route table 'Private'): no"
          + " route targets the gateway and none propagates its routes, so traffic from the VPC"
          + " never enters VPN connection 'Vpn'. Enable route propagation (an"
          + " AWS::EC2::VPNGatewayRoutePropagation) or add routes to the on-premises ranges"
          + " through the gateway");
      assertThat(f.related()).extracting(r -> r.resource())
          .containsExactly("Vpc", "Private", "Vpn");
    });
  }

  @Test
  void acceptsPropagation() {
    Site s = new Site(new TestNetworks("s2s.yaml"));
    s.m.propagation("Propagation", to(s.table), to(s.vgw));
    s.vpn(BGP);

    assertThat(tester.run(s.m.network())).isEmpty();
  }

  @Test
  void acceptsARouteToTheGatewayFromATableOutsideTheInputs() {
    Site s = new Site(new TestNetworks("s2s.yaml"));
    s.m.route("Route", Ref.toAwsId("rtb-0abc"), RouteTarget.Kind.VPN_GATEWAY, to(s.vgw));
    s.vpn(BGP);

    assertThat(tester.run(s.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenARouteInTheVpcHasAnUnknownGateway() {
    Site s = new Site(new TestNetworks("s2s.yaml"));
    s.vpn(BGP);
    s.m.route("Route", to(s.table), RouteTarget.Kind.UNKNOWN, unknownRef());

    assertThat(tester.run(s.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAPropagationHasAnUnknownGatewayAndTable() {
    Site s = new Site(new TestNetworks("s2s.yaml"));
    s.vpn(BGP);
    s.m.propagation("Propagation", unknownRef(), unknownRef());

    assertThat(tester.run(s.m.network())).isEmpty();
  }

  @Test
  void stillFlagsWhenTheUnknownRouteIsInAnotherVpc() {
    Site s = new Site(new TestNetworks("s2s.yaml"));
    s.vpn(BGP);
    Vpc other = s.m.vpc("OtherVpc");
    s.m.route("Route", to(s.m.table("OtherTable", to(other))), RouteTarget.Kind.UNKNOWN,
        unknownRef());

    assertThat(tester.run(s.m.network())).singleElement()
        .satisfies(f -> assertThat(f.location().resource()).isEqualTo("Vgw"));
  }

  @Test
  void staysSilentWhenTheVpcIsNotAmongTheInputs() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("Vpn", m.cgw("Router", "198.51.100.1", 65001), vgw, BGP);
    m.attachGateway("Attachment", unknownRef(), to(vgw));
    m.table("Table", unknownRef());

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheVpcHasNoRouteTableAmongTheInputs() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("Vpn", m.cgw("Router", "198.51.100.1", 65001), vgw, BGP);
    m.attachGateway("Attachment", to(m.vpc("Vpc")), to(vgw));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void flagsStaticConnectionWithoutStaticRoutes() {
    Site s = new Site(new TestNetworks("s2s.yaml"));
    s.m.propagation("Propagation", to(s.table), to(s.vgw));
    s.vpn(STATIC);

    assertThat(tester.run(s.m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("Vpn");
      assertThat(f.message()).isEqualTo("VPN connection 'Vpn' uses static routing but has no"
          + " static route (VPNConnectionRoute), so virtual private gateway 'Vgw' has no"
          + " on-premises range to send through it and no traffic uses it. Add a static route"
          + " for each on-premises range");
    });
  }

  @Test
  void flagsStaticConnectionWithoutRoutesWhoseGatewayIsUnknown() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    m.vpn("Vpn", to(m.cgw("Router", "198.51.100.1", 65001)), unknownRef(), Ref.absent(), STATIC);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).contains("so its virtual private gateway has no on-premises"
            + " range"));
  }

  @Test
  void acceptsStaticConnectionWithARoute() {
    Site s = new Site(new TestNetworks("s2s.yaml"));
    s.m.propagation("Propagation", to(s.table), to(s.vgw));
    s.m.vpnRoute("Lan", to(s.vpn(STATIC)), "192.168.1.0/24");

    assertThat(tester.run(s.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAStaticRouteNamesAnUnknownConnection() {
    Site s = new Site(new TestNetworks("s2s.yaml"));
    s.m.propagation("Propagation", to(s.table), to(s.vgw));
    s.vpn(STATIC);
    s.m.vpnRoute("Lan", unknownRef(), "192.168.1.0/24");

    assertThat(tester.run(s.m.network())).isEmpty();
  }

  @Test
  void ignoresRoutesOfBgpAndUnknownRoutingModes() {
    Site s = new Site(new TestNetworks("s2s.yaml"));
    s.m.propagation("Propagation", to(s.table), to(s.vgw));
    s.vpn(NOT_SET);
    s.m.vpnToVgw("Other", s.cgw, s.vgw, Value.unknown("parameter"));

    assertThat(tester.run(s.m.network())).isEmpty();
  }

  @Test
  void flagsTerraformStaticConnectionOnTransitGatewayWithoutRoutes() {
    TestNetworks m = TestNetworks.terraform("vpn.tfplan.json");
    TransitGateway tgw = m.tgw("aws_ec2_transit_gateway.t", Value.absent(), Value.absent());
    m.vpnToTgw("aws_vpn_connection.c", m.cgw("aws_customer_gateway.r", "192.0.2.1", 65001), tgw,
        STATIC);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("VPN connection 'aws_vpn_connection.c' uses static"
            + " routing but no transit gateway route (aws_ec2_transit_gateway_route) sends traffic"
            + " to its attachment"));
  }

  @Test
  void acceptsTransitGatewayRouteToTheConnection() {
    TestNetworks m = TestNetworks.terraform("vpn.tfplan.json");
    TransitGateway tgw = m.tgw("aws_ec2_transit_gateway.t", Value.absent(), Value.absent());
    VpnConnection vpn = m.vpnToTgw("aws_vpn_connection.c",
        m.cgw("aws_customer_gateway.r", "192.0.2.1", 65001), tgw, STATIC);
    m.tgwRoute("aws_ec2_transit_gateway_route.lan", to(tgw), to(vpn));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenATransitGatewayRouteNamesAnAttachmentOutsideTheInputs() {
    TestNetworks m = TestNetworks.terraform("vpn.tfplan.json");
    TransitGateway tgw = m.tgw("aws_ec2_transit_gateway.t", Value.absent(), Value.absent());
    m.vpnToTgw("aws_vpn_connection.c", m.cgw("aws_customer_gateway.r", "192.0.2.1", 65001), tgw,
        STATIC);
    m.tgwRoute("aws_ec2_transit_gateway_route.lan", to(tgw), Ref.toAwsId("tgw-attach-0abc"));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void leavesCloudFormationStaticConnectionsOnTransitGatewaysAlone() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    TransitGateway tgw = m.tgw("Tgw", Value.absent(), Value.absent());
    m.vpnToTgw("Vpn", m.cgw("Router", "192.0.2.1", 65001), tgw, STATIC);

    assertThat(tester.run(m.network())).isEmpty();
  }
}
