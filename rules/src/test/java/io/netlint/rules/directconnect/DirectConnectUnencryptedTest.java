package io.netlint.rules.directconnect;

import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.DxConnection;
import io.netlint.model.DxGateway;
import io.netlint.model.DxLag;
import io.netlint.model.DxVirtualInterface;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectConnectUnencryptedTest {

  private final RuleTester tester = RuleTester.of(new DirectConnectUnencrypted());
  private final TestNetworks m = new TestNetworks("t");

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("direct-connect-unencrypted");
  }

  private List<Finding> run() {
    return tester.run(m.network());
  }

  /** "-" is absent, "?" unknown. */
  private static Value<Boolean> flag(String s) {
    return s.equals("-") ? Value.absent()
        : s.equals("?") ? Value.unknown("parameter has no default")
        : Value.known(Boolean.parseBoolean(s));
  }

  private static Value<String> text(String s) {
    return s.equals("-") ? Value.absent()
        : s.equals("?") ? Value.unknown("known after apply") : Value.known(s);
  }

  private DxVirtualInterface privateVifToVgw(DxConnection connection) {
    VpnGateway vgw = m.vgw("AppVgw");
    return m.privateVif("AppVif", to(connection), vgw);
  }

  @Test
  void flagsAPrivateInterfaceWithoutMacsecOrVpn() {
    DxVirtualInterface vif = privateVifToVgw(m.connection("DcLondon", "EqLD5"));

    assertThat(run()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location()).isEqualTo(vif.source());
      assertThat(f.message()).isEqualTo("Private virtual interface 'AppVif' carries traffic between"
          + " on-premises and virtual private gateway 'AppVgw' unencrypted: connection 'DcLondon'"
          + " does not use MACsec (RequestMACSec is not set) and no Site-to-Site VPN ends on that"
          + " gateway; Direct Connect does not encrypt traffic in transit by default. Request"
          + " MACsec on a dedicated connection that supports it, or run IPsec over the interface"
          + " (a Site-to-Site VPN to the gateway, or a private IP VPN over a transit"
          + " interface)");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("DcLondon", "AppVgw");
    });
  }

  @ParameterizedTest(name = "request {0}, mode {1}")
  @CsvSource({
      "-,     -,              1",
      "false, -,              1",
      "true,  -,              0",
      "?,     -,              0",
      "true,  no_encrypt,     1",
      "false, should_encrypt, 0",
      "-,     must_encrypt,   0",
      "true,  ?,              0",
      "true,  odd_mode,       0",
  })
  void readsMacsecFromTheConnection(String request, String mode, int expected) {
    privateVifToVgw(m.tfConnection("aws_dx_connection.london", flag(request), text(mode)));

    assertThat(run()).hasSize(expected);
  }

  @Test
  void saysWhichTerraformSettingTurnsEncryptionOff() {
    privateVifToVgw(m.tfConnection("aws_dx_connection.london", Value.known(true),
        Value.known("no_encrypt")));

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("does not use MACsec (encryption_mode is no_encrypt)");
  }

  @Test
  void aLagUsesMacsecWhenItRequestsIt() {
    DxLag lag = m.lag("Lag", "EqFA5", Value.known(true));
    m.connection("Port1", "EqFA5", to(lag), Value.absent(), Value.absent());
    VpnGateway vgw = m.vgw("AppVgw");
    m.privateVif("AppVif", to(lag), vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void aLagUsesMacsecWhenEveryMemberDoes() {
    DxLag lag = m.lag("Lag", "EqFA5", Value.absent());
    m.connection("Port1", "EqFA5", to(lag), Value.known(true), Value.absent());
    m.connection("Port2", "EqFA5", to(lag), Value.known(true), Value.absent());
    VpnGateway vgw = m.vgw("AppVgw");
    m.privateVif("AppVif", to(lag), vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void aLagWithOneMemberWithoutMacsecIsUnencrypted() {
    DxLag lag = m.lag("Lag", "EqFA5", Value.known(false));
    m.connection("Port1", "EqFA5", to(lag), Value.known(true), Value.absent());
    m.connection("Port2", "EqFA5", to(lag), Value.absent(), Value.absent());
    VpnGateway vgw = m.vgw("AppVgw");
    m.privateVif("AppVif", to(lag), vgw);

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("LAG 'Lag' does not use MACsec (RequestMACSec is false on the LAG; on member"
            + " connection 'Port2', RequestMACSec is not set)");
  }

  @Test
  void aTransitInterfaceWithAPrivateIpVpnIsEncrypted() {
    TransitGateway tgw = m.tgw("HubTgw");
    DxGateway dxgw = m.dxgw("CoreDxgw");
    m.dxAssociation("CoreToHub", to(dxgw), to(tgw));
    m.transitVif("HubVif", to(m.connection("DcFrankfurt", "EqFA5")), dxgw);
    m.vpn("OverDx", to(tgw), true, "PrivateIpv4");

    assertThat(run()).isEmpty();
  }

  @Test
  void flagsATransitInterfaceWithoutAnyVpnToItsTransitGateway() {
    TransitGateway tgw = m.tgw("HubTgw");
    DxGateway dxgw = m.dxgw("CoreDxgw");
    m.dxAssociation("CoreToHub", to(dxgw), to(tgw));
    m.transitVif("HubVif", to(m.connection("DcFrankfurt", "EqFA5")), dxgw);

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .startsWith("Transit virtual interface 'HubVif' carries traffic between on-premises and"
            + " transit gateway 'HubTgw' (through Direct Connect gateway 'CoreDxgw') unencrypted")
        .endsWith("or run IPsec over the interface (a private IP VPN to the transit gateway over"
            + " this interface)");
  }

  @Test
  void aVpnToTheSameGatewayCounts() {
    DxConnection c = m.connection("DcLondon", "EqLD5");
    VpnGateway vgw = m.vgw("AppVgw");
    m.privateVif("AppVif", to(c), vgw);
    m.vpn("AppVpn", to(vgw), false, null);

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenSomeVpnsGatewayIsUnknown() {
    privateVifToVgw(m.connection("DcLondon", "EqLD5"));
    m.vpn("Somewhere", Ref.unknown("parameter 'GatewayId' has no default"), false, null);

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentOnAConnectionFromOutsideTheInputs() {
    VpnGateway vgw = m.vgw("AppVgw");
    m.privateVif("AppVif", Ref.toAwsId("dxcon-ffre0ec3"), vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentOnAGatewayFromOutsideTheInputs() {
    m.vif("AppVif", DxVirtualInterface.Kind.PRIVATE, to(m.connection("DcLondon", "EqLD5")),
        Ref.absent(), Ref.toAwsId("vgw-0a1b2c3d4e5f60718"));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentOnADirectConnectGatewayWithoutAssociationsAmongTheInputs() {
    DxGateway dxgw = m.dxgw("CoreDxgw");
    m.transitVif("HubVif", to(m.connection("DcFrankfurt", "EqFA5")), dxgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenAnAssociatedGatewayIsUnknown() {
    TransitGateway tgw = m.tgw("HubTgw");
    DxGateway dxgw = m.dxgw("CoreDxgw");
    m.dxAssociation("CoreToHub", to(dxgw), to(tgw));
    m.dxAssociation("CoreToOther", to(dxgw), Ref.unknown("parameter 'Tgw' has no default"));
    m.transitVif("HubVif", to(m.connection("DcFrankfurt", "EqFA5")), dxgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenTheGatewayIsHandedToANestedStack() {
    DxVirtualInterface vif = privateVifToVgw(m.connection("DcLondon", "EqLD5"));
    m.network().resolve(vif.vpnGateway()).ifPresent(m::passOut);

    assertThat(run()).isEmpty();
  }

  @Test
  void ignoresPublicInterfaces() {
    m.vif("Public", DxVirtualInterface.Kind.PUBLIC, to(m.connection("DcLondon", "EqLD5")),
        Ref.absent(), Ref.absent());

    assertThat(run()).isEmpty();
  }
}
