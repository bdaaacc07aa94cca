package io.netlint.rules.vpn;

import static io.netlint.testing.TestNetworks.BGP;
import static io.netlint.testing.TestNetworks.NOT_SET;
import static io.netlint.testing.TestNetworks.STATIC;
import static io.netlint.testing.TestNetworks.to;
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

class CustomerAsnEqualsAmazonAsnTest {

  private final RuleTester tester = RuleTester.of(new CustomerAsnEqualsAmazonAsn());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("customer-asn-equals-amazon-asn");
  }

  @Test
  void flagsCustomerAsnEqualToDefaultVirtualPrivateGatewayAsn() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    CustomerGateway cgw = m.cgw("Router", "198.51.100.1", 64512);
    m.vpnToVgw("Vpn", cgw, vgw, NOT_SET);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().resource()).isEqualTo("Router");
      assertThat(f.message()).isEqualTo("Customer gateway 'Router' uses BGP ASN 64512, the same"
          + " as the Amazon-side ASN of virtual private gateway 'Vgw' (64512, AWS's default when"
          + " AmazonSideAsn is not set), and VPN connection 'Vpn' joins them over BGP; the two"
          + " ends of a BGP session must be in different autonomous systems (AWS requires the two"
          + " ASNs to differ), so the tunnels' BGP sessions cannot come up. Give the customer"
          + " gateway another ASN");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("Vgw", "Vpn");
    });
  }

  @Test
  void flagsExplicitTransitGatewayAsnOnceForSeveralConnections() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    TransitGateway tgw = m.tgw("Tgw", Value.known(64700L), Value.absent());
    CustomerGateway cgw = m.cgw("Router", "198.51.100.1", 64700);
    m.vpnToTgw("VpnA", cgw, tgw, BGP);
    m.vpnToTgw("VpnB", cgw, tgw, NOT_SET);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).contains("the same as the Amazon-side ASN of transit gateway"
            + " 'Tgw', and VPN connections 'VpnA', 'VpnB' join them over BGP")
            .doesNotContain("default"));
  }

  @Test
  void comparesWithTheDefaultCustomerAsnWhenNoneIsGiven() {
    TestNetworks m = TestNetworks.terraform("vpn.tfplan.json");
    VpnGateway vgw = m.vgw("aws_vpn_gateway.v", Ref.absent(), Value.known(65000L));
    m.vpnToVgw("aws_vpn_connection.c", m.cgw("aws_customer_gateway.r", Value.known("192.0.2.1"),
        Value.absent(), Value.absent()), vgw, NOT_SET);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("Customer gateway 'aws_customer_gateway.r' uses BGP"
            + " ASN 65000 (AWS's default when none is given), the same as"));
  }

  @Test
  void acceptsDifferentAsns() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    m.vpnToVgw("Vpn", m.cgw("Router", "198.51.100.1", 65000), m.vgw("Vgw"), NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void ignoresStaticConnections() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    m.vpnToVgw("Vpn", m.cgw("Router", "198.51.100.1", 64512), m.vgw("Vgw"), STATIC);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheAmazonAsnIsUnknown() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw", Ref.absent(), Value.unknown("parameter 'Asn' has no default"));
    m.vpnToVgw("Vpn", m.cgw("Router", "198.51.100.1", 64512), vgw, NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheGatewayIsNotAmongTheInputs() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    m.vpn("Vpn", to(m.cgw("Router", "198.51.100.1", 64512)), Ref.toAwsId("vgw-0abc"),
        Ref.absent(), NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheCustomerAsnIsUnknown() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    m.vpnToVgw("Vpn", m.cgw("Router", Value.known("198.51.100.1"),
        Value.unknown("parameter 'Asn' has no default"), Value.absent()), m.vgw("Vgw"), NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }
}
