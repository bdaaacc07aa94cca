package io.netlint.rules.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.RouteTable;
import io.netlint.model.Subnet;
import io.netlint.model.Vpc;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.RuleTester;
import io.netlint.testing.TestNetworks;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TransitVpcPatternTest {

  private final RuleTester tester = RuleTester.of(new TransitVpcPattern());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("transit-vpc-pattern");
  }

  /** A hub VPC with two VPN appliances and a route table, and two spoke VPCs. */
  private static final class HubAndSpokes {
    final TestNetworks m = new TestNetworks();
    final Vpc hub = m.vpc("Hub", "10.0.0.0/16");
    final Subnet hubA = m.subnet("HubA", hub, "eu-west-1a");
    final Subnet hubB = m.subnet("HubB", hub, "eu-west-1b");
    final RouteTable hubTable = m.table("HubTable", hub);
    final Instance csr1 = m.instance("Csr1", hubA, false);
    final Instance csr2 = m.instance("Csr2", hubB, false);
    final Vpc spokeA = m.vpc("SpokeA", "10.1.0.0/16");
    final Vpc spokeB = m.vpc("SpokeB", "10.2.0.0/16");
  }

  @Test
  void flagsAHubWhoseAppliancesRouteToTwoSpokesWithVpnGateways() {
    HubAndSpokes h = new HubAndSpokes();
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    h.m.attachedVgw("SpokeBVgw", h.spokeB);
    h.m.route("ToSpokeA", h.hubTable, "10.1.0.0/16", h.csr1);
    h.m.route("ToSpokeB", h.hubTable, "10.2.0.0/16", h.csr2);

    List<Finding> findings = tester.run(h.m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location().resource()).isEqualTo("Hub");
      assertThat(f.message()).isEqualTo("VPC 'Hub' looks like a transit VPC: its appliances,"
          + " instances 'Csr1', 'Csr2', route traffic for 2 other VPCs, each with a VPN gateway"
          + " of its own: 'SpokeA' (10.1.0.0/16, virtual private gateway 'SpokeAVgw'); 'SpokeB'"
          + " (10.2.0.0/16, virtual private gateway 'SpokeBVgw'). A transit"
          + " gateway now does this as a managed, highly available regional router, without"
          + " appliances to run, scale and fail over; consider attaching the spokes to one");
      assertThat(f.related()).extracting(s -> s.resource())
          .containsExactly("Csr1", "Csr2", "SpokeA", "SpokeAVgw", "SpokeB", "SpokeBVgw");
    });
  }

  @Test
  void acceptsASpokeWhoseVpnGatewayIsAnApplianceOfItsOwn() {
    HubAndSpokes h = new HubAndSpokes();
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    RouteTable spokeBTable = h.m.table("SpokeBTable", h.spokeB);
    Instance spokeRouter = h.m.instance("SpokeBRouter", h.m.subnet("SpokeBA", h.spokeB,
        "eu-west-1a"), false);
    h.m.route("SpokeBToHub", spokeBTable, "10.0.0.0/16", spokeRouter);
    h.m.route("ToSpokeA", h.hubTable, "10.1.0.0/16", h.csr1);
    h.m.route("ToSpokeB", h.hubTable, "10.2.0.0/16", h.csr1);

    assertThat(tester.run(h.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .contains("its appliance, instance 'Csr1', routes traffic for 2 other VPCs")
        .contains("'SpokeB' (10.2.0.0/16, appliance 'SpokeBRouter')."));
  }

  @Test
  void countsAVirtualPrivateGatewayOutsideTheInputsByItsId() {
    HubAndSpokes h = new HubAndSpokes();
    h.m.attachGateway("SpokeAAttach", TestNetworks.to(h.spokeA), Ref.toAwsId("vgw-0aaa"));
    h.m.attachGateway("SpokeBAttach", TestNetworks.to(h.spokeB), Ref.toAwsId("vgw-0bbb"));
    h.m.route("ToSpokeA", h.hubTable, "10.1.0.0/16", h.csr1);
    h.m.route("ToSpokeB", h.hubTable, "10.2.0.0/16", h.csr1);

    assertThat(tester.run(h.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .contains("'SpokeA' (10.1.0.0/16, virtual private gateway 'vgw-0aaa')"));
  }

  @Test
  void needsTwoSpokes() {
    HubAndSpokes h = new HubAndSpokes();
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    h.m.route("ToSpokeA", h.hubTable, "10.1.0.0/16", h.csr1);

    assertThat(tester.run(h.m.network())).isEmpty();
  }

  @Test
  void needsTheSpokeToHaveAVpnGateway() {
    HubAndSpokes h = new HubAndSpokes();
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    h.m.route("ToSpokeA", h.hubTable, "10.1.0.0/16", h.csr1);
    h.m.route("ToSpokeB", h.hubTable, "10.2.0.0/16", h.csr1);

    assertThat(tester.run(h.m.network())).isEmpty();
  }

  @Test
  void findsEverySpokeWhoseRangeHoldsTheRouteAmongManyVpcs() {
    HubAndSpokes h = new HubAndSpokes();
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    h.m.attachedVgw("SpokeBVgw", h.spokeB);
    // Ranges of several lengths, nested, repeated by two VPCs, held as a secondary block, IPv6.
    List<Vpc> vpcs = new ArrayList<>(List.of(h.spokeA, h.spokeB));
    for (int i = 0; i < 40; i++) {
      int len = 12 + 4 * (i % 4);
      String cidr = Cidr.parse("10." + (16 + i % 8) + "." + (i % 3) * 16 + ".0/" + len)
          .orElseThrow().canonical();
      Vpc v = h.m.vpc("Vpc" + i, i % 5 == 4 ? "192.168." + i + ".0/24" : cidr);
      if (i % 5 == 4) h.m.block("Vpc" + i + "Block", v, cidr);
      h.m.attachedVgw("Vpc" + i + "Vgw", v);
      vpcs.add(v);
    }
    Vpc v6 = h.m.vpc("Vpc6", TestNetworks.cidr("10.99.0.0/16"),
        TestNetworks.cidr("2001:db8:1200::/40"));
    h.m.attachedVgw("Vpc6Vgw", v6);
    vpcs.add(v6);
    List<String> destinations = List.of("10.1.0.0/16", "10.16.0.0/24", "10.17.16.0/20",
        "10.18.32.5/32", "10.20.0.0/14", "10.23.0.0/16", "2001:db8:1234::/48", "10.2.3.0/24");
    for (int i = 0; i < destinations.size(); i++) {
      h.m.route("Route" + i, h.hubTable, destinations.get(i), i % 2 == 0 ? h.csr1 : h.csr2);
    }
    Network network = h.m.network();
    // The expected spokes by a pass over every VPC, as the definition reads.
    List<String> expected = new ArrayList<>();
    for (Vpc v : vpcs) {
      boolean holds = destinations.stream().map(Cidr::of).anyMatch(d ->
          network.knownCidrsOf(v).stream().anyMatch(c -> c.contains(d)));
      if (holds) expected.add(v.source().resource());
    }
    assertThat(expected).hasSizeGreaterThan(5).contains("SpokeA", "SpokeB", "Vpc6");

    assertThat(tester.run(network)).singleElement().satisfies(f -> assertThat(f.related())
        .extracting(s -> s.resource())
        .filteredOn(r -> !r.endsWith("Vgw") && !r.startsWith("Csr"))
        .containsExactlyInAnyOrderElementsOf(expected));
  }

  @Test
  void ignoresRoutesWiderThanTheSpoke() {
    HubAndSpokes h = new HubAndSpokes();
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    h.m.attachedVgw("SpokeBVgw", h.spokeB);
    // A summary or default route through an appliance does not single out a spoke.
    h.m.route("ToPrivate", h.hubTable, "10.0.0.0/8", h.csr1);
    h.m.route("Default", h.hubTable, "0.0.0.0/0", h.csr2);

    assertThat(tester.run(h.m.network())).isEmpty();
  }

  @Test
  void countsARouteToPartOfASpoke() {
    HubAndSpokes h = new HubAndSpokes();
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    h.m.attachedVgw("SpokeBVgw", h.spokeB);
    h.m.route("ToSpokeAApps", h.hubTable, "10.1.8.0/21", h.csr1);
    h.m.route("ToSpokeB", h.hubTable, "10.2.0.0/16", h.csr1);

    assertThat(tester.run(h.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .contains("'SpokeA' (10.1.8.0/21, virtual"));
  }

  @Test
  void leavesOutSpokesJoinedToTheHubByPeering() {
    HubAndSpokes h = new HubAndSpokes();
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    h.m.attachedVgw("SpokeBVgw", h.spokeB);
    h.m.peering("HubToSpokeB", h.hub, h.spokeB);
    h.m.route("ToSpokeA", h.hubTable, "10.1.0.0/16", h.csr1);
    h.m.route("ToSpokeB", h.hubTable, "10.2.0.0/16", h.csr1);

    // The appliance may be an inspection hop in front of the peering.
    assertThat(tester.run(h.m.network())).isEmpty();
  }

  @Test
  void leavesOutSpokesOnTheHubsTransitGateway() {
    HubAndSpokes h = new HubAndSpokes();
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    h.m.attachedVgw("SpokeBVgw", h.spokeB);
    h.m.transitGateway("Tgw", h.hub, h.spokeA, h.spokeB);
    h.m.route("ToSpokeA", h.hubTable, "10.1.0.0/16", h.csr1);
    h.m.route("ToSpokeB", h.hubTable, "10.2.0.0/16", h.csr1);

    assertThat(tester.run(h.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheSpokeRangeIsUnknown() {
    HubAndSpokes h = new HubAndSpokes();
    Vpc spokeC = h.m.vpc("SpokeC", null);
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    h.m.attachedVgw("SpokeCVgw", spokeC);
    h.m.route("ToSpokeA", h.hubTable, "10.1.0.0/16", h.csr1);
    h.m.route("ToSpokeC", h.hubTable, "10.3.0.0/16", h.csr1);

    assertThat(tester.run(h.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheRouteDestinationIsUnknown() {
    HubAndSpokes h = new HubAndSpokes();
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    h.m.attachedVgw("SpokeBVgw", h.spokeB);
    h.m.route("ToSpokeA", h.hubTable, "10.1.0.0/16", h.csr1);
    h.m.route("ToSomewhere", h.hubTable, null, h.csr1);

    assertThat(tester.run(h.m.network())).isEmpty();
  }

  @Test
  void ignoresAVpcWhoseInstancesAreNotRouteTargets() {
    HubAndSpokes h = new HubAndSpokes();
    // The AWS Transit VPC solution: VPN connections are made at runtime, no route shows them.
    h.m.attachedVgw("SpokeAVgw", h.spokeA);
    h.m.attachedVgw("SpokeBVgw", h.spokeB);

    assertThat(tester.run(h.m.network())).isEmpty();
  }
}
