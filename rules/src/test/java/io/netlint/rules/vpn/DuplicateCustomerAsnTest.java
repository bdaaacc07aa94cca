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

class DuplicateCustomerAsnTest {

  private final RuleTester tester = RuleTester.of(new DuplicateCustomerAsn());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("duplicate-customer-asn");
  }

  @Test
  void flagsTwoDevicesWithOneAsnOnAVirtualPrivateGateway() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    CustomerGateway a = m.cgw("RouterA", "198.51.100.1", 65010);
    CustomerGateway b = m.cgw("RouterB", "198.51.100.2", 65010);
    m.vpnToVgw("VpnA", a, vgw, BGP);
    m.vpnToVgw("VpnB", b, vgw, NOT_SET);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().resource()).isEqualTo("Vgw");
      assertThat(f.message()).isEqualTo("Customer gateways 'RouterA' (198.51.100.1) and"
          + " 'RouterB' (198.51.100.2) share BGP ASN 65010 and connect over BGP to virtual"
          + " private gateway 'Vgw' (VPN connections 'VpnA', 'VpnB'); the gateway passes each"
          + " device's routes to the others with that ASN in the AS path, and BGP loop prevention"
          + " makes the devices drop them, so they cannot reach each other through the gateway."
          + " VPN CloudHub requires a unique ASN per customer gateway: give each device its own"
          + " ASN");
      assertThat(f.related()).extracting(s -> s.resource())
          .containsExactly("RouterA", "RouterB", "VpnA", "VpnB");
    });
  }

  @Test
  void flagsOnTransitGatewayToo() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    TransitGateway tgw = m.tgw("Tgw", Value.absent(), Value.absent());
    m.vpnToTgw("VpnA", m.cgw("RouterA", "198.51.100.1", 65010), tgw, NOT_SET);
    m.vpnToTgw("VpnB", m.cgw("RouterB", "198.51.100.2", 65010), tgw, NOT_SET);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).contains("connect over BGP to transit gateway 'Tgw'"));
  }

  @Test
  void treatsRecordsWithOneAddressAsOneDevice() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("VpnA", m.cgw("RecordA", Value.known("198.51.100.1"), Value.known(65010L),
        Value.known("a")), vgw, NOT_SET);
    m.vpnToVgw("VpnB", m.cgw("RecordB", Value.known("198.51.100.1"), Value.known(65010L),
        Value.known("b")), vgw, NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAnAddressIsUnknown() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("VpnA", m.cgw("RouterA", "198.51.100.1", 65010), vgw, NOT_SET);
    m.vpnToVgw("VpnB", m.cgw("RouterB", Value.unknown("parameter 'Ip' has no default"),
        Value.known(65010L), Value.absent()), vgw, NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAnAsnIsUnknown() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("VpnA", m.cgw("RouterA", "198.51.100.1", 65010), vgw, NOT_SET);
    m.vpnToVgw("VpnB", m.cgw("RouterB", Value.known("198.51.100.2"),
        Value.unknown("parameter 'Asn' has no default"), Value.absent()), vgw, NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void appliesAwsDefaultAsnWhenNoneIsGiven() {
    TestNetworks m = TestNetworks.terraform("vpn.tfplan.json");
    VpnGateway vgw = m.vgw("aws_vpn_gateway.hub");
    m.vpnToVgw("aws_vpn_connection.a", m.cgw("aws_customer_gateway.a", Value.known("192.0.2.1"),
        Value.absent(), Value.absent()), vgw, NOT_SET);
    m.vpnToVgw("aws_vpn_connection.b", m.cgw("aws_customer_gateway.b", Value.known("192.0.2.2"),
        Value.absent(), Value.absent()), vgw, NOT_SET);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).contains("share BGP ASN 65000"));
  }

  @Test
  void ignoresStaticAndUnknownRoutingModes() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("VpnA", m.cgw("RouterA", "198.51.100.1", 65010), vgw, NOT_SET);
    m.vpnToVgw("VpnB", m.cgw("RouterB", "198.51.100.2", 65010), vgw, STATIC);
    m.vpnToVgw("VpnC", m.cgw("RouterC", "198.51.100.3", 65010), vgw,
        Value.unknown("parameter 'Static' has no default"));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void judgesEachGatewayOnItsOwn() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    m.vpnToVgw("VpnA", m.cgw("RouterA", "198.51.100.1", 65010), m.vgw("VgwA"), NOT_SET);
    m.vpnToVgw("VpnB", m.cgw("RouterB", "198.51.100.2", 65010), m.vgw("VgwB"), NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void reportsOnTheFirstCustomerGatewayWhenTheGatewayIsNotAmongTheInputs() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    Ref tgw = Ref.toAwsId("tgw-0abc");
    m.vpn("VpnA", to(m.cgw("RouterA", "198.51.100.1", 65010)), Ref.absent(), tgw, NOT_SET);
    m.vpn("VpnB", to(m.cgw("RouterB", "198.51.100.2", 65010)), Ref.absent(), tgw, NOT_SET);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("RouterA");
      assertThat(f.message()).contains("connect over BGP to gateway tgw-0abc (not among the"
          + " inputs)");
    });
  }

  @Test
  void listsEveryDeviceThatSharesTheAsnOnce() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnGateway vgw = m.vgw("Vgw");
    CustomerGateway a = m.cgw("RouterA", "198.51.100.1", 65010);
    m.vpnToVgw("VpnA1", a, vgw, NOT_SET);
    m.vpnToVgw("VpnA2", a, vgw, NOT_SET);
    m.vpnToVgw("VpnB", m.cgw("RouterB", "198.51.100.2", 65010), vgw, NOT_SET);
    m.vpnToVgw("VpnC", m.cgw("RouterC", "198.51.100.3", 65010), vgw, NOT_SET);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("Customer gateways 'RouterA' (198.51.100.1),"
            + " 'RouterB' (198.51.100.2) and 'RouterC' (198.51.100.3) share BGP ASN 65010")
            .contains("(VPN connections 'VpnA1', 'VpnA2', 'VpnB', 'VpnC')"));
  }
}
