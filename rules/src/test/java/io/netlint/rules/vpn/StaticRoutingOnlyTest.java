package io.netlint.rules.vpn;

import static io.netlint.testing.TestNetworks.BGP;
import static io.netlint.testing.TestNetworks.NOT_SET;
import static io.netlint.testing.TestNetworks.STATIC;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.CustomerGateway;
import io.netlint.model.Ref;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
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

class StaticRoutingOnlyTest {

  private final RuleTester tester = RuleTester.of(new StaticRoutingOnly());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("static-routing-only");
  }

  @Test
  void flagsStaticConnectionOnVirtualPrivateGateway() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    CustomerGateway cgw = m.cgw("Router", "198.51.100.1", 65001);
    m.vpnToVgw("Vpn", cgw, vgw, STATIC);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location().resource()).isEqualTo("Vpn");
      assertThat(f.message()).isEqualTo("VPN connection 'Vpn' to virtual private gateway 'Vgw'"
          + " uses static routing (StaticRoutesOnly: true): without BGP there is no liveness"
          + " detection to drive failover between its two tunnels or to another connection. Use"
          + " dynamic routing if the customer gateway device supports BGP");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("Vgw", "Router");
    });
  }

  @Test
  void addsTheLossOfEcmpOnTransitGateway() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    TransitGateway tgw = m.tgw("Tgw", Value.absent(), Value.absent());
    m.vpnToTgw("Vpn", m.cgw("Router", "198.51.100.1", 65001), tgw, STATIC);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).contains("to transit gateway 'Tgw' uses static routing")
            .contains("and the transit gateway cannot spread traffic over the tunnels with ECMP,"
                + " which needs BGP."));
  }

  @Test
  void namesTerraformSetting() {
    TestNetworks m = TestNetworks.terraform("vpn.tfplan.json");
    m.vpnToVgw("aws_vpn_connection.branch", m.cgw("aws_customer_gateway.r", "192.0.2.1", 65001),
        m.vgw("aws_vpn_gateway.v"), STATIC);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).contains("(static_routes_only = true)"));
  }

  @Test
  void ignoresBgpWhetherExplicitOrByDefault() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    CustomerGateway cgw = m.cgw("Router", "198.51.100.1", 65001);
    m.vpnToVgw("Explicit", cgw, vgw, BGP);
    m.vpnToVgw("Default", cgw, vgw, NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenRoutingModeIsUnknown() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    m.vpnToVgw("Vpn", m.cgw("Router", "198.51.100.1", 65001), m.vgw("Vgw"),
        Value.unknown("parameter 'StaticRouting' has no default"));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void namesGatewayOutsideTheInputsByItsId() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    m.vpn("Vpn", TestNetworks.to(m.cgw("Router", "198.51.100.1", 65001)), Ref.absent(),
        Ref.toAwsId("tgw-0abc"), STATIC);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("VPN connection 'Vpn' to gateway tgw-0abc (not among"
            + " the inputs) uses static routing"));
  }

  @Test
  void leavesOutTheGatewayWhenItIsUnknown() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    m.vpn("Vpn", TestNetworks.to(m.cgw("Router", "198.51.100.1", 65001)),
        TestNetworks.unknownRef(), Ref.absent(), STATIC);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("VPN connection 'Vpn' uses static routing"));
  }
}
