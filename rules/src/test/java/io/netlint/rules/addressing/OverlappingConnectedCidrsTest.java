package io.netlint.rules.addressing;

import static io.netlint.testing.TestNetworks.cidr;
import static io.netlint.testing.TestNetworks.to;
import static io.netlint.testing.TestNetworks.unknownCidr;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.CustomerGateway;
import io.netlint.model.Ref;
import io.netlint.model.TgwRouteTable;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
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

class OverlappingConnectedCidrsTest {

  private final RuleTester tester = RuleTester.of(new OverlappingConnectedCidrs());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("overlapping-connected-cidrs");
  }

  @ParameterizedTest(name = "{0}: {1} vs {2}")
  @CsvSource({
      "nested,          10.20.0.0/16,   10.20.128.0/17, true",
      "identical,       10.20.0.0/16,   10.20.0.0/16,   true",
      "adjacent,        10.20.0.0/16,   10.21.0.0/16,   false",
      "disjoint,        10.0.0.0/16,    192.168.0.0/16, false",
      "host bits set,   10.20.5.0/16,   10.20.128.0/17, true",
      "ipv6 nested,     2600:1f14::/56, 2600:1f14::/64, true",
      "ipv6 vs ipv4,    10.0.0.0/8,     2600:1f14::/56, false",
  })
  void peeringFlagsOnlyOverlappingRanges(String name, String a, String b, boolean flagged) {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc shared = vpc(m, "SharedVpc", a);
    Vpc analytics = vpc(m, "AnalyticsVpc", b);
    m.peering("SharedToAnalytics", shared, analytics);
    assertThat(tester.run(m.network())).hasSize(flagged ? 1 : 0);
  }

  /** An IPv6 range comes with a distinct IPv4 primary, so only the IPv6 ranges can overlap. */
  private static Vpc vpc(TestNetworks m, String name, String cidr) {
    Cidr c = Cidr.of(cidr);
    if (c.family() == Cidr.Family.IPV4) return m.vpc(name, cidr);
    String primary = name.equals("SharedVpc") ? "172.16.0.0/16" : "172.17.0.0/16";
    return m.vpc(name, cidr(primary), Value.known(c));
  }

  @Test
  void peeringMessageNamesBothVpcsTheirRangesAndThePeering() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc shared = m.vpc("SharedVpc", "10.20.0.0/16");
    Vpc analytics = m.vpc("AnalyticsVpc", "10.20.128.0/17");
    VpcPeering peering = m.peering("SharedToAnalytics", shared, analytics);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("VPC 'SharedVpc' (10.20.0.0/16) overlaps VPC "
          + "'AnalyticsVpc' (10.20.128.0/17), and the two are connected by peering "
          + "'SharedToAnalytics'; AWS rejects peering between overlapping ranges");
      assertThat(f.location()).isEqualTo(shared.source());
      assertThat(f.related()).containsExactly(analytics.source(), peering.source());
    });
  }

  @Test
  void comparesSecondaryBlocksOfBothVpcs() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc a = m.vpc("A", "10.0.0.0/16");
    m.block("ASecondary", a, "100.64.0.0/16");
    Vpc b = m.vpc("B", "10.1.0.0/16");
    m.block("BSecondary", b, "100.64.8.0/24");
    m.peering("AToB", a, b);

    assertThat(tester.run(m.network())).singleElement().extracting(Finding::message)
        .asString().startsWith("VPC 'A' (100.64.0.0/16) overlaps VPC 'B' (100.64.8.0/24)");
  }

  @Test
  void reportsAPairOnceListingEveryOverlappingRange() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc a = m.vpc("A", "10.0.0.0/16");
    m.block("ASecondary", a, "10.1.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/8");
    m.peering("AToB", a, b);

    assertThat(tester.run(m.network())).singleElement().extracting(Finding::message)
        .asString().startsWith("VPC 'A' (10.0.0.0/16, 10.1.0.0/16) overlaps VPC 'B' (10.0.0.0/8)");
  }

  @Test
  void unknownCidrsStaySilent() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc a = m.vpc("A", unknownCidr(), Value.absent());
    Vpc b = m.vpc("B", "10.0.0.0/16");
    m.block("BSecondary", to(b), unknownCidr(), "AWS::EC2::VPCCidrBlock");
    m.peering("AToB", a, b);
    m.peering("BToUnknown", to(b), Ref.unknown("Fn::ImportValue 'peer-vpc' has no export"));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void peeringIsNotTransitive() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc hub = m.vpc("Hub", "10.0.0.0/16");
    Vpc left = m.vpc("Left", "10.1.0.0/16");
    Vpc right = m.vpc("Right", "10.1.0.0/16");
    m.peering("HubLeft", hub, left);
    m.peering("HubRight", hub, right);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void linksVpcsAcrossFilesByAwsId() {
    TestNetworks network = new TestNetworks("network.tfplan.json");
    network.vpcWithId("aws_vpc.shared", "10.20.0.0/16", "vpc-0a1b2c3d");
    TestNetworks peering = new TestNetworks("peering.tfplan.json");
    Vpc analytics = peering.vpc("aws_vpc.analytics", "10.20.0.0/20");
    peering.peering("aws_vpc_peering_connection.to_shared", to(analytics),
        Ref.toAwsId("vpc-0a1b2c3d"));

    List<Finding> findings = tester.run(network.include(peering).network());

    assertThat(findings).singleElement().extracting(Finding::message).asString()
        .contains("VPC 'aws_vpc.shared' (10.20.0.0/16) overlaps VPC 'aws_vpc.analytics'"
            + " (10.20.0.0/20)");
  }

  @Test
  void transitGatewayDefaultTablesConnectEveryAttachment() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgw("Tgw");
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.128.0/17");
    m.attach("AttachA", tgw, a);
    m.attach("AttachB", tgw, b);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).isEqualTo("VPC 'A' (10.0.0.0/16) overlaps VPC 'B' (10.0.128.0/17),"
          + " and the two are connected through transit gateway 'Tgw' (default route table);"
          + " the transit gateway routes by longest prefix, so traffic for 10.0.128.0/17 goes"
          + " to VPC 'B' and the addresses of VPC 'A' in that range are unreachable through it");
    });
  }

  @Test
  void identicalCidrsOnATransitGatewayAreAnError() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgw("Tgw");
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    m.attach("AttachA", tgw, a);
    m.attach("AttachB", tgw, b);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("a transit gateway does not route between VPCs with"
          + " identical CIDRs");
    });
  }

  @ParameterizedTest(name = "gateway association {0}, propagation {1}; attachment {2}, {3}")
  @CsvSource(nullValues = "-", value = {
      "-,     -,     -,     -,     true",
      "true,  true,  true,  true,  true",
      "false, true,  -,     -,     true",   // propagation alone puts both routes in one table
      "true,  false, -,     -,     false",  // associated, but no routes in the table
      "false, false, -,     -,     false",
      "-,     -,     false, false, false",  // Terraform per-attachment opt-out
      "?,     -,     -,     -,     true",   // unknown association, known propagation still counts
      "?,     ?,     -,     -,     false",
      "-,     -,     ?,     ?,     false",
  })
  void defaultRouteTableNeedsKnownDefaults(String gwAssoc, String gwProp, String attAssoc,
      String attProp, boolean flagged) {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgwDefaults("Tgw", flag(gwAssoc), flag(gwProp));
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    m.attach("AttachA", tgw, a, flag(attAssoc), flag(attProp));
    m.attach("AttachB", tgw, b, flag(attAssoc), flag(attProp));

    assertThat(tester.run(m.network())).hasSize(flagged ? 1 : 0);
  }

  private static Value<Boolean> flag(String text) {
    if (text == null) return Value.absent();
    if (text.equals("?")) return Value.unknown("known after apply");
    return Value.known(Boolean.parseBoolean(text));
  }

  @Test
  void customRouteTablesThatIsolateVpcsStaySilent() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgwDefaults("Tgw", Value.known(false), Value.known(false));
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    TgwVpcAttachment attA = m.attach("AttachA", tgw, a);
    TgwVpcAttachment attB = m.attach("AttachB", tgw, b);
    TgwRouteTable rtA = m.tgwTable("RtA", tgw);
    TgwRouteTable rtB = m.tgwTable("RtB", tgw);
    m.tgwAssociate("AssocA", rtA, attA);
    m.tgwPropagate("PropA", rtA, attA);
    m.tgwAssociate("AssocB", rtB, attB);
    m.tgwPropagate("PropB", rtB, attB);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void sharedCustomRouteTableWithPropagationConnects() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgwDefaults("Tgw", Value.known(false), Value.known(false));
    Vpc hub = m.vpc("Hub", "10.0.0.0/16");
    Vpc spoke = m.vpc("Spoke", "10.0.0.0/24");
    TgwVpcAttachment attHub = m.attach("AttachHub", tgw, hub);
    TgwVpcAttachment attSpoke = m.attach("AttachSpoke", tgw, spoke);
    TgwRouteTable rt = m.tgwTable("SharedRt", tgw);
    m.tgwAssociate("AssocHub", rt, attHub);
    m.tgwAssociate("AssocSpoke", rt, attSpoke);
    m.tgwPropagate("PropSpoke", rt, attSpoke);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("connected through transit gateway 'Tgw' (route table"
          + " 'SharedRt')");
      assertThat(f.related()).hasSize(3);
    });
  }

  @Test
  void isolatedSpokesThatPropagateIntoOneHubTableCollideThere() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgwDefaults("Tgw", Value.known(false), Value.known(false));
    TgwVpcAttachment hub = m.attach("AttachHub", tgw, m.vpc("Hub", "10.0.0.0/16"));
    TgwVpcAttachment left = m.attach("AttachLeft", tgw, m.vpc("Left", "10.10.0.0/16"));
    TgwVpcAttachment right = m.attach("AttachRight", tgw, m.vpc("Right", "10.10.0.0/16"));
    TgwRouteTable hubRt = m.tgwTable("HubRt", tgw);
    TgwRouteTable spokeRt = m.tgwTable("SpokeRt", tgw);
    m.tgwAssociate("AssocHub", hubRt, hub);
    m.tgwPropagate("PropLeft", hubRt, left);
    m.tgwPropagate("PropRight", hubRt, right);
    m.tgwAssociate("AssocLeft", spokeRt, left);
    m.tgwAssociate("AssocRight", spokeRt, right);
    m.tgwPropagate("PropHub", spokeRt, hub);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("VPC 'Left' (10.10.0.0/16) overlaps VPC 'Right'"
          + " (10.10.0.0/16), and the two are connected through transit gateway 'Tgw' (route"
          + " table 'HubRt'); both propagate into that route table, and a transit gateway does"
          + " not propagate a CIDR identical to one already attached, so attachments using the"
          + " table reach only one of the two");
    });
  }

  @Test
  void associationsWithoutPropagationDoNotConnect() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgwDefaults("Tgw", Value.known(false), Value.known(false));
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    TgwRouteTable rt = m.tgwTable("Rt", tgw);
    m.tgwAssociate("AssocA", rt, m.attach("AttachA", tgw, a));
    m.tgwAssociate("AssocB", rt, m.attach("AttachB", tgw, b));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void explicitAssociationReplacesTheDefaultOne() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgwDefaults("Tgw", Value.known(true), Value.known(false));
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    TgwVpcAttachment attA = m.attach("AttachA", tgw, a);
    m.attach("AttachB", tgw, b);
    m.tgwAssociate("AssocA", m.tgwTable("IsolatedRt", tgw), attA);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void unknownAssociationStopsDefaultAssociationOnThatGateway() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgwDefaults("Tgw", Value.known(true), Value.known(false));
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    TgwRouteTable rt = m.tgwTable("Rt", tgw);
    m.tgwPropagate("PropA", rt, m.attach("AttachA", tgw, a));
    m.attach("AttachB", tgw, b);
    m.tgwAssociate("AssocSomething", to(rt), Ref.unknown("Fn::ImportValue 'attachment-id'"));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void defaultTableNamedThroughTheGatewayIsTheDefaultTable() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgwDefaults("Tgw", Value.known(false), Value.known(true));
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    TgwVpcAttachment attA = m.attach("AttachA", tgw, a);
    m.attach("AttachB", tgw, b);
    m.tgwAssociate("AssocA", to(tgw), to(attA));

    assertThat(tester.run(m.network())).singleElement().extracting(Finding::message).asString()
        .contains("(default route table)");
  }

  @Test
  void routeTableOutsideTheInputsIsNamedByItsId() {
    TestNetworks m = new TestNetworks("plan.tfplan.json");
    TransitGateway tgw = m.tgwDefaults("aws_ec2_transit_gateway.main", Value.known(false),
        Value.known(false));
    TgwVpcAttachment a = m.attach("a", tgw, m.vpc("aws_vpc.a", "10.0.0.0/16"));
    TgwVpcAttachment b = m.attach("b", tgw, m.vpc("aws_vpc.b", "10.0.0.0/16"));
    m.tgwPropagate("prop_a", Ref.toAwsId("tgw-rtb-0abc"), to(a));
    m.tgwPropagate("prop_b", Ref.toAwsId("tgw-rtb-0abc"), to(b));

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("through transit gateway 'aws_ec2_transit_gateway.main'"
          + " (route table 'tgw-rtb-0abc'); both propagate into that route table");
      assertThat(f.related()).hasSize(2);
    });
  }

  @Test
  void sameNamedGatewaysInTwoFilesStayApart() {
    TestNetworks one = new TestNetworks("one.cfn.yaml");
    TransitGateway tgwOne = one.tgw("Tgw");
    one.attach("AttachA", tgwOne, one.vpc("A", "10.0.0.0/16"));
    one.attach("AttachB", tgwOne, one.vpc("B", "10.0.0.0/16"));
    TestNetworks two = new TestNetworks("two.cfn.yaml");
    TransitGateway tgwTwo = two.tgw("Tgw");
    two.attach("AttachC", tgwTwo, two.vpc("C", "10.0.0.0/16"));

    assertThat(tester.run(one.include(two).network())).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("VPC 'A' (10.0.0.0/16) overlaps VPC 'B'"));
  }

  @Test
  void transitGatewayIgnoresIpv6() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgw("Tgw");
    Vpc a = m.vpc("A", cidr("10.0.0.0/16"), cidr("2600:1f14::/56"));
    Vpc b = m.vpc("B", cidr("10.1.0.0/16"), cidr("2600:1f14::/56"));
    m.attach("AttachA", tgw, a);
    m.attach("AttachB", tgw, b);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void peeringAndTransitGatewayMakeOneFinding() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgw("Tgw");
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/24");
    m.attach("AttachA", tgw, a);
    m.attach("AttachB", tgw, b);
    m.peering("AToB", a, b);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("connected by peering 'AToB' and through transit gateway"
          + " 'Tgw' (default route table); AWS rejects peering");
    });
  }

  @Test
  void sweepsTheTransitGatewayQuotaOfAttachments() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgw("Tgw");
    for (int i = 0; i < 5_000; i++) {
      m.attach("Attach" + i, tgw, m.vpc("Vpc" + i, "10." + (i / 256) + "." + (i % 256) + ".0/24"));
    }
    m.attach("AttachLast", tgw, m.vpc("Overlapping", "10.19.132.0/22"));

    assertThat(tester.run(m.network())).hasSize(4);
  }

  @Test
  void vpnStaticRouteOverlappingTheVgwVpc() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.20.0.0/16");
    VpnGateway vgw = m.vgw("Vgw", null);
    m.attachGateway("VgwAttachment", to(vpc), to(vgw));
    CustomerGateway cgw = m.cgw("SiteCgw", "203.0.113.10");
    VpnConnection vpn = m.vpn("SiteVpn", cgw, vgw, Value.absent());
    VpnConnectionRoute route = m.vpnRoute("SiteRoute", vpn, "10.20.64.0/18");
    m.vpnRoute("OtherRoute", vpn, "192.168.0.0/16");

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(route.source());
      assertThat(f.message()).isEqualTo("On-premises range 10.20.64.0/18 of VPN connection"
          + " 'SiteVpn' (static route 'SiteRoute') overlaps VPC 'AppVpc' (10.20.0.0/16), which"
          + " the connection reaches through virtual private gateway 'Vgw'; the VPC's local"
          + " route takes precedence, so on-premises hosts in the overlap are unreachable from"
          + " the VPC");
      assertThat(f.related()).containsExactly(vpc.source(), vpn.source(), vgw.source());
    });
  }

  @Test
  void vpnTrafficSelectorOnATransitGateway() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgw("Tgw");
    Vpc a = m.vpc("A", "172.16.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    m.attach("AttachA", tgw, a);
    m.attach("AttachB", tgw, b);
    VpnConnection vpn = m.vpn("SiteVpn", m.cgw("Cgw", "203.0.113.10"), tgw,
        cidr("172.16.32.0/20"));

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(vpn.source());
      assertThat(f.message()).startsWith("On-premises range 172.16.32.0/20 of VPN connection"
          + " 'SiteVpn' (LocalIpv4NetworkCidr) overlaps VPC 'A' (172.16.0.0/16), which the"
          + " connection reaches through transit gateway 'Tgw'");
    });
  }

  @Test
  void defaultRouteToOnPremisesIsNotARange() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.20.0.0/16");
    VpnGateway vgw = m.vgw("Vgw", vpc);
    VpnConnection vpn = m.vpn("SiteVpn", m.cgw("Cgw", "203.0.113.10"), vgw, cidr("0.0.0.0/0"));
    m.vpnRoute("DefaultRoute", vpn, "0.0.0.0/0");

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void cloudHubSitesWithOverlappingRanges() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    VpnGateway vgw = m.vgw("Vgw", m.vpc("Hub", "10.0.0.0/16"));
    VpnConnection east = m.vpn("EastVpn", m.cgw("EastCgw", "203.0.113.10"), vgw, Value.absent());
    VpnConnectionRoute eastRoute = m.vpnRoute("EastRoute", east, "192.168.0.0/16");
    VpnConnection west = m.vpn("WestVpn", m.cgw("WestCgw", "198.51.100.20"), vgw, Value.absent());
    VpnConnectionRoute westRoute = m.vpnRoute("WestRoute", west, "192.168.128.0/20");

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(eastRoute.source());
      assertThat(f.message()).isEqualTo("On-premises range 192.168.0.0/16 of VPN connection"
          + " 'EastVpn' (static route 'EastRoute') overlaps range 192.168.128.0/20 of VPN"
          + " connection 'WestVpn' (static route 'WestRoute'), and both sites connect to virtual"
          + " private gateway 'Vgw' (VPN CloudHub); CloudHub requires sites with non-overlapping"
          + " ranges, so traffic for the overlap reaches only one of them");
      assertThat(f.related()).contains(westRoute.source(), vgw.source());
    });
  }

  @Test
  void redundantConnectionsToOneSiteAdvertiseTheSameRanges() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    VpnGateway vgw = m.vgw("Vgw", m.vpc("Hub", "10.0.0.0/16"));
    m.vpnRoute("PrimaryRoute", m.vpn("PrimaryVpn", m.cgw("PrimaryCgw", "203.0.113.10"), vgw,
        Value.absent()), "192.168.0.0/16");
    m.vpnRoute("BackupRoute", m.vpn("BackupVpn", m.cgw("BackupCgw", "203.0.113.11"), vgw,
        Value.absent()), "192.168.0.0/16");
    CustomerGateway one = m.cgw("OneCgw", "198.51.100.1");
    m.vpnRoute("ARoute", m.vpn("AVpn", one, vgw, Value.absent()), "172.16.0.0/16");
    m.vpnRoute("BRoute", m.vpn("BVpn", one, vgw, Value.absent()), "172.16.0.0/24");

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void cloudHubIsAboutVirtualPrivateGateways() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    TransitGateway tgw = m.tgw("Tgw");
    m.vpnRoute("EastRoute", m.vpn("EastVpn", m.cgw("EastCgw", "203.0.113.10"), tgw,
        Value.absent()), "192.168.0.0/16");
    m.vpnRoute("WestRoute", m.vpn("WestVpn", m.cgw("WestCgw", "198.51.100.20"), tgw,
        Value.absent()), "192.168.128.0/20");

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void unknownVpnRangesStaySilent() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc vpc = m.vpc("AppVpc", "10.20.0.0/16");
    VpnGateway vgw = m.vgw("Vgw", vpc);
    VpnConnection vpn = m.vpn("SiteVpn", m.cgw("Cgw", "203.0.113.10"), vgw, unknownCidr());
    m.add(new VpnConnectionRoute(m.meta("UnknownRoute", "AWS::EC2::VPNConnectionRoute"),
        to(vpn), Value.unknown("parameter 'OnPremCidr' has no default")));

    assertThat(tester.run(m.network())).isEmpty();
  }
}
