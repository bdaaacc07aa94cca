package io.netlint.rules.appliance;

import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Instance;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.Subnet;
import io.netlint.model.Vpc;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.RuleTester;
import io.netlint.testing.TestNetworks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CrossAzApplianceRoutingTest {

  private final RuleTester tester = RuleTester.of(new CrossAzApplianceRouting());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("cross-az-appliance-routing");
  }

  /** Public and private subnets in zones a and b, a NAT instance in each public subnet. */
  private static final class TwoZones {
    final TestNetworks m = new TestNetworks();
    final Vpc vpc = m.vpc("Vpc", "10.0.0.0/16");
    final Subnet publicA = m.subnet("PublicA", vpc, "eu-west-1a");
    final Subnet publicB = m.subnet("PublicB", vpc, "eu-west-1b");
    final Subnet privateA = m.subnet("PrivateA", vpc, "eu-west-1a");
    final Subnet privateB = m.subnet("PrivateB", vpc, "eu-west-1b");
    final RouteTable tableA = m.table("TableA", vpc);
    final RouteTable tableB = m.table("TableB", vpc);
    final Instance natA = m.instance("NatA", publicA, false);
    final Instance natB = m.instance("NatB", publicB, false);

    TwoZones() {
      m.associate(tableA, privateA);
      m.associate(tableB, privateB);
    }
  }

  @Test
  void flagsASubnetRoutedThroughTheOtherZonesApplianceWhileItsOwnServesTheDestination() {
    TwoZones z = new TwoZones();
    z.m.route("DefaultA", z.tableA, "0.0.0.0/0", z.natA);
    z.m.route("DefaultB", z.tableB, "0.0.0.0/0", z.natA);
    RouteTable spare = z.m.table("Spare", z.vpc);
    z.m.route("SpareDefault", spare, "0.0.0.0/0", z.natB);

    List<Finding> findings = tester.run(z.m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().resource()).isEqualTo("DefaultB");
      assertThat(f.message()).isEqualTo("Subnet 'PrivateB' (in zone eu-west-1b) routes"
          + " 0.0.0.0/0 through instance 'NatA' in zone eu-west-1a (route 'DefaultB' of route"
          + " table 'TableB'), although instance 'NatB' in zone eu-west-1b also serves 0.0.0.0/0;"
          + " the traffic crosses zones and stops if zone eu-west-1a fails. Route that subnet"
          + " through the appliance in its own zone");
      assertThat(f.related()).extracting(s -> s.resource())
          .containsExactly("TableB", "PrivateB", "NatA", "NatB");
    });
  }

  @Test
  void flagsAnIdleForwarderInTheSubnetsZone() {
    TwoZones z = new TwoZones();
    z.m.route("DefaultA", z.tableA, "0.0.0.0/0", z.natA);
    z.m.route("DefaultB", z.tableB, "0.0.0.0/0", z.natA);

    assertThat(tester.run(z.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .contains("although instance 'NatB' in zone eu-west-1b forwards traffic"
            + " (source/destination check disabled) and no route among the inputs uses it;"));
  }

  @Test
  void acceptsEachZoneRoutedThroughItsOwnAppliance() {
    TwoZones z = new TwoZones();
    z.m.route("DefaultA", z.tableA, "0.0.0.0/0", z.natA);
    z.m.route("DefaultB", z.tableB, "0.0.0.0/0", z.natB);

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void leavesASingleApplianceToNet301() {
    TestNetworks m = new TestNetworks();
    Vpc vpc = m.vpc("Vpc", "10.0.0.0/16");
    Subnet publicA = m.subnet("PublicA", vpc, "eu-west-1a");
    Subnet privateB = m.subnet("PrivateB", vpc, "eu-west-1b");
    RouteTable table = m.table("Table", vpc);
    m.associate(table, privateB);
    m.route("Default", table, "0.0.0.0/0", m.instance("Nat", publicA, false));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void flagsAZoneWithoutItsOwnApplianceWhenAppliancesRunInSeveralZones() {
    TwoZones z = new TwoZones();
    Subnet privateC = z.m.subnet("PrivateC", z.vpc, "eu-west-1c");
    RouteTable tableC = z.m.table("TableC", z.vpc);
    z.m.associate(tableC, privateC);
    z.m.route("DefaultA", z.tableA, "0.0.0.0/0", z.natA);
    z.m.route("DefaultB", z.tableB, "0.0.0.0/0", z.natB);
    z.m.route("DefaultC", tableC, "0.0.0.0/0", z.natA);

    assertThat(tester.run(z.m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("DefaultC");
      assertThat(f.message()).isEqualTo("Subnet 'PrivateC' (in zone eu-west-1c) routes"
          + " 0.0.0.0/0 through instance 'NatA' in zone eu-west-1a (route 'DefaultC' of route"
          + " table 'TableC'); the appliances for 0.0.0.0/0 run in zone eu-west-1a and zone"
          + " eu-west-1b, but none in zone eu-west-1c, so that subnet depends on another zone."
          + " Run an appliance in zone eu-west-1c and route the subnet through it");
    });
  }

  @Test
  void staysSilentOnAZoneWithoutApplianceWhenAnotherTargetIsNotAmongTheInputs() {
    TwoZones z = new TwoZones();
    Subnet privateC = z.m.subnet("PrivateC", z.vpc, "eu-west-1c");
    RouteTable tableC = z.m.table("TableC", z.vpc);
    z.m.associate(tableC, privateC);
    z.m.route("DefaultA", z.tableA, "0.0.0.0/0", z.natA);
    z.m.route("DefaultB", z.tableB, "0.0.0.0/0", z.natB);
    z.m.route("DefaultC", tableC, "0.0.0.0/0", z.natA);
    RouteTable other = z.m.table("Other", z.vpc);
    z.m.route("Elsewhere", to(other), "0.0.0.0/0", RouteTarget.Kind.INSTANCE,
        Ref.toAwsId("i-0123456789abcdef0"));

    // The instance outside the inputs may run in zone c.
    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void staysSilentOnAZoneWithoutApplianceWhenARouteDestinationIsUnknown() {
    TwoZones z = new TwoZones();
    Subnet privateC = z.m.subnet("PrivateC", z.vpc, "eu-west-1c");
    RouteTable tableC = z.m.table("TableC", z.vpc);
    z.m.associate(tableC, privateC);
    Instance natC = z.m.instance("NatC", z.m.subnet("PublicC", z.vpc, "eu-west-1c"), false);
    z.m.route("DefaultA", z.tableA, "0.0.0.0/0", z.natA);
    z.m.route("DefaultB", z.tableB, "0.0.0.0/0", z.natB);
    z.m.route("DefaultC", tableC, "0.0.0.0/0", z.natA);
    z.m.route("Whatever", z.m.table("Other", z.vpc), null, natC);

    // NatC is routed (so not idle), but its destination may be 0.0.0.0/0.
    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheSubnetZoneIsUnknown() {
    TwoZones z = new TwoZones();
    Subnet somewhere = z.m.subnet("Somewhere", z.vpc, null);
    z.m.associate(z.tableB, somewhere);
    z.m.route("DefaultA", z.tableA, "0.0.0.0/0", z.natA);
    z.m.route("DefaultB", z.tableB, "0.0.0.0/0", z.natA);
    z.m.route("Spare", z.m.table("Spare", z.vpc), "0.0.0.0/0", z.natB);

    // PrivateB still crosses zones; the subnet of unknown zone adds nothing.
    assertThat(tester.run(z.m.network())).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("Subnet 'PrivateB' (in zone"));
  }

  @Test
  void staysSilentWhenTheApplianceZoneIsUnknown() {
    TestNetworks m = new TestNetworks();
    Vpc vpc = m.vpc("Vpc", "10.0.0.0/16");
    Subnet privateB = m.subnet("PrivateB", vpc, "eu-west-1b");
    Subnet publicB = m.subnet("PublicB", vpc, "eu-west-1b");
    Subnet unknown = m.subnet("Unknown", vpc, null);
    RouteTable table = m.table("Table", vpc);
    m.associate(table, privateB);
    m.route("Default", table, "0.0.0.0/0", m.instance("NatX", unknown, false));
    m.route("Spare", m.table("Spare", vpc), "0.0.0.0/0", m.instance("NatB", publicB, false));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void doesNotCompareASymbolicZoneWithAZoneName() {
    TestNetworks m = new TestNetworks();
    Vpc vpc = m.vpc("Vpc", "10.0.0.0/16");
    Subnet privateB = m.subnet("PrivateB", vpc, "GetAZs('')[1]");
    RouteTable table = m.table("Table", vpc);
    m.associate(table, privateB);
    m.route("Default", table, "0.0.0.0/0",
        m.instance("NatA", m.subnet("PublicA", vpc, "eu-west-1a"), false));
    m.route("Spare", m.table("Spare", vpc), "0.0.0.0/0",
        m.instance("NatB", m.subnet("PublicB", vpc, "GetAZs('')[1]"), false));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void comparesSymbolicZonesByIndex() {
    TestNetworks m = new TestNetworks();
    Vpc vpc = m.vpc("Vpc", "10.0.0.0/16");
    Subnet privateB = m.subnet("PrivateB", vpc, "GetAZs('')[1]");
    RouteTable table = m.table("Table", vpc);
    m.associate(table, privateB);
    m.route("Default", table, "0.0.0.0/0",
        m.instance("NatA", m.subnet("PublicA", vpc, "GetAZs('')[0]"), false));
    m.route("Spare", m.table("Spare", vpc), "0.0.0.0/0",
        m.instance("NatB", m.subnet("PublicB", vpc, "GetAZs('')[1]"), false));

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Subnet 'PrivateB' (in the 2nd zone of the stack's region) routes 0.0.0.0/0"
            + " through instance 'NatA' in the 1st zone of the stack's region"));
  }

  @Test
  void countsSubnetsOfTheMainTableThatHaveNoAssociation() {
    TestNetworks m = new TestNetworks();
    Vpc vpc = m.vpc("Vpc", "10.0.0.0/16");
    Subnet publicA = m.subnet("PublicA", vpc, "eu-west-1a");
    Subnet publicB = m.subnet("PublicB", vpc, "eu-west-1b");
    Subnet privateA = m.subnet("PrivateA", vpc, "eu-west-1a");
    m.subnet("PrivateB", vpc, "eu-west-1b");
    RouteTable main = m.mainTable("Main", vpc);
    RouteTable tableA = m.table("TableA", vpc);
    m.associate(tableA, privateA, publicA);
    m.associate(m.table("Public", vpc), publicB);
    Instance natA = m.instance("NatA", publicA, false);
    Instance natB = m.instance("NatB", publicB, false);
    m.route("DefaultA", tableA, "0.0.0.0/0", natA);
    m.route("MainDefault", main, "0.0.0.0/0", natA);
    m.route("Spare", m.table("Spare", vpc), "0.0.0.0/0", natB);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("MainDefault");
      assertThat(f.message()).startsWith("Subnet 'PrivateB' (in zone eu-west-1b) routes");
    });
  }

  @Test
  void keepsSubnetsWithAnUnresolvedAssociationOffTheMainTable() {
    TestNetworks m = new TestNetworks();
    Vpc vpc = m.vpc("Vpc", "10.0.0.0/16");
    Subnet publicA = m.subnet("PublicA", vpc, "eu-west-1a");
    Subnet publicB = m.subnet("PublicB", vpc, "eu-west-1b");
    Subnet privateB = m.subnet("PrivateB", vpc, "eu-west-1b");
    RouteTable main = m.mainTable("Main", vpc);
    m.associate(m.table("Public", vpc), publicA, publicB);
    m.associate("PrivateBAssoc", Ref.unknown("imported"), to(privateB));
    m.route("MainDefault", main, "0.0.0.0/0", m.instance("NatA", publicA, false));
    m.route("Spare", m.table("Spare", vpc), "0.0.0.0/0", m.instance("NatB", publicB, false));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void leavesTheMainTableAloneWhenAnAssociationMayTakeAnySubnet() {
    TestNetworks m = new TestNetworks();
    Vpc vpc = m.vpc("Vpc", "10.0.0.0/16");
    Subnet publicA = m.subnet("PublicA", vpc, "eu-west-1a");
    Subnet publicB = m.subnet("PublicB", vpc, "eu-west-1b");
    m.subnet("PrivateB", vpc, "eu-west-1b");
    RouteTable main = m.mainTable("Main", vpc);
    RouteTable other = m.table("Other", vpc);
    m.associate(m.table("Public", vpc), publicA, publicB);
    m.associate("SomeAssoc", to(other), Ref.unknown("parameter 'SubnetId' has no default"));
    m.route("MainDefault", main, "0.0.0.0/0", m.instance("NatA", publicA, false));
    m.route("Spare", m.table("Spare", vpc), "0.0.0.0/0", m.instance("NatB", publicB, false));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void takesTheZoneOfTheInstanceThatHoldsATargetInterface() {
    TwoZones z = new TwoZones();
    NetworkInterface eniA = z.m.eni("NatAEni", z.publicA, TestNetworks.check(false), to(z.natA));
    z.m.route("DefaultA", z.tableA, "0.0.0.0/0", eniA);
    z.m.route("DefaultB", z.tableB, "0.0.0.0/0", eniA);
    z.m.route("Spare", z.m.table("Spare", z.vpc), "0.0.0.0/0", z.natB);

    assertThat(tester.run(z.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Subnet 'PrivateB' (in zone eu-west-1b) routes 0.0.0.0/0 through instance"
            + " 'NatA' in zone eu-west-1a"));
  }

  @Test
  void listsEverySubnetOfTheZoneInOneFinding() {
    TwoZones z = new TwoZones();
    Subnet dataB = z.m.subnet("DataB", z.vpc, "eu-west-1b");
    z.m.associate(z.tableB, dataB);
    z.m.route("DefaultA", z.tableA, "0.0.0.0/0", z.natA);
    z.m.route("DefaultB", z.tableB, "0.0.0.0/0", z.natA);
    z.m.route("Spare", z.m.table("Spare", z.vpc), "0.0.0.0/0", z.natB);

    assertThat(tester.run(z.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Subnets 'PrivateB', 'DataB' (in zone eu-west-1b) route 0.0.0.0/0 through"));
  }

  @Test
  void judgesEachDestinationOnItsOwn() {
    TwoZones z = new TwoZones();
    Instance vpnA = z.m.instance("VpnA", z.publicA, false);
    // NatB serves the internet in zone b; the only VPN appliance is in zone a.
    z.m.route("DefaultA", z.tableA, "0.0.0.0/0", z.natA);
    z.m.route("DefaultB", z.tableB, "0.0.0.0/0", z.natB);
    z.m.route("OfficeA", z.tableA, "192.168.0.0/16", vpnA);
    z.m.route("OfficeB", z.tableB, "192.168.0.0/16", vpnA);

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void ignoresARouteWhoseTableIsNotAmongTheInputs() {
    TwoZones z = new TwoZones();
    z.m.route("DefaultA", z.tableA, "0.0.0.0/0", z.natA);
    z.m.route("DefaultB", z.tableB, "0.0.0.0/0", z.natB);
    z.m.route("Imported", Ref.unknown("imported"), "0.0.0.0/0", RouteTarget.Kind.INSTANCE,
        to(z.natA));

    assertThat(tester.run(z.m.network())).isEmpty();
  }
}
