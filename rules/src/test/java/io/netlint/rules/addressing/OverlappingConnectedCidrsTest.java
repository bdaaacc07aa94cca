package io.netlint.rules.addressing;

import static io.netlint.rules.addressing.TestModel.cidr;
import static io.netlint.rules.addressing.TestModel.ref;
import static io.netlint.rules.addressing.TestModel.unknownCidr;
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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
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
    TestModel m = new TestModel();
    Vpc shared = vpc(m, "SharedVpc", a);
    Vpc analytics = vpc(m, "AnalyticsVpc", b);
    m.peering("SharedToAnalytics", shared, analytics);
    assertThat(tester.run(m.network())).hasSize(flagged ? 1 : 0);
  }

  /** An IPv6 range comes with a distinct IPv4 primary, so only the IPv6 ranges can overlap. */
  private static Vpc vpc(TestModel m, String name, String cidr) {
    Cidr c = Cidr.of(cidr);
    if (c.family() == Cidr.Family.IPV4) return m.vpc(name, cidr);
    String primary = name.equals("SharedVpc") ? "172.16.0.0/16" : "172.17.0.0/16";
    return m.vpc(name, cidr(primary), Value.known(c));
  }

  @Test
  void peeringMessageNamesBothVpcsTheirRangesAndThePeering() {
    TestModel m = new TestModel();
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
    TestModel m = new TestModel();
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
    TestModel m = new TestModel();
    Vpc a = m.vpc("A", "10.0.0.0/16");
    m.block("ASecondary", a, "10.1.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/8");
    m.peering("AToB", a, b);

    assertThat(tester.run(m.network())).singleElement().extracting(Finding::message)
        .asString().startsWith("VPC 'A' (10.0.0.0/16, 10.1.0.0/16) overlaps VPC 'B' (10.0.0.0/8)");
  }

  @Test
  void unknownCidrsStaySilent() {
    TestModel m = new TestModel();
    Vpc a = m.vpc("A", unknownCidr(), Value.absent());
    Vpc b = m.vpc("B", "10.0.0.0/16");
    m.block("BSecondary", ref(b), unknownCidr(), "AWS::EC2::VPCCidrBlock");
    m.peering("AToB", a, b);
    m.peering("BToUnknown", ref(b), Ref.unknown("Fn::ImportValue 'peer-vpc' has no export"));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void peeringIsNotTransitive() {
    TestModel m = new TestModel();
    Vpc hub = m.vpc("Hub", "10.0.0.0/16");
    Vpc left = m.vpc("Left", "10.1.0.0/16");
    Vpc right = m.vpc("Right", "10.1.0.0/16");
    m.peering("HubLeft", hub, left);
    m.peering("HubRight", hub, right);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void linksVpcsAcrossFilesByAwsId() {
    TestModel network = new TestModel("network.tfplan.json");
    network.vpcWithId("aws_vpc.shared", "10.20.0.0/16", "vpc-0a1b2c3d");
    TestModel peering = new TestModel("peering.tfplan.json");
    Vpc analytics = peering.vpc("aws_vpc.analytics", "10.20.0.0/20");
    peering.peering("aws_vpc_peering_connection.to_shared", ref(analytics),
        Ref.toAwsId("vpc-0a1b2c3d"));

    List<Finding> findings = tester.run(network.include(peering).network());

    assertThat(findings).singleElement().extracting(Finding::message).asString()
        .contains("VPC 'aws_vpc.shared' (10.20.0.0/16) overlaps VPC 'aws_vpc.analytics'"
            + " (10.20.0.0/20)");
  }

  @Test
  void transitGatewayDefaultTablesConnectEveryAttachment() {
    TestModel m = new TestModel();
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
    TestModel m = new TestModel();
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
    TestModel m = new TestModel();
    TransitGateway tgw = m.tgw("Tgw", flag(gwAssoc), flag(gwProp));
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
    TestModel m = new TestModel();
    TransitGateway tgw = m.tgw("Tgw", Value.known(false), Value.known(false));
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    TgwVpcAttachment attA = m.attach("AttachA", tgw, a);
    TgwVpcAttachment attB = m.attach("AttachB", tgw, b);
    TgwRouteTable rtA = m.routeTable("RtA", tgw);
    TgwRouteTable rtB = m.routeTable("RtB", tgw);
    m.associate("AssocA", rtA, attA);
    m.propagate("PropA", rtA, attA);
    m.associate("AssocB", rtB, attB);
    m.propagate("PropB", rtB, attB);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void sharedCustomRouteTableWithPropagationConnects() {
    TestModel m = new TestModel();
    TransitGateway tgw = m.tgw("Tgw", Value.known(false), Value.known(false));
    Vpc hub = m.vpc("Hub", "10.0.0.0/16");
    Vpc spoke = m.vpc("Spoke", "10.0.0.0/24");
    TgwVpcAttachment attHub = m.attach("AttachHub", tgw, hub);
    TgwVpcAttachment attSpoke = m.attach("AttachSpoke", tgw, spoke);
    TgwRouteTable rt = m.routeTable("SharedRt", tgw);
    m.associate("AssocHub", rt, attHub);
    m.associate("AssocSpoke", rt, attSpoke);
    m.propagate("PropSpoke", rt, attSpoke);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("connected through transit gateway 'Tgw' (route table"
          + " 'SharedRt')");
      assertThat(f.related()).hasSize(3);
    });
  }

  @Test
  void isolatedSpokesThatPropagateIntoOneHubTableCollideThere() {
    TestModel m = new TestModel();
    TransitGateway tgw = m.tgw("Tgw", Value.known(false), Value.known(false));
    TgwVpcAttachment hub = m.attach("AttachHub", tgw, m.vpc("Hub", "10.0.0.0/16"));
    TgwVpcAttachment left = m.attach("AttachLeft", tgw, m.vpc("Left", "10.10.0.0/16"));
    TgwVpcAttachment right = m.attach("AttachRight", tgw, m.vpc("Right", "10.10.0.0/16"));
    TgwRouteTable hubRt = m.routeTable("HubRt", tgw);
    TgwRouteTable spokeRt = m.routeTable("SpokeRt", tgw);
    m.associate("AssocHub", hubRt, hub);
    m.propagate("PropLeft", hubRt, left);
    m.propagate("PropRight", hubRt, right);
    m.associate("AssocLeft", spokeRt, left);
    m.associate("AssocRight", spokeRt, right);
    m.propagate("PropHub", spokeRt, hub);

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
    TestModel m = new TestModel();
    TransitGateway tgw = m.tgw("Tgw", Value.known(false), Value.known(false));
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    TgwRouteTable rt = m.routeTable("Rt", tgw);
    m.associate("AssocA", rt, m.attach("AttachA", tgw, a));
    m.associate("AssocB", rt, m.attach("AttachB", tgw, b));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void explicitAssociationReplacesTheDefaultOne() {
    TestModel m = new TestModel();
    TransitGateway tgw = m.tgw("Tgw", Value.known(true), Value.known(false));
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    TgwVpcAttachment attA = m.attach("AttachA", tgw, a);
    m.attach("AttachB", tgw, b);
    m.associate("AssocA", m.routeTable("IsolatedRt", tgw), attA);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void unknownAssociationStopsDefaultAssociationOnThatGateway() {
    TestModel m = new TestModel();
    TransitGateway tgw = m.tgw("Tgw", Value.known(true), Value.known(false));
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    TgwRouteTable rt = m.routeTable("Rt", tgw);
    m.propagate("PropA", rt, m.attach("AttachA", tgw, a));
    m.attach("AttachB", tgw, b);
    m.associate("AssocSomething", ref(rt), Ref.unknown("Fn::ImportValue 'attachment-id'"));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void defaultTableNamedThroughTheGatewayIsTheDefaultTable() {
    TestModel m = new TestModel();
    TransitGateway tgw = m.tgw("Tgw", Value.known(false), Value.known(true));
    Vpc a = m.vpc("A", "10.0.0.0/16");
    Vpc b = m.vpc("B", "10.0.0.0/16");
    TgwVpcAttachment attA = m.attach("AttachA", tgw, a);
    m.attach("AttachB", tgw, b);
    m.associate("AssocA", ref(tgw), ref(attA));

    assertThat(tester.run(m.network())).singleElement().extracting(Finding::message).asString()
        .contains("(default route table)");
  }

  @Test
  void routeTableOutsideTheInputsIsNamedByItsId() {
    TestModel m = new TestModel("plan.tfplan.json");
    TransitGateway tgw = m.tgw("aws_ec2_transit_gateway.main", Value.known(false),
        Value.known(false));
    TgwVpcAttachment a = m.attach("a", tgw, m.vpc("aws_vpc.a", "10.0.0.0/16"));
    TgwVpcAttachment b = m.attach("b", tgw, m.vpc("aws_vpc.b", "10.0.0.0/16"));
    m.propagate("prop_a", Ref.toAwsId("tgw-rtb-0abc"), ref(a));
    m.propagate("prop_b", Ref.toAwsId("tgw-rtb-0abc"), ref(b));

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("through transit gateway 'aws_ec2_transit_gateway.main'"
          + " (route table 'tgw-rtb-0abc'); both propagate into that route table");
      assertThat(f.related()).hasSize(2);
    });
  }

  @Test
  void sameNamedGatewaysInTwoFilesStayApart() {
    TestModel one = new TestModel("one.cfn.yaml");
    TransitGateway tgwOne = one.tgw("Tgw");
    one.attach("AttachA", tgwOne, one.vpc("A", "10.0.0.0/16"));
    one.attach("AttachB", tgwOne, one.vpc("B", "10.0.0.0/16"));
    TestModel two = new TestModel("two.cfn.yaml");
    TransitGateway tgwTwo = two.tgw("Tgw");
    two.attach("AttachC", tgwTwo, two.vpc("C", "10.0.0.0/16"));

    assertThat(tester.run(one.include(two).network())).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("VPC 'A' (10.0.0.0/16) overlaps VPC 'B'"));
  }

  @Test
  void transitGatewayIgnoresIpv6() {
    TestModel m = new TestModel();
    TransitGateway tgw = m.tgw("Tgw");
    Vpc a = m.vpc("A", cidr("10.0.0.0/16"), cidr("2600:1f14::/56"));
    Vpc b = m.vpc("B", cidr("10.1.0.0/16"), cidr("2600:1f14::/56"));
    m.attach("AttachA", tgw, a);
    m.attach("AttachB", tgw, b);

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void peeringAndTransitGatewayMakeOneFinding() {
    TestModel m = new TestModel();
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
  @Timeout(10)
  void sweepsTheTransitGatewayQuotaOfAttachments() {
    TestModel m = new TestModel();
    TransitGateway tgw = m.tgw("Tgw");
    for (int i = 0; i < 5_000; i++) {
      m.attach("Attach" + i, tgw, m.vpc("Vpc" + i, "10." + (i / 256) + "." + (i % 256) + ".0/24"));
    }
    m.attach("AttachLast", tgw, m.vpc("Overlapping", "10.19.132.0/22"));

    assertThat(tester.run(m.network())).hasSize(4);
  }

  @Test
  void vpnStaticRouteOverlappingTheVgwVpc() {
    TestModel m = new TestModel();
    Vpc vpc = m.vpc("AppVpc", "10.20.0.0/16");
    VpnGateway vgw = m.vgw("Vgw", null);
    m.attachGateway("VgwAttachment", vgw, vpc);
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
    TestModel m = new TestModel();
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
    TestModel m = new TestModel();
    Vpc vpc = m.vpc("AppVpc", "10.20.0.0/16");
    VpnGateway vgw = m.vgw("Vgw", vpc);
    VpnConnection vpn = m.vpn("SiteVpn", m.cgw("Cgw", "203.0.113.10"), vgw, cidr("0.0.0.0/0"));
    m.vpnRoute("DefaultRoute", vpn, "0.0.0.0/0");

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void cloudHubSitesWithOverlappingRanges() {
    TestModel m = new TestModel();
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
    TestModel m = new TestModel();
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
    TestModel m = new TestModel();
    TransitGateway tgw = m.tgw("Tgw");
    m.vpnRoute("EastRoute", m.vpn("EastVpn", m.cgw("EastCgw", "203.0.113.10"), tgw,
        Value.absent()), "192.168.0.0/16");
    m.vpnRoute("WestRoute", m.vpn("WestVpn", m.cgw("WestCgw", "198.51.100.20"), tgw,
        Value.absent()), "192.168.128.0/20");

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void unknownVpnRangesStaySilent() {
    TestModel m = new TestModel();
    Vpc vpc = m.vpc("AppVpc", "10.20.0.0/16");
    VpnGateway vgw = m.vgw("Vgw", vpc);
    VpnConnection vpn = m.vpn("SiteVpn", m.cgw("Cgw", "203.0.113.10"), vgw, unknownCidr());
    m.add(new VpnConnectionRoute(m.meta("UnknownRoute", "AWS::EC2::VPNConnectionRoute"),
        ref(vpn), Value.unknown("parameter 'OnPremCidr' has no default")));

    assertThat(tester.run(m.network())).isEmpty();
  }
}
