package io.netlint.rules.appliance;

import static io.netlint.testing.TestNetworks.check;
import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.ElementMeta;
import io.netlint.model.Instance;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.RouteTable;
import io.netlint.model.SourceRef;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplianceWithoutRecoveryTest {

  private final RuleTester tester = RuleTester.of(new ApplianceWithoutRecovery());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("appliance-without-recovery");
  }

  private static final class OneVpc {
    final TestNetworks m = new TestNetworks();
    final Vpc vpc = m.vpc("Vpc", "10.0.0.0/16");
    final Subnet subnet = m.subnet("Public", vpc, "eu-west-1a");
    final RouteTable table = m.table("Private", vpc);
  }

  @Test
  void flagsARoutedApplianceWithoutAlarm() {
    OneVpc v = new OneVpc();
    Instance nat = v.m.instance("Nat", v.subnet, false);
    v.m.route("Default", v.table, "0.0.0.0/0", nat);

    List<Finding> findings = tester.run(v.m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location().resource()).isEqualTo("Nat");
      assertThat(f.message()).isEqualTo("Instance 'Nat' is an appliance (routes send 0.0.0.0/0"
          + " through it), but nothing brings it back when it fails: no CloudWatch alarm on it"
          + " has the EC2 recover or reboot action (arn:aws:automate:<region>:ec2:recover or"
          + " :ec2:reboot), and it is not in an Auto Scaling group. Add"
          + " an alarm on StatusCheckFailed_System with the recover action (and on"
          + " StatusCheckFailed_Instance with the reboot action), or run the appliance in an"
          + " Auto Scaling group");
      assertThat(f.related()).isEmpty();
    });
  }

  @Test
  void flagsAnUnroutedForwarder() {
    OneVpc v = new OneVpc();
    v.m.instance("VpnServer", v.subnet, false);

    assertThat(tester.run(v.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Instance 'VpnServer' is an appliance (its source/destination check is"
            + " disabled, so it forwards traffic for other hosts), but nothing brings it back"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "arn:aws:automate:eu-west-1:ec2:recover",
      "arn:aws:automate:${AWS::Region}:ec2:recover",
      "arn:${AWS::Partition}:automate:${AWS::Region}:ec2:reboot",
      "arn:aws:automate:eu-west-1:ec2:reboot",
      "arn:aws-cn:automate:cn-north-1:ec2:recover",
      "arn:aws:swf:eu-west-1:123456789012:action/actions/AWS_EC2.InstanceId.Reboot/1.0"})
  void acceptsAnAlarmWithARecoveryAction(String action) {
    OneVpc v = new OneVpc();
    Instance nat = v.m.instance("Nat", v.subnet, false);
    v.m.alarm("NatRecovery", to(nat), "arn:aws:sns:eu-west-1:123456789012:ops", action);

    assertThat(tester.run(v.m.network())).isEmpty();
  }

  @Test
  void namesTheAlarmsThatOnlyNotify() {
    OneVpc v = new OneVpc();
    Instance nat = v.m.instance("Nat", v.subnet, false);
    v.m.alarm("NatCpu", to(nat), "arn:aws:sns:eu-west-1:123456789012:ops",
        "arn:aws:automate:eu-west-1:ec2:stop");

    assertThat(tester.run(v.m.network())).singleElement().satisfies(f -> {
      assertThat(f.message())
          .contains("when it fails: its alarm 'NatCpu' lacks the EC2 recover or reboot action");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("NatCpu");
    });
  }

  @Test
  void cannotVerifyAnApplianceWhosePeerMayMonitorIt() {
    OneVpc v = new OneVpc();
    Subnet publicB = v.m.subnet("PublicB", v.vpc, "eu-west-1b");
    Instance natA = v.m.instance("NatA", v.subnet, false);
    Instance natB = v.m.instance("NatB", publicB, false);
    v.m.alarm("NatBRecovery", to(natB), "arn:aws:automate:eu-west-1:ec2:recover");

    assertThat(tester.run(v.m.network())).singleElement().satisfies(f -> {
      assertThat(f.location().resource()).isEqualTo(natA.name());
      assertThat(f.message()).isEqualTo("Cannot verify that instance 'NatA' has a recovery"
          + " mechanism: it is an appliance (its source/destination check is disabled, so it"
          + " forwards traffic for other hosts), no alarm among the inputs recovers or reboots it,"
          + " and instance 'NatB' is another appliance of its VPC: in the whitepaper's HA pair a"
          + " monitor on the peer takes over the routes and restarts a failed appliance, and that"
          + " monitor (user data and an IAM role) is not visible here. Make sure an alarm with the"
          + " EC2 recover or reboot action, or a monitor, watches it");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("NatB");
    });
  }

  @Test
  void doesNotTakeAnApplianceOfAnotherVpcAsAPeer() {
    OneVpc v = new OneVpc();
    Vpc other = v.m.vpc("Other", "10.1.0.0/16");
    v.m.instance("NatA", v.subnet, false);
    v.m.instance("OtherNat", v.m.subnet("OtherPublic", other, "eu-west-1a"), false);

    assertThat(tester.run(v.m.network())).extracting(f -> f.message().substring(0, 20))
        .containsExactly("Instance 'NatA' is a", "Instance 'OtherNat' ");
  }

  @Test
  void ignoresAnAlarmOnAnotherInstance() {
    OneVpc v = new OneVpc();
    Instance nat = v.m.instance("Nat", v.subnet, false);
    Instance web = v.m.instance("Web", v.subnet, (Boolean) null);
    v.m.alarm("WebRecovery", to(web), "arn:aws:automate:eu-west-1:ec2:recover");

    assertThat(tester.run(v.m.network())).singleElement()
        .satisfies(f -> assertThat(f.location().resource()).isEqualTo(nat.name()));
  }

  @Test
  void cannotVerifyWhenTheInstanceIsHandedToANestedApplication() {
    OneVpc v = new OneVpc();
    Instance nat = v.m.instance("Nat", v.subnet, false);
    v.m.external("Monitoring/Parameters/InstanceId", nat,
        "AWS::Serverless::Application 'Monitoring'");

    assertThat(tester.run(v.m.network())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).isEqualTo("Cannot verify that instance 'Nat' has a recovery"
          + " mechanism: it is an appliance (its source/destination check is disabled, so it"
          + " forwards traffic for other hosts), no alarm among the inputs recovers or reboots it,"
          + " and its ID is passed to AWS::Serverless::Application 'Monitoring', which may create"
          + " one. Make sure an alarm with the EC2 recover or reboot action, or a monitor, watches"
          + " it");
      assertThat(f.related()).extracting(s -> s.resource())
          .containsExactly("Monitoring/Parameters/InstanceId");
    });
  }

  @Test
  void cannotVerifyWhenTheAlarmActionsAreUnknown() {
    OneVpc v = new OneVpc();
    Instance nat = v.m.instance("Nat", v.subnet, false);
    v.m.alarm("NatAlarm", to(nat), (String) null);

    assertThat(tester.run(v.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .contains("alarm 'NatAlarm' watches it with actions that are not known (parameter"
            + " 'AlarmTopic' has no default)"));
  }

  @Test
  void cannotVerifyWhenARecoveryAlarmWatchesAnUnknownInstance() {
    OneVpc v = new OneVpc();
    v.m.instance("Nat", v.subnet, false);
    v.m.alarm("SomeRecovery", Ref.unknown("parameter 'InstanceId' has no default"),
        "arn:aws:automate:eu-west-1:ec2:recover");

    assertThat(tester.run(v.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .contains("alarm 'SomeRecovery' may watch it: its instance is not known (parameter"
            + " 'InstanceId' has no default)"));
  }

  @Test
  void ignoresAnAlarmOnAnUnknownInstanceThatOnlyNotifies() {
    OneVpc v = new OneVpc();
    v.m.instance("Nat", v.subnet, false);
    v.m.alarm("SomeCpu", Ref.unknown("parameter 'InstanceId' has no default"),
        "arn:aws:sns:eu-west-1:123456789012:ops");

    assertThat(tester.run(v.m.network())).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Instance 'Nat' is an appliance"));
  }

  @Test
  void acceptsARecoveryAlarmOnTheInstanceByItsAwsId() {
    OneVpc v = new OneVpc();
    ElementMeta meta = new ElementMeta("plan.json#aws_instance.nat", "aws_instance",
        new SourceRef("plan.json", 1, 1, "aws_instance.nat"), Value.known("i-0abc"),
        Value.absent());
    Instance nat = v.m.add(new Instance(meta, to(v.subnet), Value.absent(), Value.known(false),
        List.of()));
    v.m.alarm("NatRecovery", Ref.toAwsId("i-0abc"), "arn:aws:automate:eu-west-1:ec2:recover");

    assertThat(tester.run(v.m.network())).isEmpty();
    assertThat(nat.sourceDestCheckDisabled()).isTrue();
  }

  @Test
  void reportsTheInstanceThatHoldsATargetInterface() {
    OneVpc v = new OneVpc();
    Instance fw = v.m.instance("Firewall", v.subnet, (Boolean) null);
    NetworkInterface eni = v.m.eni("FirewallEni", v.subnet, check(false), to(fw));
    v.m.route("ToFirewall", v.table, "0.0.0.0/0", eni);

    assertThat(tester.run(v.m.network())).singleElement()
        .satisfies(f -> assertThat(f.location().resource()).isEqualTo("Firewall"));
  }

  @Test
  void leavesAnInterfaceThatNoInstanceHoldsAlone() {
    OneVpc v = new OneVpc();
    NetworkInterface eni = v.m.eni("FloatingEni", v.subnet, check(false), Ref.absent());
    v.m.route("ToEni", v.table, "0.0.0.0/0", eni);

    assertThat(tester.run(v.m.network())).isEmpty();
  }

  @Test
  void ignoresInstancesThatAreNotAppliances() {
    OneVpc v = new OneVpc();
    v.m.instance("Web", v.subnet, (Boolean) null);
    v.m.instance("Db", v.subnet, true);

    assertThat(tester.run(v.m.network())).isEmpty();
  }
}
