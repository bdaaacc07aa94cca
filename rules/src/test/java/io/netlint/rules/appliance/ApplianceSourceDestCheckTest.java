package io.netlint.rules.appliance;

import static io.netlint.testing.TestNetworks.UNKNOWN_CHECK;
import static io.netlint.testing.TestNetworks.check;
import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Instance;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
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

class ApplianceSourceDestCheckTest {

  private final RuleTester tester = RuleTester.of(new ApplianceSourceDestCheck());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("appliance-source-dest-check");
  }

  private static final class OneVpc {
    final TestNetworks m = new TestNetworks();
    final Vpc vpc = m.vpc("Vpc", "10.0.0.0/16");
    final Subnet subnet = m.subnet("Public", vpc, "eu-west-1a");
    final RouteTable table = m.table("Private", vpc);
  }

  @Test
  void flagsARouteToAnInstanceThatLeavesTheCheckAtItsDefault() {
    OneVpc v = new OneVpc();
    Instance nat = v.m.instance("Nat", v.subnet, (Boolean) null);
    v.m.route("Default", v.table, "0.0.0.0/0", nat);

    List<Finding> findings = tester.run(v.m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().resource()).isEqualTo("Nat");
      assertThat(f.message()).isEqualTo("Instance 'Nat' is the target of route 'Default'"
          + " (0.0.0.0/0 in route table 'Private'), but its source/destination check is enabled"
          + " (SourceDestCheck is not set, and AWS enables the check by default): it drops every"
          + " packet that is neither from nor to itself, so traffic sent along that route is"
          + " lost. Set SourceDestCheck: false on it");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("Default");
    });
  }

  @Test
  void namesEveryRouteToTheSameTargetOnce() {
    OneVpc v = new OneVpc();
    Instance vpn = v.m.instance("Vpn", v.subnet, true);
    v.m.route("Office", v.table, "192.168.0.0/16", vpn);
    v.m.route("Lab", v.table, "172.16.0.0/12", vpn);

    assertThat(tester.run(v.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Instance 'Vpn' is the target of routes 'Office' (192.168.0.0/16 in route"
            + " table 'Private'), 'Lab' (172.16.0.0/12 in route table 'Private'), but its"
            + " source/destination check is enabled (SourceDestCheck is true)"));
  }

  @Test
  void acceptsAnInstanceWithTheCheckDisabled() {
    OneVpc v = new OneVpc();
    v.m.route("Default", v.table, "0.0.0.0/0", v.m.instance("Nat", v.subnet, false));

    assertThat(tester.run(v.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheInstanceCheckIsUnknown() {
    OneVpc v = new OneVpc();
    v.m.route("Default", v.table, "0.0.0.0/0", v.m.instance("Nat", v.subnet, UNKNOWN_CHECK));

    assertThat(tester.run(v.m.network())).isEmpty();
  }

  @Test
  void judgesARouteToAnInterfaceByTheInterfacesOwnFlag() {
    OneVpc v = new OneVpc();
    Instance fw = v.m.instance("Firewall", v.subnet, true);
    NetworkInterface inside = v.m.eni("FirewallInside", v.subnet, check(null), to(fw));
    v.m.route("ToFirewall", v.table, "0.0.0.0/0", inside);

    assertThat(tester.run(v.m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo("FirewallInside");
      assertThat(f.message()).startsWith("Network interface 'FirewallInside' (attached to"
          + " instance 'Firewall') is the target of route 'ToFirewall'");
    });
  }

  @Test
  void acceptsAnInterfaceWithItsOwnCheckDisabledOnAnInstanceWithTheCheckOn() {
    OneVpc v = new OneVpc();
    Instance fw = v.m.instance("Firewall", v.subnet, (Boolean) null);
    NetworkInterface inside = v.m.eni("FirewallInside", v.subnet, check(false), to(fw));
    v.m.route("ToFirewall", v.table, "0.0.0.0/0", inside);

    assertThat(tester.run(v.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheInstanceFlagMayCoverTheInterface() {
    OneVpc v = new OneVpc();
    // The interface may be the instance's primary one, which takes the instance's flag.
    Instance fw = v.m.instance("Firewall", v.subnet, false);
    NetworkInterface eni = v.m.eni("FirewallEni", v.subnet, check(null), to(fw));
    v.m.route("ToFirewall", v.table, "0.0.0.0/0", eni);

    assertThat(tester.run(v.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheInterfaceFlagIsUnknown() {
    OneVpc v = new OneVpc();
    NetworkInterface eni = v.m.eni("FloatingEni", v.subnet, UNKNOWN_CHECK, Ref.absent());
    v.m.route("ToEni", v.table, "0.0.0.0/0", eni);

    assertThat(tester.run(v.m.network())).isEmpty();
  }

  @Test
  void staysSilentOnARouteToAnInstanceWhoseInterfaceForwards() {
    OneVpc v = new OneVpc();
    // With the check on at instance level, an interface with it off may be the primary one.
    NetworkInterface eni = v.m.eni("RouterEni", v.subnet, check(false), Ref.absent());
    Instance router = v.m.instance("Router", Ref.absent(), check(null), List.of(to(eni)));
    v.m.route("ToRouter", v.table, "10.50.0.0/16", router);

    assertThat(tester.run(v.m.network())).isEmpty();
  }

  @Test
  void flagsAFreeInterfaceWithTheCheckOn() {
    OneVpc v = new OneVpc();
    NetworkInterface eni = v.m.eni("FloatingEni", v.subnet, check(true), Ref.absent());
    v.m.route("ToEni", v.table, "0.0.0.0/0", eni);

    assertThat(tester.run(v.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Network interface 'FloatingEni' is the target of route 'ToEni' (0.0.0.0/0"
            + " in route table 'Private'), but its source/destination check is enabled"
            + " (SourceDestCheck is true)"));
  }

  @Test
  void staysSilentOnAnInterfaceAttachedToAnInstanceOutsideTheInputs() {
    OneVpc v = new OneVpc();
    NetworkInterface eni = v.m.eni("ApplianceEni", v.subnet, check(null),
        Ref.toAwsId("i-0123456789abcdef0"));
    v.m.route("ToEni", v.table, "0.0.0.0/0", eni);
    NetworkInterface other = v.m.eni("OtherEni", v.subnet, check(null),
        Ref.unknown("known after apply"));
    v.m.route("ToOther", v.table, "10.9.0.0/16", other);

    assertThat(tester.run(v.m.network())).isEmpty();
  }

  @Test
  void staysSilentOnAnInterfaceHandedToANestedStack() {
    OneVpc v = new OneVpc();
    NetworkInterface eni = v.m.eni("ApplianceEni", v.subnet, check(null), Ref.absent());
    v.m.route("ToEni", v.table, "0.0.0.0/0", eni);
    v.m.external("Appliance/Parameters/EniId", eni, "AWS::CloudFormation::Stack 'Appliance'");

    // The nested stack may launch an instance with it as device 0 and the check off.
    assertThat(tester.run(v.m.network())).isEmpty();
  }

  @Test
  void staysSilentWhenTheTargetIsNotAmongTheInputs() {
    OneVpc v = new OneVpc();
    v.m.route("ToElsewhere", to(v.table), "0.0.0.0/0", RouteTarget.Kind.INSTANCE,
        Ref.toAwsId("i-0123456789abcdef0"));
    v.m.route("ToUnknown", to(v.table), "10.9.0.0/16", RouteTarget.Kind.NETWORK_INTERFACE,
        Ref.unknown("parameter 'ApplianceEni' has no default"));

    assertThat(tester.run(v.m.network())).isEmpty();
  }

  @Test
  void namesTheDestinationWhenTheRouteTableIsNotAmongTheInputs() {
    OneVpc v = new OneVpc();
    Instance nat = v.m.instance("Nat", v.subnet, true);
    v.m.route("Default", Ref.unknown("imported"), null, RouteTarget.Kind.INSTANCE, to(nat));

    assertThat(tester.run(v.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Instance 'Nat' is the target of route 'Default' (an unknown destination),"));
  }

  @Test
  void usesTheTerraformAttributeNameForPlans() {
    TestNetworks m = new TestNetworks();
    Vpc vpc = m.vpc("Vpc", "10.0.0.0/16");
    Subnet subnet = m.subnet("Public", vpc, "eu-west-1a");
    Instance nat = m.add(new Instance(m.meta("aws_instance.nat", "aws_instance"), to(subnet),
        Value.absent(), Value.known(true), List.of()));
    m.route("Default", m.table("Private", vpc), "0.0.0.0/0", nat);

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .contains("(source_dest_check is true)").endsWith("Set source_dest_check = false on it"));
  }
}
