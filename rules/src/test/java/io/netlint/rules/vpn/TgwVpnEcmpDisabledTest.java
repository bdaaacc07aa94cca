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
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.RuleTester;
import io.netlint.testing.TestNetworks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TgwVpnEcmpDisabledTest {

  private static final Value<Boolean> DISABLED = Value.known(false);

  private final RuleTester tester = RuleTester.of(new TgwVpnEcmpDisabled());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("tgw-vpn-ecmp-disabled");
  }

  @Test
  void flagsTwoBgpConnectionsFromOneSite() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    TransitGateway tgw = m.tgw("Tgw", Value.absent(), DISABLED);
    CustomerGateway cgw = m.cgw("Router", "198.51.100.1", 65001);
    m.vpnToTgw("Vpn1", cgw, tgw, BGP);
    m.vpnToTgw("Vpn2", cgw, tgw, NOT_SET);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location().resource()).isEqualTo("Tgw");
      assertThat(f.message()).isEqualTo("Transit gateway 'Tgw' has VPN ECMP disabled"
          + " (VpnEcmpSupport: disable), yet its VPN connections 'Vpn1', 'Vpn2' reach the same"
          + " site over BGP (customer gateway 'Router' (198.51.100.1, ASN 65001)): only one"
          + " tunnel carries the site's traffic, capped at one tunnel's 1.25 Gbps, instead of"
          + " spreading it over the tunnels of all the connections. Enable VPN ECMP support (the"
          + " default)");
      assertThat(f.related()).extracting(s -> s.resource())
          .containsExactly("Router", "Vpn1", "Vpn2");
    });
  }

  @Test
  void treatsRecordsWithOneAddressAsOneSite() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    TransitGateway tgw = m.tgw("Tgw", Value.absent(), DISABLED);
    m.vpnToTgw("Vpn1", m.cgw("RecordA", "198.51.100.1", 65001), tgw, NOT_SET);
    m.vpnToTgw("Vpn2", m.cgw("RecordB", "198.51.100.1", 65001), tgw, NOT_SET);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).contains("(customer gateway 'RecordA' (198.51.100.1, ASN 65001),"
            + " customer gateway 'RecordB' (198.51.100.1, ASN 65001))"));
  }

  @Test
  void ignoresConnectionsToDifferentSites() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    TransitGateway tgw = m.tgw("Tgw", Value.absent(), DISABLED);
    m.vpnToTgw("Vpn1", m.cgw("RouterA", "198.51.100.1", 65001), tgw, NOT_SET);
    m.vpnToTgw("Vpn2", m.cgw("RouterB", "198.51.100.2", 65002), tgw, NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void doesNotTreatRecordsWithUnknownAddressesAsOneSite() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    TransitGateway tgw = m.tgw("Tgw", Value.absent(), DISABLED);
    Value<String> ip = Value.unknown("parameter 'Ip' has no default");
    m.vpnToTgw("Vpn1", m.cgw("RouterA", ip, Value.known(65001L), Value.absent()), tgw, NOT_SET);
    m.vpnToTgw("Vpn2", m.cgw("RouterB", ip, Value.known(65001L), Value.absent()), tgw, NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void countsOneRecordWithUnknownAddressAsOneSite() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    TransitGateway tgw = m.tgw("Tgw", Value.absent(), DISABLED);
    CustomerGateway cgw = m.cgw("Router", Value.unknown("parameter 'Ip' has no default"),
        Value.known(65001L), Value.absent());
    m.vpnToTgw("Vpn1", cgw, tgw, NOT_SET);
    m.vpnToTgw("Vpn2", cgw, tgw, NOT_SET);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).contains("(customer gateway 'Router' (ASN 65001))"));
  }

  @Test
  void ignoresStaticConnections() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    TransitGateway tgw = m.tgw("Tgw", Value.absent(), DISABLED);
    CustomerGateway cgw = m.cgw("Router", "198.51.100.1", 65001);
    m.vpnToTgw("Vpn1", cgw, tgw, NOT_SET);
    m.vpnToTgw("Vpn2", cgw, tgw, STATIC);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void acceptsEcmpEnabledOrByDefault() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    CustomerGateway cgw = m.cgw("Router", "198.51.100.1", 65001);
    TransitGateway byDefault = m.tgw("Default", Value.absent(), Value.absent());
    TransitGateway enabled = m.tgw("Enabled", Value.absent(), Value.known(true));
    for (TransitGateway t : List.of(byDefault, enabled)) {
      m.vpnToTgw(t.name() + "1", cgw, t, NOT_SET);
      m.vpnToTgw(t.name() + "2", cgw, t, NOT_SET);
    }

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenEcmpSettingIsUnknown() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    TransitGateway tgw = m.tgw("Tgw", Value.absent(), Value.unknown("parameter 'Ecmp'"));
    CustomerGateway cgw = m.cgw("Router", "198.51.100.1", 65001);
    m.vpnToTgw("Vpn1", cgw, tgw, NOT_SET);
    m.vpnToTgw("Vpn2", cgw, tgw, NOT_SET);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void namesACustomerGatewayOutsideTheInputsById() {
    TestNetworks m = TestNetworks.terraform("net.tfplan.json");
    TransitGateway tgw = m.tgw("aws_ec2_transit_gateway.t", Value.absent(), DISABLED);
    Ref cgw = Ref.toAwsId("cgw-0abc");
    m.vpn("aws_vpn_connection.a", cgw, Ref.absent(), to(tgw), NOT_SET);
    m.vpn("aws_vpn_connection.b", cgw, Ref.absent(), to(tgw), NOT_SET);

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).contains("(vpn_ecmp_support = \"disable\")")
            .contains("over BGP (customer gateway 'cgw-0abc')"));
  }
}
