package io.netlint.rules.vpn;

import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.CustomerGateway;
import io.netlint.model.Ref;
import io.netlint.model.Value;
import io.netlint.model.VpnGateway;
import io.netlint.model.VpnTunnel;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.RuleTester;
import io.netlint.testing.TestNetworks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SingleCustomerGatewayTest {

  private final RuleTester tester = RuleTester.of(new SingleCustomerGateway());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("single-customer-gateway");
  }

  @Test
  void flagsGatewayWhoseOnlyConnectionEndsOnOneCustomerGateway() {
    TestNetworks m = new TestNetworks();
    VpnGateway vgw = m.vgw("Vgw");
    CustomerGateway cgw = m.cgw("OfficeCgw", "203.0.113.10");
    m.vpnToVgw("OfficeVpn", cgw, vgw);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location().resource()).isEqualTo("Vgw");
    assertThat(f.message()).isEqualTo("Virtual private gateway 'Vgw' reaches on-premises through"
        + " one customer device only: its only VPN connection 'OfficeVpn' ends on customer"
        + " gateway 'OfficeCgw' (203.0.113.10, ASN 65000); the two AWS tunnels of a connection"
        + " protect against AWS-side failure only, so losing that device cuts the site off. Add a"
        + " second VPN connection on a second customer gateway device that advertises the same"
        + " ranges");
    assertThat(f.related()).extracting(s -> s.resource()).containsExactly("OfficeCgw", "OfficeVpn");
  }

  @Test
  void flagsTwoConnectionsOnTheSameCustomerGateway() {
    TestNetworks m = new TestNetworks();
    VpnGateway vgw = m.vgw("Vgw");
    CustomerGateway cgw = m.cgw("OfficeCgw", "203.0.113.10");
    m.vpnToVgw("VpnA", cgw, vgw);
    m.vpnToVgw("VpnB", cgw, vgw);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
        .contains("its VPN connections 'VpnA', 'VpnB' all end on customer gateway 'OfficeCgw'"));
  }

  @Test
  void flagsDistinctCustomerGatewaysThatShareOneIpAddress() {
    TestNetworks m = new TestNetworks();
    VpnGateway vgw = m.vgw("Vgw");
    CustomerGateway a = m.cgw("CgwA", Value.known("198.51.100.7"), Value.known("router-a"));
    CustomerGateway b = m.cgw("CgwB", Value.known("198.51.100.7"), Value.known("router-b"));
    m.vpnToVgw("VpnA", a, vgw);
    m.vpnToVgw("VpnB", b, vgw);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("customer gateways 'CgwA', 'CgwB', which share IP address"
          + " 198.51.100.7");
      assertThat(f.related()).extracting(s -> s.resource())
          .containsExactly("CgwA", "CgwB", "VpnA", "VpnB");
    });
  }

  @Test
  void acceptsTwoCustomerGatewaysWithDifferentAddresses() {
    TestNetworks m = new TestNetworks();
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("VpnA", m.cgw("CgwA", "198.51.100.7"), vgw);
    m.vpnToVgw("VpnB", m.cgw("CgwB", "198.51.100.8"), vgw);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAnAddressIsUnknown() {
    TestNetworks m = new TestNetworks();
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("VpnA", m.cgw("CgwA", "198.51.100.7"), vgw);
    m.vpnToVgw("VpnB", m.cgw("CgwB", null), vgw);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenACustomerGatewayRefIsUnknown() {
    TestNetworks m = new TestNetworks();
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("VpnA", m.cgw("CgwA", "198.51.100.7"), vgw);
    m.vpn("VpnB", Ref.unknown("parameter 'CgwId' has no default"), to(vgw), Ref.absent(),
        VpnTunnel.unspecified(), VpnTunnel.unspecified());

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAConnectionToAnUnknownGatewayMayAddASecondDevice() {
    TestNetworks m = new TestNetworks();
    VpnGateway vgw = m.vgw("Vgw");
    m.vpnToVgw("VpnA", m.cgw("CgwA", "198.51.100.7"), vgw);
    m.vpn("VpnB", to(m.cgw("CgwB", "198.51.100.8")), Ref.unknown("imported"), Ref.absent(),
        VpnTunnel.unspecified(), VpnTunnel.unspecified());

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void stillFlagsWhenTheConnectionToAnUnknownGatewayUsesTheSameDevice() {
    TestNetworks m = new TestNetworks();
    VpnGateway vgw = m.vgw("Vgw");
    CustomerGateway cgw = m.cgw("CgwA", "198.51.100.7");
    m.vpnToVgw("VpnA", cgw, vgw);
    m.vpn("VpnB", to(cgw), Ref.unknown("imported"), Ref.absent(),
        VpnTunnel.unspecified(), VpnTunnel.unspecified());

    assertThat(tester.run(m.network())).singleElement()
        .satisfies(f -> assertThat(f.location().resource()).isEqualTo("Vgw"));
  }

  @Test
  void reportsOnTheFirstConnectionWhenTheGatewayIsNotAmongTheInputs() {
    TestNetworks m = new TestNetworks();
    CustomerGateway cgw = m.cgw("Cgw", "192.0.2.1");
    Ref tgw = Ref.toAwsId("tgw-0123456789abcdef0");
    m.vpn("VpnB", to(cgw), Ref.absent(), tgw, VpnTunnel.unspecified(), VpnTunnel.unspecified());
    m.vpn("VpnA", to(cgw), Ref.absent(), tgw, VpnTunnel.unspecified(), VpnTunnel.unspecified());

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("VpnB");
      assertThat(f.message()).startsWith("Gateway tgw-0123456789abcdef0 reaches on-premises"
          + " through one customer device only: its VPN connections 'VpnB', 'VpnA' all end on"
          + " customer gateway 'Cgw' (192.0.2.1, ASN 65000)");
    });
  }

  @Test
  void flagsTransitGatewayAndNamesAnExternalCustomerGatewayById() {
    TestNetworks m = new TestNetworks();
    var tgw = m.tgw("Tgw");
    Ref cgw = Ref.toAwsId("cgw-0abc");
    m.vpn("Vpn1", cgw, Ref.absent(), to(tgw), VpnTunnel.unspecified(), VpnTunnel.unspecified());
    m.vpn("Vpn2", cgw, Ref.absent(), to(tgw), VpnTunnel.unspecified(), VpnTunnel.unspecified());

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("Tgw");
      assertThat(f.message()).startsWith("Transit gateway 'Tgw' reaches on-premises through one"
          + " customer device only: its VPN connections 'Vpn1', 'Vpn2' all end on customer"
          + " gateway cgw-0abc (not among the inputs);");
    });
  }

  @Test
  void judgesEachGatewayOnItsOwn() {
    TestNetworks m = new TestNetworks();
    VpnGateway redundant = m.vgw("RedundantVgw");
    VpnGateway single = m.vgw("SingleVgw");
    CustomerGateway a = m.cgw("CgwA", "198.51.100.7");
    CustomerGateway b = m.cgw("CgwB", "198.51.100.8");
    m.vpnToVgw("VpnA", a, redundant);
    m.vpnToVgw("VpnB", b, redundant);
    m.vpnToVgw("VpnC", a, single);

    assertThat(tester.run(m.network())).singleElement()
        .satisfies(f -> assertThat(f.location().resource()).isEqualTo("SingleVgw"));
  }

  @Test
  void ignoresConnectionsWithoutAKnownGateway() {
    TestNetworks m = new TestNetworks();
    CustomerGateway cgw = m.cgw("Cgw", "192.0.2.1");
    m.vpn("Vpn", to(cgw), Ref.unknown("parameter"), Ref.absent(), VpnTunnel.unspecified(),
        VpnTunnel.unspecified());

    assertThat(tester.run(m.network())).isEmpty();
  }
}
