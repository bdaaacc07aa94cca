package io.netlint.rules.appliance;

import io.netlint.rules.analysis.Zone;
import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.Instance;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
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

class SingleInstanceApplianceTest {

  private final RuleTester tester = RuleTester.of(new SingleInstanceAppliance());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("single-instance-appliance");
  }

  /** A VPC with a public and private subnet in each of two zones. */
  private static final class TwoZones {
    final TestNetworks m = new TestNetworks();
    final Vpc vpc = m.vpc("Vpc");
    final Subnet publicA = m.subnet("PublicA", vpc, "eu-west-1a");
    final Subnet publicB = m.subnet("PublicB", vpc, "eu-west-1b");
    final RouteTable privateA = m.table("PrivateA", vpc);
    final RouteTable privateB = m.table("PrivateB", vpc);
  }

  @Test
  void flagsNatInstanceThatIsTheOnlyDefaultRoute() {
    TwoZones z = new TwoZones();
    Instance nat = z.m.instance("NatInstance", z.publicA, false);
    z.m.route("DefaultA", z.privateA, "0.0.0.0/0", nat);
    z.m.route("DefaultB", z.privateB, "0.0.0.0/0", nat);

    List<Finding> findings = tester.run(z.m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().resource()).isEqualTo("NatInstance");
      assertThat(f.message()).isEqualTo("Instance 'NatInstance' (in zone eu-west-1a) is the only"
          + " appliance routing 0.0.0.0/0 for route tables 'PrivateA', 'PrivateB'; if it fails,"
          + " that traffic is dropped. Run a second appliance in another Availability Zone and"
          + " route each zone's subnets through the appliance in their zone");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("PrivateA", "PrivateB");
    });
  }

  @Test
  void listsEveryDestinationOfTheAppliance() {
    TwoZones z = new TwoZones();
    Instance vpn = z.m.instance("VpnInstance", z.publicA, false);
    z.m.route("Office", z.privateA, "192.168.0.0/16", vpn);
    z.m.route("Datacenter", z.privateA, "10.200.0.0/16", vpn);

    assertThat(tester.run(z.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .contains("is the only appliance routing 10.200.0.0/16, 192.168.0.0/16 for route table"
            + " 'PrivateA';"));
  }

  @Test
  void acceptsOneApplianceperZone() {
    TwoZones z = new TwoZones();
    Instance natA = z.m.instance("NatA", z.publicA, false);
    Instance natB = z.m.instance("NatB", z.publicB, false);
    z.m.route("DefaultA", z.privateA, "0.0.0.0/0", natA);
    z.m.route("DefaultB", z.privateB, "0.0.0.0/0", natB);

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void flagsTwoAppliancesInOneZoneOnceAsAGroup() {
    TwoZones z = new TwoZones();
    Instance natA = z.m.instance("NatA", z.publicA, false);
    Subnet otherA = z.m.subnet("OtherA", z.vpc, "eu-west-1a");
    Instance natA2 = z.m.instance("NatA2", otherA, false);
    z.m.route("DefaultA", z.privateA, "0.0.0.0/0", natA);
    z.m.route("DefaultB", z.privateB, "0.0.0.0/0", natA2);

    List<Finding> findings = tester.run(z.m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("NatA");
      assertThat(f.message()).isEqualTo("Instances 'NatA', 'NatA2' are the only appliances"
          + " routing 0.0.0.0/0 for route tables 'PrivateA', 'PrivateB', and all sit in"
          + " zone eu-west-1a; an outage of that Availability Zone drops that traffic. Move"
          + " one of them to another Availability Zone");
      assertThat(f.related()).extracting(s -> s.resource())
          .containsExactly("PrivateA", "PrivateB", "NatA2");
    });
  }

  @Test
  void staysSilentWhenAZoneIsUnknown() {
    TwoZones z = new TwoZones();
    Subnet somewhere = z.m.subnet("Somewhere", z.vpc, null);
    Instance natA = z.m.instance("NatA", z.publicA, false);
    Instance natX = z.m.instance("NatX", somewhere, false);
    z.m.route("DefaultA", z.privateA, "0.0.0.0/0", natA);
    z.m.route("DefaultB", z.privateB, "0.0.0.0/0", natX);

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void comparesSymbolicZonesByToken() {
    TestNetworks m = new TestNetworks();
    Vpc vpc = m.vpc("Vpc");
    Subnet a = m.subnet("A", vpc, "GetAZs('')[0]");
    Subnet b = m.subnet("B", vpc, "GetAZs('')[1]");
    Subnet a2 = m.subnet("A2", vpc, "GetAZs('')[0]");
    RouteTable ta = m.table("TableA", vpc);
    RouteTable tb = m.table("TableB", vpc);
    Instance fwA = m.instance("FwA", a, false);
    Instance fwB = m.instance("FwB", b, false);
    Instance fwA2 = m.instance("FwA2", a2, false);
    m.route("ToOfficeA", ta, "192.168.0.0/16", fwA);
    m.route("ToOfficeB", tb, "192.168.0.0/16", fwB);
    m.route("ToLabA", ta, "172.16.0.0/12", fwA);
    m.route("ToLabB", tb, "172.16.0.0/12", fwA2);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Instances 'FwA', 'FwA2' are the only appliances routing 172.16.0.0/12 for"
            + " route tables 'TableA', 'TableB', and all sit in the 1st zone of the stack's region"));
  }

  @Test
  void doesNotCompareASymbolicZoneWithAZoneName() {
    TestNetworks m = new TestNetworks();
    Vpc vpc = m.vpc("Vpc");
    Subnet a = m.subnet("A", vpc, "eu-west-1a");
    Subnet b = m.subnet("B", vpc, "GetAZs('')[0]");
    RouteTable ta = m.table("TableA", vpc);
    RouteTable tb = m.table("TableB", vpc);
    m.route("RouteA", ta, "0.0.0.0/0", m.instance("FwA", a, false));
    m.route("RouteB", tb, "0.0.0.0/0", m.instance("FwB", b, false));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void takesTheZoneOfTheInstanceBeforeItsSubnet() {
    TestNetworks m = new TestNetworks();
    Vpc vpc = m.vpc("Vpc");
    RouteTable t = m.table("Table", vpc);
    Instance nat = m.instance("Nat", Ref.unknown("imported"), Value.known("us-east-1c"),
        Value.known(false), List.of());
    m.route("Default", t, "0.0.0.0/0", nat);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Instance 'Nat' (in zone us-east-1c) is the only appliance"));
  }

  @Test
  void resolvesARouteToAnAttachedInterfaceToItsInstance() {
    TwoZones z = new TwoZones();
    Instance fw = z.m.instance("Firewall", z.publicA, false);
    NetworkInterface eni = z.m.eni("FirewallEni", z.publicA, false, to(fw));
    z.m.route("ViaEni", z.privateA, "0.0.0.0/0", eni);
    z.m.route("ViaInstance", z.privateB, "0.0.0.0/0", fw);

    assertThat(tester.run(z.m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("Firewall");
      assertThat(f.message()).startsWith("Instance 'Firewall' (in zone eu-west-1a) is the only"
          + " appliance routing 0.0.0.0/0 for route tables 'PrivateA', 'PrivateB'");
    });
  }

  @Test
  void resolvesAnInterfaceListedByItsInstance() {
    TwoZones z = new TwoZones();
    NetworkInterface eni = z.m.eni("FirewallEni", z.publicA, false, Ref.absent());
    Instance fw = z.m.instance("Firewall", Ref.absent(), Value.absent(), Value.absent(),
        List.of(to(eni)));
    z.m.route("ViaEni", z.privateA, "0.0.0.0/0", eni);

    assertThat(tester.run(z.m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("Firewall");
      assertThat(f.message()).startsWith("Instance 'Firewall' (in zone eu-west-1a)");
    });
    assertThat(fw.sourceDestCheckDisabled()).isFalse();
  }

  @Test
  void reportsAFreeInterfaceItself() {
    TwoZones z = new TwoZones();
    NetworkInterface eni = z.m.eni("FloatingEni", z.publicA, false, Ref.absent());
    z.m.route("ViaEni", z.privateA, "0.0.0.0/0", eni);

    assertThat(tester.run(z.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Network interface 'FloatingEni' (in zone eu-west-1a) is the only appliance"));
  }

  @Test
  void acceptsAFreeInterfaceTakenOverByAMultiZoneAutoScalingGroup() {
    TwoZones z = new TwoZones();
    NetworkInterface eni = z.m.eni("FloatingEni", z.publicA, false, Ref.absent());
    z.m.route("ViaEni", z.privateA, "0.0.0.0/0", eni);
    z.m.asg("NatGroup", 2, 4, z.publicA, z.publicB);

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheAutoScalingGroupSizeIsUnknown() {
    TwoZones z = new TwoZones();
    NetworkInterface eni = z.m.eni("FloatingEni", z.publicA, false, Ref.absent());
    z.m.route("ViaEni", z.privateA, "0.0.0.0/0", eni);
    z.m.asg("NatGroup", null, 4, z.publicA, z.publicB);

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void stillFlagsAnAutoScalingGroupOfOneOrInOneZone() {
    TwoZones z = new TwoZones();
    NetworkInterface eni = z.m.eni("FloatingEni", z.publicA, false, Ref.absent());
    z.m.route("ViaEni", z.privateA, "0.0.0.0/0", eni);
    z.m.asg("SizeOne", 1, 4, z.publicA, z.publicB);
    z.m.asg("OneZone", 3, 4, z.publicA);

    assertThat(tester.run(z.m.network())).hasSize(1);
  }

  @Test
  void staysSilentWhenAnotherTargetOfTheDestinationIsNotAmongTheInputs() {
    TwoZones z = new TwoZones();
    Instance nat = z.m.instance("NatA", z.publicA, false);
    z.m.route("DefaultA", z.privateA, "0.0.0.0/0", nat);
    z.m.route("DefaultB", z.privateB, "0.0.0.0/0", RouteTarget.Kind.INSTANCE,
        Ref.toAwsId("i-0123456789abcdef0"));

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenAnotherApplianceServesAnUnknownDestination() {
    TwoZones z = new TwoZones();
    Instance natA = z.m.instance("NatA", z.publicA, false);
    Instance natB = z.m.instance("NatB", z.publicB, false);
    z.m.route("DefaultA", z.privateA, "0.0.0.0/0", natA);
    z.m.route("SomethingB", z.privateB, null, natB);

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void flagsTheOnlyApplianceOfARouteWhoseTableIsNotAmongTheInputs() {
    TestNetworks m = new TestNetworks();
    Instance nat = m.instance("Nat", Ref.unknown("parameter 'SubnetId' has no default"),
        Value.absent(), Value.known(false), List.of());
    m.add(new Route(m.meta("NatRoute", "AWS::EC2::Route"),
        Ref.unknown("parameter 'RouteTableId' has no default"),
        Value.known(Cidr.of("0.0.0.0/0")), Value.absent(),
        new RouteTarget(RouteTarget.Kind.INSTANCE, to(nat))));

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("Instance 'Nat' is the only appliance routing 0.0.0.0/0"
          + " for route 'NatRoute';");
      assertThat(f.related()).extracting(r -> r.resource()).containsExactly("NatRoute");
    });
  }

  @Test
  void staysSilentWhenARouteOfUnknownVpcMayShareADestinationWithAnotherAppliance() {
    TwoZones z = new TwoZones();
    Instance natB = z.m.instance("NatB", z.publicB, false);
    z.m.route("DefaultB", z.privateB, "0.0.0.0/0", natB);
    Instance nat = z.m.instance("Nat", Ref.unknown("imported"), Value.absent(), Value.known(false),
        List.of());
    z.m.add(new Route(z.m.meta("NatRoute", "AWS::EC2::Route"),
        Ref.unknown("imported"), Value.known(Cidr.of("0.0.0.0/0")),
        Value.absent(), new RouteTarget(RouteTarget.Kind.INSTANCE, to(nat))));

    // The unknown table may be in Vpc, where NatB (another zone?) also routes 0.0.0.0/0.
    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void flagsAForwardingInstanceThatNoRouteTargets() {
    TwoZones z = new TwoZones();
    z.m.instance("VpnServer", z.publicA, false);
    z.m.instance("WebServer", z.publicB);

    List<Finding> findings = tester.run(z.m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("VpnServer");
      assertThat(f.message()).isEqualTo("Instance 'VpnServer' (in zone eu-west-1a) has"
          + " source/destination check disabled, so it forwards traffic for other hosts, but no"
          + " route among the inputs targets it and VPC 'Vpc' has no other appliance in another"
          + " zone; the routes that use it (in another stack or added by hand) depend on it alone."
          + " Run a second appliance in another Availability Zone");
    });
  }

  @Test
  void flagsAnInstanceWhoseInterfaceForwards() {
    TwoZones z = new TwoZones();
    Instance vpn = z.m.instance("VpnServer", z.publicA);
    z.m.eni("VpnServerEni", z.publicA, false, to(vpn));

    assertThat(tester.run(z.m.network())).singleElement()
        .satisfies(f -> assertThat(f.location().resource()).isEqualTo("VpnServer"));
  }

  @Test
  void acceptsAnUnroutedApplianceWithAPeerInAnotherZone() {
    TwoZones z = new TwoZones();
    z.m.instance("VpnServerA", z.publicA, false);
    z.m.instance("VpnServerB", z.publicB, false);

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void flagsUnroutedAppliancesWhosePeersShareTheirZone() {
    TwoZones z = new TwoZones();
    Subnet otherA = z.m.subnet("OtherA", z.vpc, "eu-west-1a");
    z.m.instance("VpnServerA", z.publicA, false);
    z.m.instance("VpnServerA2", otherA, false);

    assertThat(tester.run(z.m.network())).extracting(f -> f.location().resource())
        .containsExactly("VpnServerA", "VpnServerA2");
  }

  @Test
  void staysSilentOnAnUnroutedApplianceWhenAPeerZoneIsUnknown() {
    TwoZones z = new TwoZones();
    Subnet unknown = z.m.subnet("Unknown", z.vpc, null);
    z.m.instance("VpnServerA", z.publicA, false);
    z.m.instance("VpnServerX", unknown, false);

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void flagsAnUnroutedApplianceInAnUnknownVpcWhenNoOtherApplianceExists() {
    TestNetworks m = new TestNetworks();
    m.instance("VpnServer", Ref.unknown("parameter 'SubnetId' has no default"), Value.absent(),
        Value.known(false), List.of());

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Instance 'VpnServer' has source/destination check disabled, so it forwards"
            + " traffic for other hosts, but no route among the inputs targets it and its VPC has"
            + " no other appliance in another zone;"));
  }

  @Test
  void staysSilentOnAnUnroutedApplianceInAnUnknownVpcWhenAnotherApplianceMayBeItsPeer() {
    TwoZones z = new TwoZones();
    z.m.instance("VpnServer", Ref.unknown("imported"), Value.known("eu-west-1a"),
        Value.known(false), List.of());
    z.m.instance("OtherForwarder", z.publicB, false);

    // Each may be the other's peer: VpnServer's VPC (and so OtherForwarder's peers) is unknown.
    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void staysSilentOnAnUnroutedApplianceWhenSomeRouteTargetIsUnknown() {
    TwoZones z = new TwoZones();
    z.m.instance("VpnServer", z.publicA, false);
    z.m.route("ToClients", z.privateA, "172.31.0.0/16", RouteTarget.Kind.INSTANCE,
        Ref.unknown("parameter 'VpnInstanceId' has no default"));

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void countsARoutedApplianceInAnotherZoneAsAPeerOfAnUnroutedOne() {
    TwoZones z = new TwoZones();
    Instance natB = z.m.instance("NatB", z.publicB, false);
    Instance natA = z.m.instance("NatA", z.publicA, false);
    z.m.route("DefaultB", z.privateB, "0.0.0.0/0", natB);
    z.m.route("DefaultA", z.privateA, "0.0.0.0/0", natB);

    // NatB is the only target (case a); NatA forwards but is unrouted and has NatB as a peer.
    assertThat(tester.run(z.m.network())).extracting(f -> f.location().resource())
        .containsExactly("NatB");
    assertThat(natA.sourceDestCheckDisabled()).isTrue();
  }

  @Test
  void ignoresInstancesThatNeitherForwardNorAreRouteTargets() {
    TwoZones z = new TwoZones();
    z.m.instance("Bastion", z.publicA);
    z.m.instance("Web", z.publicA, true);

    assertThat(tester.run(z.m.network())).isEmpty();
  }

  @Test
  void treatsARouteTargetWithTheCheckEnabledAsAnAppliance() {
    TwoZones z = new TwoZones();
    Instance proxy = z.m.instance("Proxy", z.publicA);
    z.m.route("DefaultA", z.privateA, "0.0.0.0/0", proxy);

    assertThat(tester.run(z.m.network())).singleElement()
        .satisfies(f -> assertThat(f.location().resource()).isEqualTo("Proxy"));
  }

  @Test
  void judgesEachVpcOnItsOwn() {
    TestNetworks m = new TestNetworks();
    Vpc one = m.vpc("One");
    Vpc two = m.vpc("Two");
    Subnet oneA = m.subnet("OneA", one, "eu-west-1a");
    Subnet twoB = m.subnet("TwoB", two, "eu-west-1b");
    m.route("OneDefault", m.table("OneTable", one), "0.0.0.0/0", m.instance("NatOne", oneA,
        false));
    m.route("TwoDefault", m.table("TwoTable", two), "0.0.0.0/0", m.instance("NatTwo", twoB,
        false));

    assertThat(tester.run(m.network())).extracting(f -> f.location().resource())
        .containsExactly("NatOne", "NatTwo");
  }
}
