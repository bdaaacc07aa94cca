package io.netlint.rules.vpc;

import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Ref;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcPeering;
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

class TransitivePeeringRouteTest {

  private final RuleTester tester = RuleTester.of(new TransitivePeeringRoute());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("transitive-peering-route");
  }

  /** App (10.10.0.0/16) peered with Shared (10.20.0.0/16), one route table on the app side. */
  private static final class Pair {
    final TestNetworks m = new TestNetworks("net.cfn.yaml");
    final Vpc app = m.vpc("AppVpc", "10.10.0.0/16");
    final Vpc shared = m.vpc("SharedVpc", "10.20.0.0/16");
    final VpcPeering peering = m.peering("AppToShared", app, shared);
    final RouteTable appRoutes = m.table("AppRoutes", app);
  }

  @ParameterizedTest(name = "{0} through the peering: {1}")
  @CsvSource({
      "10.20.0.0/16,   false",
      "10.20.4.0/24,   false",
      "10.30.0.0/16,   true",
      "192.168.0.0/16, true",
      "10.20.0.0/15,   false",
      "0.0.0.0/0,      false",
  })
  void flagsOnlyDestinationsWithNoAddressInThePeer(String destination, boolean flagged) {
    Pair p = new Pair();
    p.m.route("Route", p.appRoutes, destination, p.peering);
    assertThat(tester.run(p.m.network())).hasSize(flagged ? 1 : 0);
  }

  @Test
  void messageNamesRouteTablePeeringPeerAndItsRanges() {
    Pair p = new Pair();
    p.m.route("AppToOffice", p.appRoutes, "192.168.0.0/16", p.peering);

    List<Finding> findings = tester.run(p.m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().resource()).isEqualTo("AppToOffice");
      assertThat(f.message()).isEqualTo("Route 'AppToOffice' in route table 'AppRoutes' (VPC"
          + " 'AppVpc') sends 192.168.0.0/16 through peering 'AppToShared', but no address of it"
          + " is in VPC 'SharedVpc' at the other end (10.20.0.0/16); peering is not transitive and"
          + " has no edge-to-edge routing, so traffic for 192.168.0.0/16 is dropped");
      assertThat(f.related()).extracting(s -> s.resource())
          .containsExactly("AppToShared", "SharedVpc", "AppRoutes");
    });
  }

  @Test
  void judgesTheRouteAgainstTheOtherSideOfItsTable() {
    Pair p = new Pair();
    RouteTable sharedRoutes = p.m.table("SharedRoutes", p.shared);
    p.m.route("SharedToApp", sharedRoutes, "10.10.0.0/16", p.peering);
    p.m.route("SharedToShared", sharedRoutes, "10.30.0.0/16", p.peering);

    assertThat(tester.run(p.m.network())).singleElement()
        .satisfies(f -> assertThat(f.location().resource()).isEqualTo("SharedToShared"));
  }

  @Test
  void secondaryBlocksOfThePeerAreItsRanges() {
    Pair p = new Pair();
    p.m.block("SharedSecondary", to(p.shared), TestNetworks.cidr("10.21.0.0/16"));
    p.m.route("ToSecondary", p.appRoutes, "10.21.0.0/16", p.peering);
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void rangesThatCoverTheDestinationTogetherAreEnough() {
    Pair p = new Pair();
    p.m.block("SharedSecondary", to(p.shared), TestNetworks.cidr("10.21.0.0/16"));
    p.m.route("ToBoth", p.appRoutes, "10.20.0.0/15", p.peering);
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAPeerRangeIsUnknown() {
    Pair p = new Pair();
    p.m.block("SharedSecondary", to(p.shared), Value.unknown("allocated from an IPAM pool"));
    p.m.route("ToOther", p.appRoutes, "10.30.0.0/16", p.peering);
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenABlockOfAnUnknownVpcMayBeThePeers() {
    Pair p = new Pair();
    p.m.block("StrayBlock", Ref.unknown("Fn::ImportValue with no export"),
        TestNetworks.cidr("10.30.0.0/16"));
    p.m.route("ToStray", p.appRoutes, "10.30.0.0/16", p.peering);
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenThePeerHasNoRangeOfTheDestinationsFamily() {
    Pair p = new Pair();
    p.m.route("ToIpv6", p.appRoutes, "2600:1f14::/56", p.peering);
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheRouteTablesVpcIsUnknown() {
    Pair p = new Pair();
    RouteTable imported = p.m.table("ImportedRoutes", Ref.unknown("parameter"));
    p.m.route("Somewhere", imported, "10.30.0.0/16", p.peering);
    p.m.route("InUnknownTable", Ref.unknown("parameter"), "10.30.0.0/16",
        RouteTarget.Kind.VPC_PEERING, to(p.peering));
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenThePeeringsSidesAreUnknown() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc app = m.vpc("AppVpc", "10.10.0.0/16");
    VpcPeering peering = m.peering("AppToPartner", to(app), Ref.unknown("parameter"));
    m.route("ToPartner", m.table("AppRoutes", app), "10.30.0.0/16", peering);
    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenThePeerIsNotAmongTheInputs() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc app = m.vpc("AppVpc", "10.10.0.0/16");
    VpcPeering peering = m.peering("AppToPartner", to(app), Ref.toAwsId("vpc-0abc"));
    m.route("ToPartner", m.table("AppRoutes", app), "10.30.0.0/16", peering);
    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentForUnknownDestinationsAndTablesOfAThirdVpc() {
    Pair p = new Pair();
    p.m.route("FromParameter", p.appRoutes, null, p.peering);
    Vpc third = p.m.vpc("ThirdVpc", "10.40.0.0/16");
    p.m.route("WrongVpc", p.m.table("ThirdRoutes", third), "10.50.0.0/16", p.peering);
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void leavesADestinationInsideTheRoutesOwnVpcAlone() {
    Pair p = new Pair();
    p.m.route("OwnSubnet", p.appRoutes, "10.10.5.0/24", p.peering);
    assertThat(tester.run(p.m.network())).isEmpty();
  }
}
