package io.netlint.rules.addressing;

import static io.netlint.testing.TestNetworks.cidr;
import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.ClientVpnEndpoint;
import io.netlint.model.CustomerGateway;
import io.netlint.model.Ref;
import io.netlint.model.Subnet;
import io.netlint.model.TgwRouteTable;
import io.netlint.model.TgwVpcAttachment;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientVpnCidrConflictTest {

  private final RuleTester tester = RuleTester.of(new ClientVpnCidrConflict());
  private final TestNetworks m = new TestNetworks("net.cfn.yaml");

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("client-vpn-cidr-conflict");
  }

  private ClientVpnEndpoint endpoint(String name, Value<Cidr> clientCidr, Vpc vpc) {
    return m.add(new ClientVpnEndpoint(m.meta(name, "AWS::EC2::ClientVpnEndpoint"), clientCidr,
        vpc == null ? Ref.absent() : to(vpc), Value.absent()));
  }

  private ClientVpnAssociation associate(ClientVpnEndpoint endpoint, Subnet subnet) {
    return m.add(new ClientVpnAssociation(m.meta(endpoint.name() + "Target" + subnet.name(),
        "AWS::EC2::ClientVpnTargetNetworkAssociation"), to(endpoint), to(subnet)));
  }

  /** An endpoint associated with a subnet of a new VPC. */
  private ClientVpnEndpoint endpointIn(Vpc vpc, String clientCidr) {
    Subnet s = m.cidrSubnet("Target", vpc, vpc.cidr().get().subnet(0, 8).orElseThrow().text());
    ClientVpnEndpoint e = endpoint("Vpn", cidr(clientCidr), null);
    associate(e, s);
    return e;
  }

  private List<Finding> run() {
    return tester.run(m.network());
  }

  @Test
  void flagsClientCidrInsideTheAssociatedVpc() {
    Vpc vpc = m.vpc("AccessVpc", "10.0.0.0/16");
    ClientVpnEndpoint e = endpointIn(vpc, "10.0.252.0/22");

    assertThat(run()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(e.source());
      assertThat(f.message()).isEqualTo("Client VPN endpoint 'Vpn' has client CIDR 10.0.252.0/22,"
          + " which overlaps VPC 'AccessVpc' (10.0.0.0/16), the VPC it is associated with through"
          + " target subnet 'Target'; AWS does not allow a client CIDR that overlaps the CIDR of"
          + " the VPC its target subnets are in, so the subnet association fails");
      assertThat(f.related()).extracting(s -> s.resource())
          .containsExactly("AccessVpc", "VpnTargetTarget");
    });
  }

  @Test
  void comparesSecondaryBlocksOfTheAssociatedVpc() {
    Vpc vpc = m.vpc("AccessVpc", "10.0.0.0/16");
    m.block("Secondary", vpc, "100.64.0.0/16");
    endpointIn(vpc, "100.64.4.0/22");

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("overlaps VPC 'AccessVpc' (100.64.0.0/16)");
  }

  @Test
  void flagsTheVpcNamedByVpcIdBeforeAnySubnetIsAssociated() {
    Vpc vpc = m.vpc("AccessVpc", "10.0.0.0/16");
    endpoint("Vpn", cidr("10.0.0.0/22"), vpc);

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("the VPC it is associated with by its VpcId;");
  }

  @ParameterizedTest(name = "/{0}")
  @CsvSource({"11, 1", "12, 0", "16, 0", "22, 0", "23, 1", "24, 1"})
  void acceptsClientCidrsFromSlash12ToSlash22(int prefix, int expected) {
    String text = Cidr.of("172.16.0.0/" + prefix).canonical();
    endpoint("Vpn", cidr(text), null);

    assertThat(run()).hasSize(expected);
  }

  @Test
  void prefixMessageNamesTheSizeAndTheConsequence() {
    endpoint("Vpn", cidr("172.16.0.0/24"), null);

    assertThat(run()).singleElement().extracting(Finding::message).isEqualTo(
        "Client VPN endpoint 'Vpn' has client CIDR 172.16.0.0/24, a /24 (narrower than /22); AWS"
            + " requires a client CIDR between /12 and /22, so the endpoint cannot be created");
  }

  @Test
  void flagsAVpcPeeredWithTheAssociatedVpcInEitherDirection() {
    Vpc access = m.vpc("AccessVpc", "10.0.0.0/16");
    Vpc data = m.vpc("DataVpc", "10.1.0.0/16");
    m.peering("DataToAccess", data, access);
    endpointIn(access, "10.1.0.0/20");

    assertThat(run()).singleElement().extracting(Finding::message).isEqualTo(
        "Client VPN endpoint 'Vpn' has client CIDR 10.1.0.0/20, which overlaps VPC 'DataVpc'"
            + " (10.1.0.0/16), reachable from its VPC 'AccessVpc' by peering 'DataToAccess'; the"
            + " endpoint's route table cannot hold a route that overlaps the client CIDR, so its"
            + " clients cannot reach that VPC");
  }

  @Test
  void peeringIsNotTransitive() {
    Vpc access = m.vpc("AccessVpc", "10.0.0.0/16");
    Vpc tools = m.vpc("ToolsVpc", "10.1.0.0/16");
    Vpc archive = m.vpc("ArchiveVpc", "10.2.0.0/16");
    m.peering("AccessToTools", access, tools);
    m.peering("ToolsToArchive", tools, archive);
    endpointIn(access, "10.2.0.0/22");

    assertThat(run()).isEmpty();
  }

  @Test
  void flagsAVpcPropagatingIntoTheTransitGatewayTableTheAssociatedVpcUses() {
    Vpc access = m.vpc("AccessVpc", "10.0.0.0/16");
    Vpc shared = m.vpc("SharedVpc", "10.8.0.0/16");
    TransitGateway tgw = m.tgw("Hub");
    m.attach("AccessAttachment", tgw, access);
    m.attach("SharedAttachment", tgw, shared);
    endpointIn(access, "10.8.0.0/22");

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("overlaps VPC 'SharedVpc' (10.8.0.0/16), reachable from its VPC 'AccessVpc'"
            + " through transit gateway 'Hub' (default route table)");
  }

  @Test
  void ignoresAVpcThatPropagatesOnlyIntoAnotherTable() {
    Vpc access = m.vpc("AccessVpc", "10.0.0.0/16");
    Vpc legacy = m.vpc("LegacyVpc", "10.8.0.0/16");
    TransitGateway tgw = m.tgwDefaults("Hub", Value.known(false), Value.known(false));
    TgwVpcAttachment a = m.attach("AccessAttachment", tgw, access);
    TgwVpcAttachment l = m.attach("LegacyAttachment", tgw, legacy);
    TgwRouteTable clients = m.tgwTable("Clients", tgw);
    TgwRouteTable old = m.tgwTable("Legacy", tgw);
    m.tgwAssociate("AccessAssoc", clients, a);
    m.tgwAssociate("LegacyAssoc", old, l);
    m.tgwPropagate("LegacyProp", old, l);
    // the access VPC propagates into the legacy table, but does not use it
    m.tgwPropagate("AccessProp", old, a);
    endpointIn(access, "10.8.0.0/22");

    assertThat(run()).isEmpty();
  }

  @Test
  void flagsAnOnPremisesRangeBehindTheVirtualPrivateGateway() {
    Vpc access = m.vpc("AccessVpc", "10.0.0.0/16");
    VpnGateway vgw = m.vgw("Vgw", access);
    CustomerGateway cgw = m.cgw("Office", "203.0.113.10");
    VpnConnection vpn = m.vpn("OfficeVpn", cgw, vgw, Value.absent());
    m.vpnRoute("OfficeLan", vpn, "192.168.0.0/20");
    endpointIn(access, "192.168.0.0/22");

    assertThat(run()).singleElement().extracting(Finding::message).isEqualTo(
        "Client VPN endpoint 'Vpn' has client CIDR 192.168.0.0/22, which overlaps on-premises"
            + " range 192.168.0.0/20 of VPN connection 'OfficeVpn' (static route 'OfficeLan'),"
            + " reachable from its VPC 'AccessVpc' through virtual private gateway 'Vgw'; the"
            + " endpoint's route table cannot hold a route that overlaps the client CIDR, so its"
            + " clients cannot reach that network");
  }

  @Test
  void namesEveryPathToTheSameVpcOnce() {
    Vpc access = m.vpc("AccessVpc", "10.0.0.0/16");
    Vpc shared = m.vpc("SharedVpc", "10.8.0.0/16");
    m.peering("AccessToShared", access, shared);
    TransitGateway tgw = m.tgw("Hub");
    m.attach("AccessAttachment", tgw, access);
    m.attach("SharedAttachment", tgw, shared);
    endpointIn(access, "10.8.0.0/22");

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("reachable from its VPC 'AccessVpc' by peering 'AccessToShared' and through"
            + " transit gateway 'Hub' (default route table);");
  }

  @Test
  void staysSilentWhenTheClientCidrIsUnknown() {
    Vpc access = m.vpc("AccessVpc", "10.0.0.0/16");
    Subnet s = m.cidrSubnet("Target", access, "10.0.0.0/24");
    ClientVpnEndpoint e = endpoint("Vpn", Value.unknown("parameter 'Pool' has no default"), null);
    associate(e, s);

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenTheTargetSubnetIsUnknown() {
    m.vpc("AccessVpc", "10.0.0.0/16");
    ClientVpnEndpoint e = endpoint("Vpn", cidr("10.0.0.0/22"), null);
    m.add(new ClientVpnAssociation(m.meta("VpnTarget",
        "AWS::EC2::ClientVpnTargetNetworkAssociation"), to(e),
        Ref.unknown("parameter 'Subnet' has no default")));

    assertThat(run()).isEmpty();
  }

  @Test
  void skipsUnknownRangesButJudgesTheKnownOnes() {
    Vpc access = m.vpc("AccessVpc", TestNetworks.unknownCidr(), Value.absent());
    m.block("Secondary", access, "100.64.0.0/16");
    Subnet s = m.subnet("Target", to(access), cidr("100.64.0.0/24"), Value.absent());
    ClientVpnEndpoint e = endpoint("Vpn", cidr("100.64.4.0/22"), null);
    associate(e, s);

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("(100.64.0.0/16)");
  }
}
