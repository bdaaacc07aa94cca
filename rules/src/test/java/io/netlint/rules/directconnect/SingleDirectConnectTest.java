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
import io.netlint.model.Vpc;
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

class SingleDirectConnectTest {

  private final RuleTester tester = RuleTester.of(new SingleDirectConnect());
  private final TestNetworks m = new TestNetworks("t");

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("single-direct-connect");
  }

  private List<Finding> run() {
    return tester.run(m.network());
  }

  /** A VPC behind a VGW with one private interface on one connection. */
  private VpnGateway singleConnectionVgw() {
    Vpc vpc = m.vpc("AppVpc");
    VpnGateway vgw = m.vgw("AppVgw");
    m.attach(vpc, vgw);
    DxConnection london = m.connection("DcLondon", "EqLD5");
    m.privateVif("AppVif", to(london), vgw);
    return vgw;
  }

  @Test
  void flagsGatewayWhoseOnlyInterfaceRidesOneConnection() {
    VpnGateway vgw = singleConnectionVgw();

    assertThat(run()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(vgw.source());
      assertThat(f.message()).isEqualTo("Virtual private gateway 'AppVgw' reaches on-premises over"
          + " Direct Connect through a single connection: its private virtual interface 'AppVif'"
          + " rides connection 'DcLondon' (location EqLD5, 10Gbps), and no Site-to-Site VPN to the"
          + " gateway backs it up; a failure of that connection, its AWS device or its location"
          + " cuts VPC 'AppVpc' off from on-premises. Add a second connection at another Direct"
          + " Connect location, a LAG of two or more connections, or a Site-to-Site VPN to the"
          + " gateway as a backup path");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("AppVif", "DcLondon");
    });
  }

  @Test
  void flagsSeveralInterfacesOnTheSameConnection() {
    VpnGateway vgw = m.vgw("AppVgw");
    DxConnection london = m.connection("DcLondon", "EqLD5");
    m.privateVif("Blue", to(london), vgw);
    m.privateVif("Green", to(london), vgw);

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("its virtual interfaces 'Blue', 'Green' all ride connection 'DcLondon'")
        .contains("cuts the gateway off from on-premises");
  }

  @Test
  void ignoresInterfacesOnConnectionsAtTwoLocations() {
    VpnGateway vgw = m.vgw("AppVgw");
    m.privateVif("London", to(m.connection("DcLondon", "EqLD5")), vgw);
    m.privateVif("Slough", to(m.connection("DcSlough", "TCSH")), vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void twoConnectionsAtOneLocationAreNotASingleConnection() {
    VpnGateway vgw = m.vgw("AppVgw");
    m.privateVif("One", to(m.connection("DcLondon1", "EqLD5")), vgw);
    m.privateVif("Two", to(m.connection("DcLondon2", "EqLD5")), vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void flagsALagWithOneMember() {
    VpnGateway vgw = m.vgw("AppVgw");
    DxLag lag = m.lag("FrankfurtLag", "EqFA5", Value.absent());
    m.connection("Port1", "EqFA5", to(lag), Value.absent(), Value.absent());
    m.privateVif("AppVif", to(lag), vgw);

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("rides LAG 'FrankfurtLag' (location EqFA5), whose only member connection is"
            + " 'Port1'");
  }

  @Test
  void anInterfaceOnAMemberConnectionRidesItsLag() {
    VpnGateway vgw = m.vgw("AppVgw");
    DxLag lag = m.lag("FrankfurtLag", "EqFA5", Value.absent());
    DxConnection p1 = m.connection("Port1", "EqFA5", to(lag), Value.absent(), Value.absent());
    m.connection("Port2", "EqFA5", to(lag), Value.absent(), Value.absent());
    m.privateVif("AppVif", to(p1), vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void ignoresALagOfTwo() {
    VpnGateway vgw = m.vgw("AppVgw");
    DxLag lag = m.lag("FrankfurtLag", "EqFA5", Value.absent());
    m.connection("Port1", "EqFA5", to(lag), Value.absent(), Value.absent());
    m.connection("Port2", "EqFA5", to(lag), Value.absent(), Value.absent());
    m.privateVif("AppVif", to(lag), vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentOnALagWithoutMembersAmongTheInputs() {
    VpnGateway vgw = m.vgw("AppVgw");
    DxLag lag = m.lag("FrankfurtLag", "EqFA5", Value.absent());
    m.privateVif("AppVif", to(lag), vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenAConnectionsLagIsNotAmongTheInputs() {
    VpnGateway vgw = m.vgw("AppVgw");
    DxConnection port = m.connection("Port1", "EqFA5", Ref.toAwsId("dxlag-ffjhj9lx"),
        Value.absent(), Value.absent());
    m.privateVif("AppVif", to(port), vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void flagsAConnectionFromOutsideTheInputsByItsId() {
    VpnGateway vgw = m.vgw("AppVgw");
    m.privateVif("AppVif", Ref.toAwsId("dxcon-ffre0ec3"), vgw);

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("rides connection dxcon-ffre0ec3 (not among the inputs)");
  }

  @Test
  void staysSilentOnALagFromOutsideTheInputs() {
    VpnGateway vgw = m.vgw("AppVgw");
    m.privateVif("AppVif", Ref.toAwsId("dxlag-ffjhj9lx"), vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenTheConnectionIsUnknown() {
    VpnGateway vgw = m.vgw("AppVgw");
    m.privateVif("AppVif", Ref.unknown("parameter 'ConnectionId' has no default"), vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void aVpnToTheGatewayIsABackup() {
    VpnGateway vgw = singleConnectionVgw();
    m.vpn("BackupVpn", to(vgw), false, null);

    assertThat(run()).isEmpty();
  }

  @Test
  void aPrivateIpVpnRunsOverDirectConnectAndIsNoBackup() {
    Vpc vpc = m.vpc("SharedVpc");
    TransitGateway tgw = m.tgw("HubTgw");
    m.attach(vpc, tgw);
    DxGateway dxgw = m.dxgw("CoreDxgw");
    m.dxAssociation("CoreToHub", to(dxgw), to(tgw));
    m.transitVif("HubVif", to(m.connection("DcFrankfurt", "EqFA5")), dxgw);
    m.vpn("OverDx", to(tgw), true, "PrivateIpv4");

    assertThat(run()).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("HubTgw");
      assertThat(f.message()).startsWith("Transit gateway 'HubTgw' reaches on-premises over"
          + " Direct Connect through a single connection: its transit virtual interface 'HubVif'"
          + " rides connection 'DcFrankfurt' (location EqFA5, 10Gbps), through Direct Connect"
          + " gateway 'CoreDxgw', and no Site-to-Site VPN to the gateway backs it up (VPN"
          + " connection 'OverDx' is a private IP VPN that runs over Direct Connect itself); a"
          + " failure of that connection, its AWS device or its location cuts VPC 'SharedVpc'"
          + " off from on-premises.");
      assertThat(f.related()).extracting(s -> s.resource())
          .containsExactly("HubVif", "DcFrankfurt", "CoreDxgw", "OverDx");
    });
  }

  @Test
  void aVpnOfUnknownOutsideTypeMayBeABackup() {
    VpnGateway vgw = singleConnectionVgw();
    m.vpn("MaybeBackup", to(vgw), false, "?");

    assertThat(run()).isEmpty();
  }

  @Test
  void aVpnWhoseGatewayIsUnknownMayBeABackup() {
    singleConnectionVgw();
    m.vpn("Somewhere", Ref.unknown("parameter 'GatewayId' has no default"), false, null);

    assertThat(run()).isEmpty();
  }

  @Test
  void anInterfaceWhoseGatewayIsUnknownMayAddAConnection() {
    singleConnectionVgw();
    m.vif("Elsewhere", DxVirtualInterface.Kind.PRIVATE, to(m.connection("DcSlough", "TCSH")),
        Ref.absent(), Ref.unknown("parameter 'Vgw' has no default"));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenTheDirectConnectGatewayIsNotAmongTheInputs() {
    TransitGateway tgw = m.tgw("HubTgw");
    Ref dxgw = Ref.toAwsId("5f3c2a1b-7d4e-4f60-9a8b-1c2d3e4f5a6b");
    m.dxAssociation("CoreToHub", dxgw, to(tgw));
    m.vif("HubVif", DxVirtualInterface.Kind.TRANSIT, to(m.connection("DcFrankfurt", "EqFA5")),
        dxgw, Ref.absent());

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenTheGatewayIsAlsoAssociatedWithADirectConnectGatewayFromOutside() {
    VpnGateway vgw = singleConnectionVgw();
    m.dxAssociation("AppToShared", Ref.toAwsId("5f3c2a1b-7d4e-4f60-9a8b-1c2d3e4f5a6b"), to(vgw));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenAnAssociationOfTheGatewayHasAnUnknownDirectConnectGateway() {
    TransitGateway tgw = m.tgw("HubTgw");
    DxGateway dxgw = m.dxgw("CoreDxgw");
    m.dxAssociation("CoreToHub", to(dxgw), to(tgw));
    m.dxAssociation("OtherToHub", Ref.unknown("Fn::ImportValue 'dxgw' has no matching export"),
        to(tgw));
    m.transitVif("HubVif", to(m.connection("DcFrankfurt", "EqFA5")), dxgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenTheGatewayIsHandedToANestedStack() {
    VpnGateway vgw = singleConnectionVgw();
    m.passOut(vgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenTheDirectConnectGatewayIsHandedToANestedStack() {
    TransitGateway tgw = m.tgw("HubTgw");
    DxGateway dxgw = m.dxgw("CoreDxgw");
    m.dxAssociation("CoreToHub", to(dxgw), to(tgw));
    m.transitVif("HubVif", to(m.connection("DcFrankfurt", "EqFA5")), dxgw);
    m.passOut(dxgw);

    assertThat(run()).isEmpty();
  }

  @Test
  void ignoresPublicInterfacesAndGatewaysWithoutDirectConnect() {
    m.vgw("VpnOnlyVgw");
    m.vif("Public", DxVirtualInterface.Kind.PUBLIC, to(m.connection("DcLondon", "EqLD5")),
        Ref.absent(), Ref.absent());

    assertThat(run()).isEmpty();
  }
}
