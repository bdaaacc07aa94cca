package io.netlint.rules.vpc;

import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Ref;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
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

class OneSidedPeeringTest {

  private final RuleTester tester = RuleTester.of(new OneSidedPeering());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("one-sided-peering");
  }

  /** App (10.10.0.0/16) peered with Shared (10.20.0.0/16), one route table on each side. */
  private static final class Pair {
    final TestNetworks m = new TestNetworks("net.cfn.yaml");
    final Vpc app = m.vpc("AppVpc", "10.10.0.0/16");
    final Vpc shared = m.vpc("SharedVpc", "10.20.0.0/16");
    final VpcPeering peering = m.peering("AppToShared", app, shared);
    final RouteTable appRoutes = m.table("AppRoutes", app);
    final RouteTable sharedRoutes = m.table("SharedRoutes", shared);
  }

  @Test
  void acceptsRoutesOnBothSides() {
    Pair p = new Pair();
    p.m.route("AppToSharedRoute", p.appRoutes, "10.20.0.0/16", p.peering);
    p.m.route("SharedToAppRoute", p.sharedRoutes, "10.10.0.0/16", p.peering);
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void flagsTheSideWithoutRoutesNamingTheOthersTables() {
    Pair p = new Pair();
    p.m.route("AppToSharedRoute", p.appRoutes, "10.20.0.0/16", p.peering);

    List<Finding> findings = tester.run(p.m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().resource()).isEqualTo("AppToShared");
      assertThat(f.message()).isEqualTo("Peering 'AppToShared' joins VPC 'AppVpc' (10.10.0.0/16)"
          + " and VPC 'SharedVpc' (10.20.0.0/16), but no route table of VPC 'SharedVpc' (route"
          + " table 'SharedRoutes') routes to VPC 'AppVpc' through it, while VPC 'AppVpc' does"
          + " (route table 'AppRoutes'): traffic from VPC 'AppVpc' reaches VPC 'SharedVpc', but"
          + " the replies cannot return. Add routes for the CIDRs of VPC 'AppVpc', with the"
          + " peering as target, to the route tables of VPC 'SharedVpc'");
      assertThat(f.related()).extracting(s -> s.resource())
          .containsExactly("SharedVpc", "AppToSharedRoute", "AppVpc");
    });
  }

  @Test
  void flagsAPeeringWithRoutesOnNeitherSide() {
    Pair p = new Pair();
    assertThat(tester.run(p.m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("Peering 'AppToShared' joins VPC 'AppVpc'"
            + " (10.10.0.0/16) and VPC 'SharedVpc' (10.20.0.0/16), but no route table of either"
            + " VPC routes through it"));
  }

  @Test
  void staysSilentWhenTheOtherSideHasNoRouteTableAmongTheInputs() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc app = m.vpc("AppVpc", "10.10.0.0/16");
    Vpc shared = m.vpc("SharedVpc", "10.20.0.0/16");
    VpcPeering peering = m.peering("AppToShared", app, shared);
    m.route("AppToSharedRoute", m.table("AppRoutes", app), "10.20.0.0/16", peering);
    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheOtherVpcIsNotAmongTheInputs() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc app = m.vpc("AppVpc", "10.10.0.0/16");
    VpcPeering known = m.peering("ToExisting", to(app), Ref.toAwsId("vpc-0abc"));
    VpcPeering unknown = m.peering("ToParameter", to(app), Ref.unknown("parameter"));
    RouteTable routes = m.table("AppRoutes", app);
    m.route("ToExistingRoute", routes, "10.30.0.0/16", known);
    m.route("ToParameterRoute", routes, "10.40.0.0/16", unknown);
    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenASubnetOfTheOtherSideUsesATableNotAmongTheInputs() {
    Pair p = new Pair();
    p.m.route("AppToSharedRoute", p.appRoutes, "10.20.0.0/16", p.peering);
    p.m.subnet("SharedOnMainTable", p.shared, "eu-west-1a");
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void subnetsAssociatedWithTheSidesTablesDoNotHideIt() {
    Pair p = new Pair();
    p.m.route("AppToSharedRoute", p.appRoutes, "10.20.0.0/16", p.peering);
    p.m.associate("SharedSubnetRoutes", p.sharedRoutes,
        p.m.subnet("SharedSubnet", p.shared, "eu-west-1a"));
    assertThat(tester.run(p.m.network())).hasSize(1);
  }

  @Test
  void aMainTableAmongTheInputsShowsTheUnassociatedSubnetsRoutes() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc app = m.vpc("AppVpc", "10.10.0.0/16");
    Vpc shared = m.vpc("SharedVpc", "10.20.0.0/16");
    VpcPeering peering = m.peering("AppToShared", app, shared);
    m.route("AppToSharedRoute", m.table("AppRoutes", app), "10.20.0.0/16", peering);
    m.defaultRouteTable("SharedMain", shared);
    m.subnet("SharedSubnet", shared, "eu-west-1a");
    assertThat(tester.run(m.network())).hasSize(1);
  }

  @Test
  void staysSilentWhenTheOtherSideRoutesThroughAnUnidentifiedPeering() {
    Pair p = new Pair();
    p.m.route("AppToSharedRoute", p.appRoutes, "10.20.0.0/16", p.peering);
    p.m.route("SharedToSomePeering", to(p.sharedRoutes), "10.10.0.0/16",
        RouteTarget.Kind.VPC_PEERING, Ref.unknown("parameter"));
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAnyRouteOfAnUnknownTableTargetsAPeering() {
    Pair p = new Pair();
    p.m.route("AppToSharedRoute", p.appRoutes, "10.20.0.0/16", p.peering);
    p.m.route("ImportedTableRoute", Ref.unknown("Fn::ImportValue"), "10.10.0.0/16",
        RouteTarget.Kind.VPC_PEERING, to(p.peering));
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenATargetOfUnknownKindMayBeThePeering() {
    Pair p = new Pair();
    p.m.route("AppToSharedRoute", p.appRoutes, "10.20.0.0/16", p.peering);
    p.m.route("EitherTarget", to(p.sharedRoutes), "10.10.0.0/16", RouteTarget.Kind.UNKNOWN,
        Ref.unknown("the route sets several targets"));
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void aTargetThatCannotBeAPeeringDoesNotHideTheMissingSide() {
    Pair p = new Pair();
    p.m.route("AppToSharedRoute", p.appRoutes, "10.20.0.0/16", p.peering);
    p.m.route("SharedToLegacy", to(p.sharedRoutes), "10.90.0.0/16", RouteTarget.Kind.UNKNOWN,
        Ref.toAwsId("igw-0abc"));
    assertThat(tester.run(p.m.network())).hasSize(1);
  }

  @Test
  void staysSilentWhenThePeeringIsHandedToANestedStack() {
    Pair p = new Pair();
    p.m.route("AppToSharedRoute", p.appRoutes, "10.20.0.0/16", p.peering);
    p.m.passedOut("RoutesStack/Parameters/PeeringId", p.peering, "Routes");
    assertThat(tester.run(p.m.network())).isEmpty();
  }

  @Test
  void flagsAWideRouteThatCoversThePeerAndMore() {
    Pair p = new Pair();
    p.m.route("AppSummary", p.appRoutes, "10.0.0.0/8", p.peering);
    p.m.route("SharedToAppRoute", p.sharedRoutes, "10.10.0.0/16", p.peering);

    assertThat(tester.run(p.m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("AppSummary");
      assertThat(f.message()).isEqualTo("Route 'AppSummary' in route table 'AppRoutes' (VPC"
          + " 'AppVpc') sends 10.0.0.0/8 through peering 'AppToShared', but VPC 'SharedVpc' at"
          + " the other end holds only 10.20.0.0/16 of it; peering is not transitive and has no"
          + " edge-to-edge routing (the peer's internet, NAT or VPN gateways cannot be used"
          + " through it), so traffic for the rest of 10.0.0.0/8 is dropped. Route only the"
          + " peer's CIDRs through the peering");
    });
  }

  @Test
  void leavesRoutesWithNoAddressInThePeerToNet401() {
    Pair p = new Pair();
    p.m.route("AppToOffice", p.appRoutes, "192.168.0.0/16", p.peering);
    p.m.route("SharedToAppRoute", p.sharedRoutes, "10.10.0.0/16", p.peering);
    assertThat(tester.run(p.m.network())).isEmpty();
  }
}
