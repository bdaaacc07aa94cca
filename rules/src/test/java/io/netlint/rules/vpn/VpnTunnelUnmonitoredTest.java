package io.netlint.rules.vpn;

import static io.netlint.testing.TestNetworks.NOT_SET;
import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Ref;
import io.netlint.model.Value;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnGateway;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.RuleTester;
import io.netlint.testing.TestNetworks;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class VpnTunnelUnmonitoredTest {

  private final RuleTester tester = RuleTester.of(new VpnTunnelUnmonitored());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("vpn-tunnel-unmonitored");
  }

  private static VpnConnection connection(TestNetworks m) {
    VpnGateway vgw = m.vgw("Vgw");
    return m.vpnToVgw("Vpn", m.cgw("Router", "198.51.100.1", 65001), vgw, NOT_SET);
  }

  @Test
  void warnsWhenNoAlarmWatchesTheConnection() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    connection(m);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().resource()).isEqualTo("Vpn");
      assertThat(f.message()).isEqualTo("No CloudWatch alarm watches the tunnels of VPN"
          + " connection 'Vpn' (namespace AWS/VPN, metric TunnelState, dimension VpnId naming this"
          + " connection): when one tunnel goes down nobody is told, and the connection runs on"
          + " its last tunnel until that one fails too. Add an alarm on TunnelState for this"
          + " connection");
    });
  }

  @Test
  void acceptsTunnelStateAlarmNamingTheConnection() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    m.tunnelAlarm("Alarm", to(connection(m)));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void acceptsTunnelLevelAlarmOnATunnelAddressOfTheConnection() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnConnection vpn = connection(m);
    m.alarm("Alarm", Value.known("AWS/VPN"), Value.known("TunnelState"),
        Map.of("TunnelIpAddress", to(vpn)));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void doesNotCountAnAlarmOnAnotherMetric() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnConnection vpn = connection(m);
    m.alarm("Traffic", Value.known("AWS/VPN"), Value.known("TunnelDataIn"),
        Map.of("VpnId", to(vpn)));

    assertThat(tester.run(m.network())).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void doesNotCountAnAlarmOnAnotherConnection() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    connection(m);
    m.tunnelAlarm("Elsewhere", Ref.toAwsId("vpn-0123456789abcdef0"));

    assertThat(tester.run(m.network())).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void cannotVerifyWhenTheIdIsHandedToAServerlessApplication() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnConnection vpn = connection(m);
    m.external("Alarms", to(vpn), "AWS::Serverless::Application 'Alarms'");

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).isEqualTo("Cannot verify that the tunnels of VPN connection 'Vpn'"
          + " are monitored: no TunnelState alarm in the inputs names it, but its ID is passed to"
          + " AWS::Serverless::Application 'Alarms', which may create the alarm outside the"
          + " inputs");
      assertThat(f.related()).extracting(s -> s.resource()).containsExactly("Alarms");
    });
  }

  @Test
  void cannotVerifyWhenAnAlarmNamesAnUnknownConnection() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    connection(m);
    m.tunnelAlarm("Reusable", Ref.unknown("parameter 'VpnId' has no default"));

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).endsWith("but alarm 'Reusable' may watch it (its VpnId is not"
          + " known: parameter 'VpnId' has no default)");
    });
  }

  @Test
  void cannotVerifyWhenTheAlarmsMetricIsUnknown() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnConnection vpn = connection(m);
    m.alarm("Alarm", Value.known("AWS/VPN"), Value.unknown("parameter 'Metric' has no default"),
        Map.of("VpnId", to(vpn)));

    assertThat(tester.run(m.network())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).endsWith("alarm 'Alarm' may watch it (its metric is not known:"
          + " parameter 'Metric' has no default)");
    });
  }

  @Test
  void cannotVerifyWhenATunnelAlarmHasNoVpnDimension() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    connection(m);
    m.alarm("Alarm", Value.known("AWS/VPN"), Value.known("TunnelState"), Map.of());

    assertThat(tester.run(m.network())).singleElement().satisfies(f ->
        assertThat(f.message()).endsWith("(it has no VpnId dimension)"));
  }

  @Test
  void aSureAlarmOutweighsAnUndecidedOne() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    VpnConnection vpn = connection(m);
    m.tunnelAlarm("Reusable", Ref.unknown("parameter 'VpnId' has no default"));
    m.tunnelAlarm("Own", to(vpn));

    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void ignoresAlarmsOutsideTheVpnNamespace() {
    TestNetworks m = new TestNetworks("s2s.yaml");
    connection(m);
    m.alarm("Cpu", Value.known("AWS/EC2"), Value.known("CPUUtilization"),
        Map.of("InstanceId", Ref.unknown("parameter")));

    assertThat(tester.run(m.network())).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }
}
