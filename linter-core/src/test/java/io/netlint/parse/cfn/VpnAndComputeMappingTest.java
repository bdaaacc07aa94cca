package io.netlint.parse.cfn;

import static io.netlint.parse.cfn.Templates.element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.netlint.model.Alarm;
import io.netlint.model.AutoScalingGroup;
import io.netlint.model.Cidr;
import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.ExternalReference;
import io.netlint.model.Instance;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.SecurityGroup;
import io.netlint.model.SecurityGroupRule;
import io.netlint.model.Value;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnTunnel;
import io.netlint.parse.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Site-to-Site VPN, instances, interfaces, security groups, alarms and nested stacks. */
class VpnAndComputeMappingTest {

  private static final LoadResult VPN = Templates.load("vpn.yaml");
  private static final LoadResult COMPUTE = Templates.load("compute.yaml");

  private static Ref vpn(String id) { return Ref.toKey("vpn.yaml#" + id); }

  private static Ref cmp(String id) { return Ref.toKey("compute.yaml#" + id); }

  private static Value<Cidr> cidr(String text) { return Value.known(Cidr.of(text)); }

  @Test
  void loadsWithoutDiagnostics() {
    assertThat(VPN.diagnostics()).isEmpty();
    assertThat(COMPUTE.diagnostics()).isEmpty();
  }

  @Test
  void customerGatewayAsns() {
    CustomerGateway dflt = element(VPN, "vpn.yaml#CgwDefault", CustomerGateway.class);
    assertThat(dflt.bgpAsn()).isEqualTo(Value.known(65000L));
    assertThat(dflt.ipAddress()).isEqualTo(Value.known("203.0.113.10"));
    assertThat(dflt.deviceName().isAbsent()).isTrue();
    CustomerGateway fromString = element(VPN, "vpn.yaml#CgwAsnString", CustomerGateway.class);
    assertThat(fromString.bgpAsn()).isEqualTo(Value.known(65010L));
    assertThat(fromString.deviceName()).isEqualTo(Value.known("edge-2"));
    assertThat(element(VPN, "vpn.yaml#CgwExtended", CustomerGateway.class).bgpAsn())
        .isEqualTo(Value.known(4200000000L));
  }

  @Test
  void vpnConnectionProperties() {
    VpnConnection c = element(VPN, "vpn.yaml#Vpn", VpnConnection.class);
    assertThat(c.customerGateway()).isEqualTo(vpn("CgwDefault"));
    assertThat(c.vpnGateway()).isEqualTo(vpn("Vgw"));
    assertThat(c.transitGateway().isAbsent()).isTrue();
    assertThat(c.targetGateway()).isEqualTo(vpn("Vgw"));
    assertThat(c.staticRoutesOnly()).isEqualTo(Value.known(true));
    assertThat(c.localNetworkCidr()).isEqualTo(cidr("192.168.0.0/16"));
    assertThat(c.remoteNetworkCidr()).isEqualTo(cidr("10.0.0.0/8"));
    assertThat(c.outsideIpAddressType()).isEqualTo(Value.known("PublicIpv4"));
  }

  @Test
  void tunnelOptionsAreFlattened() {
    List<VpnTunnel> tunnels = element(VPN, "vpn.yaml#Vpn", VpnConnection.class).tunnels();
    VpnTunnel one = tunnels.get(0);
    assertThat(one.specified()).isTrue();
    assertThat(one.insideCidr()).isEqualTo(cidr("169.254.10.0/30"));
    assertThat(one.options()).containsExactly(
        entry("DPDTimeoutAction", "restart"),
        entry("IKEVersions", "ikev1,ikev2"),
        entry("LogOptions.CloudwatchLogOptions.LogEnabled", "true"),
        entry("Phase1DHGroupNumbers", "14,20"),
        entry("Phase1LifetimeSeconds", "28800"),
        entry("PreSharedKey", "<set>"));
    VpnTunnel two = tunnels.get(1);
    assertThat(two.specified()).isTrue();
    assertThat(two.insideCidr()).isEqualTo(cidr("169.254.11.0/30"));
    assertThat(two.options()).containsExactly(entry("IKEVersions", "ikev2"));
  }

  @Test
  void aSingleTunnelSpecificationLeavesTheSecondUnspecified() {
    VpnConnection c = element(VPN, "vpn.yaml#OneTunnelVpn", VpnConnection.class);
    assertThat(c.customerGateway()).isEqualTo(Ref.toAwsId("cgw-0abc"));
    assertThat(c.transitGateway()).isEqualTo(Ref.toAwsId("tgw-0abc"));
    assertThat(c.vpnGateway().isAbsent()).isTrue();
    assertThat(c.staticRoutesOnly().isAbsent()).isTrue();
    assertThat(c.tunnels().get(0).specified()).isTrue();
    assertThat(c.tunnels().get(1)).isEqualTo(VpnTunnel.unspecified());
  }

  @Test
  void staticRoutesAlarmsAndExternalReferences() {
    VpnConnectionRoute route = element(VPN, "vpn.yaml#StaticRoute", VpnConnectionRoute.class);
    assertThat(route.vpnConnection()).isEqualTo(vpn("Vpn"));
    assertThat(route.destination()).isEqualTo(cidr("192.168.10.0/24"));

    Alarm alarm = element(VPN, "vpn.yaml#TunnelAlarm", Alarm.class);
    assertThat(alarm.namespace()).isEqualTo(Value.known("AWS/VPN"));
    assertThat(alarm.metricName()).isEqualTo(Value.known("TunnelState"));
    assertThat(alarm.dimensions()).containsOnly(entry("VpnId", vpn("Vpn")),
        entry("TunnelIpAddress", Ref.toAwsId("198.51.100.7")));
    assertThat(alarm.actions()).containsExactly(
        Value.known("arn:aws:sns:${AWS::Region}:${AWS::AccountId}:ops"),
        Value.known("arn:aws:sns:us-east-1:123456789012:pager"));

    List<ExternalReference> ext = Templates.all(VPN, ExternalReference.class);
    assertThat(ext).singleElement().satisfies(e -> {
      assertThat(e.key()).isEqualTo("vpn.yaml#AlarmApp/Parameters/VpnId");
      assertThat(e.target()).isEqualTo(vpn("Vpn"));
      assertThat(e.via()).isEqualTo("AWS::Serverless::Application 'AlarmApp'");
      assertThat(e.source().resource()).isEqualTo("AlarmApp");
    });
  }

  @Test
  void instancesAndInterfacesAreLinkedBothWays() {
    Instance router = element(COMPUTE, "compute.yaml#Router", Instance.class);
    assertThat(router.subnet()).isEqualTo(cmp("Subnet"));
    assertThat(router.sourceDestCheckDisabled()).isTrue();
    assertThat(router.networkInterfaces()).containsExactly(cmp("SecondEni"));
    Instance plain = element(COMPUTE, "compute.yaml#Plain", Instance.class);
    assertThat(plain.subnet()).isEqualTo(Ref.toAwsId("subnet-0literal"));
    assertThat(plain.availabilityZone()).isEqualTo(Value.known("us-east-1b"));
    assertThat(plain.sourceDestCheck().isAbsent()).isTrue();
    assertThat(plain.networkInterfaces()).containsExactly(cmp("ThirdEni"));

    NetworkInterface second = element(COMPUTE, "compute.yaml#SecondEni", NetworkInterface.class);
    assertThat(second.subnet()).isEqualTo(cmp("Subnet"));
    assertThat(second.sourceDestCheckDisabled()).isTrue();
    assertThat(second.instance()).isEqualTo(cmp("Router"));
    assertThat(element(COMPUTE, "compute.yaml#ThirdEni", NetworkInterface.class).instance())
        .isEqualTo(cmp("Plain"));
  }

  @Test
  void autoScalingGroups() {
    AutoScalingGroup asg = element(COMPUTE, "compute.yaml#Group", AutoScalingGroup.class);
    assertThat(asg.subnets()).containsExactly(Ref.toAwsId("subnet-0a"), Ref.toAwsId("subnet-0b"));
    assertThat(asg.minSize()).isEqualTo(Value.known(2));
    assertThat(asg.maxSize()).isEqualTo(Value.known(4));
  }

  @Test
  void securityGroupsWithInlineAndStandaloneRules() throws IOException {
    assertThat(element(COMPUTE, "compute.yaml#Sg", SecurityGroup.class).vpc()).isEqualTo(cmp("Vpc"));
    List<SecurityGroupRule> rules = Templates.all(COMPUTE, SecurityGroupRule.class);
    assertThat(rules).extracting(Element::key).containsExactly("compute.yaml#Sg/ingress[0]",
        "compute.yaml#Sg/ingress[1]", "compute.yaml#Sg/egress[0]",
        "compute.yaml#StandaloneIngress");

    SecurityGroupRule ssh = rules.get(0);
    assertThat(ssh.group()).isEqualTo(cmp("Sg"));
    assertThat(ssh.ingress()).isTrue();
    assertThat(ssh.protocol()).isEqualTo(Value.known("tcp"));
    assertThat(ssh.fromPort()).isEqualTo(Value.known(22));
    assertThat(ssh.toPort()).isEqualTo(Value.known(22));
    assertThat(ssh.peerCidr()).isEqualTo(cidr("0.0.0.0/0"));
    assertThat(ssh.meta().kind()).isEqualTo("AWS::EC2::SecurityGroup");
    assertThat(ssh.source().resource()).isEqualTo("Sg");
    int[] at = positionOf("compute.yaml", "- IpProtocol: TCP", "IpProtocol");
    assertThat(ssh.source().line()).isEqualTo(at[0]);
    assertThat(ssh.source().column()).isEqualTo(at[1]);

    SecurityGroupRule all = rules.get(1);
    assertThat(all.protocol()).isEqualTo(Value.known("-1"));
    assertThat(all.peerCidr().isAbsent()).isTrue();
    SecurityGroupRule egress = rules.get(2);
    assertThat(egress.ingress()).isFalse();
    assertThat(egress.peerCidr()).isEqualTo(cidr("::/0"));
    SecurityGroupRule rdp = rules.get(3);
    assertThat(rdp.group()).isEqualTo(cmp("Sg"));
    assertThat(rdp.fromPort()).isEqualTo(Value.known(3389));
    assertThat(rdp.meta().kind()).isEqualTo("AWS::EC2::SecurityGroupIngress");
  }

  @Test
  void recoveryAlarmKeepsTheRegionToken() {
    Alarm alarm = element(COMPUTE, "compute.yaml#RecoverAlarm", Alarm.class);
    assertThat(alarm.dimensions()).containsOnly(entry("InstanceId", cmp("Router")));
    assertThat(alarm.actions())
        .containsExactly(Value.known("arn:aws:automate:${AWS::Region}:ec2:recover"));
  }

  @Test
  void nestedStackParametersBecomeExternalReferences() {
    List<ExternalReference> ext = Templates.all(COMPUTE, ExternalReference.class);
    assertThat(ext).extracting(Element::key).containsExactly(
        "compute.yaml#Nested/Parameters/VpcId", "compute.yaml#Nested/Parameters/Subnets[0]",
        "compute.yaml#Nested/Parameters/Subnets[1]");
    assertThat(ext).extracting(ExternalReference::target)
        .containsExactly(cmp("Vpc"), cmp("Subnet"), cmp("Router"));
    assertThat(ext).extracting(ExternalReference::via)
        .containsOnly("AWS::CloudFormation::Stack 'Nested'");
  }

  @Test
  void otherTypesAreIgnored() {
    assertThat(COMPUTE.elements()).extracting(Element::name)
        .doesNotContain("Ignored", "CustomThing", "Attach");
  }

  /** Line and 1-based column of {@code word} on the first line containing {@code marker}. */
  static int[] positionOf(String resource, String marker, String word) throws IOException {
    try (InputStream in = VpnAndComputeMappingTest.class.getResourceAsStream("/cfn/" + resource)) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(marker)) return new int[] {i + 1, lines.get(i).indexOf(word) + 1};
      }
    }
    throw new AssertionError("no line with " + marker);
  }
}
