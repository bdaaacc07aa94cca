package io.netlint.rules.vpn;

import static io.netlint.testing.TestNetworks.to;
import static io.netlint.testing.TestNetworks.tunnel;
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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissingRedundantTunnelTest {

  private static final Map<String, String> IKEV2 = Map.of(
      "IKEVersions", "ikev2", "PreSharedKey", "<set>", "Phase1EncryptionAlgorithms", "AES256");

  private final RuleTester tester = RuleTester.of(new MissingRedundantTunnel());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("missing-redundant-tunnel");
  }

  private List<Finding> run(VpnTunnel t1, VpnTunnel t2) {
    TestNetworks m = new TestNetworks();
    m.vpnToVgw("Vpn", m.cgw("Cgw", "192.0.2.1"), m.vgw("Vgw"), t1, t2);
    return tester.run(m.network());
  }

  @Test
  void acceptsAwsDefaultsOnBothTunnels() {
    assertThat(run(VpnTunnel.unspecified(), VpnTunnel.unspecified())).isEmpty();
  }

  @Test
  void acceptsTwoTunnelsWithTheSameOptions() {
    assertThat(run(tunnel("169.254.10.0/30", IKEV2), tunnel("169.254.10.4/30", IKEV2))).isEmpty();
  }

  @Test
  void flagsOptionsForTunnelOneOnly() {
    List<Finding> findings = run(tunnel("169.254.10.0/30", IKEV2), VpnTunnel.unspecified());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).isEqualTo("VPN connection 'Vpn' gives tunnel options for tunnel 1"
          + " only (IKEVersions, Phase1EncryptionAlgorithms, PreSharedKey, TunnelInsideCidr"
          + " 169.254.10.0/30); tunnel 2 runs on AWS defaults, so failover lands on a tunnel the"
          + " customer gateway may never negotiate. Give both tunnels the same options");
    });
  }

  @Test
  void flagsOptionsForTunnelTwoOnly() {
    List<Finding> findings = run(VpnTunnel.unspecified(), tunnel(null, Map.of("StartupAction",
        "start")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("VPN connection 'Vpn' gives tunnel options for tunnel 2 only (StartupAction);"
            + " tunnel 1 runs on AWS defaults"));
  }

  @Test
  void flagsOptionsThatDifferAndNamesBothValues() {
    List<Finding> findings = run(
        tunnel(null, Map.of("IKEVersions", "ikev2", "DPDTimeoutSeconds", "45")),
        tunnel(null, Map.of("IKEVersions", "ikev1,ikev2")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
        "VPN connection 'Vpn' configures its two tunnels differently: DPDTimeoutSeconds is 45 on"
            + " tunnel 1 but not set (AWS default 30) on tunnel 2; IKEVersions is ikev2 on tunnel"
            + " 1 but ikev1,ikev2 on tunnel 2; failover lands on a tunnel that may never negotiate"
            + " with the customer gateway. Give both tunnels the same options"));
  }

  @Test
  void treatsAnUnsetOptionAsItsDocumentedAwsDefault() {
    assertThat(run(tunnel(null, Map.of("DPDTimeoutSeconds", "30", "StartupAction", "add")),
        tunnel(null, Map.of("Phase1LifetimeSeconds", "28800")))).isEmpty();
  }

  @Test
  void flagsAnOptionWithoutDocumentedDefaultSetOnOneTunnelOnly() {
    List<Finding> findings = run(tunnel(null, Map.of("ReplayWindowSize", "2048")),
        tunnel(null, Map.of("StartupAction", "add")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
        .contains("ReplayWindowSize is 2048 on tunnel 1 but not set (AWS default) on tunnel 2"));
  }

  @Test
  void reportsAPreSharedKeyGivenForOneTunnelWithoutPrintingIt() {
    List<Finding> findings = run(tunnel(null, Map.of("PreSharedKey", "<set>", "IKEVersions",
        "ikev2")), tunnel(null, Map.of("IKEVersions", "ikev2")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("PreSharedKey is set on tunnel 1 but not set (AWS"
          + " generates one) on tunnel 2");
      assertThat(f.message()).doesNotContain("<set>");
    });
  }

  @Test
  void ignoresDifferentPreSharedKeysAndInsideCidrsAndLogging() {
    assertThat(run(
        tunnel("169.254.10.0/30", Map.of("PreSharedKey", "<set>",
            "LogOptions.CloudwatchLogOptions.LogEnabled", "true")),
        tunnel("169.254.10.4/30", Map.of("PreSharedKey", "<set>")))).isEmpty();
  }

  @Test
  void errsWhenBothTunnelsShareAnInsideCidr() {
    List<Finding> findings = run(tunnel("169.254.10.0/30", IKEV2),
        tunnel("169.254.10.0/30", IKEV2));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("VPN connection 'Vpn' uses inside CIDR 169.254.10.0/30"
          + " for both tunnels; the tunnels would get the same inside addresses and BGP peers, so"
          + " they cannot both come up. Give each tunnel its own /30");
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "169.254.10.0/29  | is not a /30 in 169.254.0.0/16; AWS rejects it",
      "10.0.0.0/30      | is not a /30 in 169.254.0.0/16; AWS rejects it",
      "169.254.0.0/30   | is a reserved block",
      "169.254.5.0/30   | is a reserved block",
      "169.254.169.252/30 | is a reserved block"})
  void errsOnAnInsideCidrAwsRejects(String cidr, String problem) {
    List<Finding> findings = run(tunnel("169.254.20.0/30", IKEV2), tunnel(cidr, IKEV2));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).startsWith("VPN connection 'Vpn' tunnel 2 inside CIDR " + cidr + " "
          + problem);
    });
  }

  @Test
  void acceptsTheBlockJustAfterTheReservedOnes() {
    assertThat(run(tunnel("169.254.6.0/30", IKEV2), tunnel("169.254.169.248/30", IKEV2)))
        .isEmpty();
  }

  @Test
  void staysSilentOnUnknownInsideCidrs() {
    VpnTunnel unknown = new VpnTunnel(true, Value.unknown("known after apply"), IKEV2);
    assertThat(run(unknown, unknown)).isEmpty();
  }

  @Test
  void doesNotCompareWithATunnelEntryThatCannotBeRead() {
    VpnTunnel unreadable = new VpnTunnel(true, Value.unknown("condition 'UseIkev2' is unknown"),
        Map.of());
    assertThat(run(tunnel("169.254.10.0/30", IKEV2), unreadable)).isEmpty();
  }

  @Test
  void stillFlagsASingleEntryThatCannotBeRead() {
    VpnTunnel unreadable = new VpnTunnel(true, Value.unknown("condition 'UseIkev2' is unknown"),
        Map.of());
    assertThat(run(unreadable, VpnTunnel.unspecified())).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("VPN connection 'Vpn' gives tunnel options for tunnel"
            + " 1 only; tunnel 2 runs on AWS defaults"));
  }

  @Test
  void skipsAnOptionWhoseValueIsUnknown() {
    assertThat(run(tunnel(null, Map.of("IKEVersions", "<unknown>")),
        tunnel(null, Map.of("IKEVersions", "ikev2")))).isEmpty();
  }

  @Test
  void errsWhenTwoConnectionsOnOneVirtualPrivateGatewayShareAnInsideCidr() {
    TestNetworks m = new TestNetworks();
    VpnGateway vgw = m.vgw("Vgw");
    CustomerGateway a = m.cgw("CgwA", "192.0.2.1");
    CustomerGateway b = m.cgw("CgwB", "192.0.2.2");
    m.vpnToVgw("VpnA", a, vgw, tunnel("169.254.10.0/30", IKEV2), tunnel("169.254.10.4/30", IKEV2));
    m.vpnToVgw("VpnB", b, vgw, tunnel("169.254.11.0/30", IKEV2), tunnel("169.254.10.4/30", IKEV2));

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().resource()).isEqualTo("VpnB");
      assertThat(f.message()).isEqualTo("VPN connection 'VpnB' tunnel 2 uses inside CIDR"
          + " 169.254.10.4/30, already used by VPN connection 'VpnA' on the same virtual private"
          + " gateway 'Vgw'; inside CIDRs must be unique across all VPN connections of a virtual"
          + " private gateway, so AWS rejects it");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("Vgw", "VpnA");
    });
  }

  @Test
  void allowsTheSameInsideCidrOnConnectionsToATransitGateway() {
    TestNetworks m = new TestNetworks();
    Ref tgw = to(m.tgw("Tgw"));
    Ref a = to(m.cgw("CgwA", "192.0.2.1"));
    Ref b = to(m.cgw("CgwB", "192.0.2.2"));
    m.vpn("VpnA", a, Ref.absent(), tgw, tunnel("169.254.10.0/30", IKEV2),
        tunnel("169.254.10.4/30", IKEV2));
    m.vpn("VpnB", b, Ref.absent(), tgw, tunnel("169.254.10.0/30", IKEV2),
        tunnel("169.254.10.4/30", IKEV2));

    assertThat(tester.run(m.network())).isEmpty();
  }
}
