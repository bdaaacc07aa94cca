package io.netlint.parse.tfplan;

import static io.netlint.parse.tfplan.TfPlans.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Alarm;
import io.netlint.model.Cidr;
import io.netlint.model.Ref;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnTunnel;
import io.netlint.parse.LoadResult;
import org.junit.jupiter.api.Test;

/** Tunnel options under CloudFormation names, secrets redacted, alarms linked to connections. */
class TfPlanVpnTest {

  private static final String F = "vpn-tunnels.tfplan.json";
  private static final LoadResult R = TfPlans.load(F);

  private static Ref key(String address) {
    return Ref.toKey(F + "#" + address);
  }

  @Test
  void loadsCleanly() {
    assertThat(R.diagnostics()).isEmpty();
  }

  @Test
  void tunnelOptionsAreNormalised() {
    VpnConnection vpn = one(R, VpnConnection.class, "aws_vpn_connection.both");
    VpnTunnel t1 = vpn.tunnels().get(0);
    VpnTunnel t2 = vpn.tunnels().get(1);
    assertThat(t1.specified()).isTrue();
    assertThat(t2.specified()).isTrue();
    assertThat(t1.insideCidr().get()).isEqualTo(Cidr.of("169.254.30.0/30"));
    assertThat(t2.insideCidr().get()).isEqualTo(Cidr.of("169.254.30.4/30"));
    assertThat(t1.options())
        .containsEntry("IKEVersions", "ikev2")
        .containsEntry("Phase1EncryptionAlgorithms", "AES128,AES256")
        .containsEntry("Phase1IntegrityAlgorithms", "SHA2-256")
        .containsEntry("Phase1DHGroupNumbers", "14,2,20")
        .containsEntry("Phase1LifetimeSeconds", "28800")
        .containsEntry("DPDTimeoutAction", "restart")
        .containsEntry("DPDTimeoutSeconds", "30")
        .containsEntry("StartupAction", "start")
        .containsEntry("PreSharedKey", "<set>")
        .containsEntry("LogOptions.CloudwatchLogOptions.LogEnabled", "true")
        .containsEntry("LogOptions.CloudwatchLogOptions.LogGroupArn",
            "arn:aws:logs:eu-west-1:111122223333:log-group:vpn")
        .containsEntry("LogOptions.CloudwatchLogOptions.LogOutputFormat", "json")
        .containsEntry("LogOptions.CloudwatchLogOptions.BgpLogEnabled", "false")
        .doesNotContainKey("LogOptions.CloudwatchLogOptions.BgpLogGroupArn")
        .doesNotContainKeys("Phase2EncryptionAlgorithms", "TunnelInsideIpv6Cidr");
    // the same sets in another order compare equal; only DPD differs
    assertThat(t2.options().get("Phase1DHGroupNumbers")).isEqualTo("14,2,20");
    assertThat(t2.options().get("DPDTimeoutAction")).isEqualTo("clear");
    assertThat(t1.options().keySet()).isEqualTo(t2.options().keySet());
  }

  @Test
  void secretsAreNeverRecorded() {
    assertThat(R.elements().toString()).doesNotContain("secret_A").doesNotContain("secret_B")
        .doesNotContain("AwsPicked");
  }

  @Test
  void connectionAttributes() {
    VpnConnection vpn = one(R, VpnConnection.class, "aws_vpn_connection.both");
    assertThat(vpn.customerGateway()).isEqualTo(Ref.toAwsId("cgw-0abc"));
    assertThat(vpn.transitGateway()).isEqualTo(key("aws_ec2_transit_gateway.tgw"));
    assertThat(vpn.vpnGateway().isAbsent()).isTrue();
    assertThat(vpn.targetGateway()).isEqualTo(key("aws_ec2_transit_gateway.tgw"));
    assertThat(vpn.isStatic()).isTrue();
    assertThat(vpn.localNetworkCidr().get()).isEqualTo(Cidr.of("192.168.0.0/16"));
    assertThat(vpn.remoteNetworkCidr().get()).isEqualTo(Cidr.of("10.0.0.0/8"));
    assertThat(vpn.outsideIpAddressType().get()).isEqualTo("PublicIpv4");
    assertThat(one(R, VpnConnectionRoute.class, "aws_vpn_connection_route.r").vpnConnection())
        .isEqualTo(key("aws_vpn_connection.both"));
    assertThat(one(R, TransitGateway.class, "aws_ec2_transit_gateway.tgw").vpnEcmpSupport().get())
        .isFalse();
  }

  @Test
  void computedTunnelAttributesDoNotSpecifyATunnel() {
    VpnConnection one = one(R, VpnConnection.class, "aws_vpn_connection.one");
    assertThat(one.meta().awsId().get()).isEqualTo("vpn-0existing1");
    assertThat(one.vpnGateway()).isEqualTo(Ref.toAwsId("vgw-0123"));
    assertThat(one.tunnels().get(0).specified()).isTrue();
    assertThat(one.tunnels().get(1).specified())
        .as("tunnel2_address, _bgp_asn, _inside_cidr... are AWS's, not options").isFalse();
    assertThat(one.tunnels().get(1).options()).isEmpty();
    assertThat(one.tunnels().get(1).insideCidr().get()).isEqualTo(Cidr.of("169.254.21.8/30"));
  }

  @Test
  void alarmDimensionsLinkToConnections() {
    Alarm created = one(R, Alarm.class, "aws_cloudwatch_metric_alarm.tunnel_state");
    assertThat(created.namespace().get()).isEqualTo("AWS/VPN");
    assertThat(created.metricName().get()).isEqualTo("TunnelState");
    assertThat(created.dimensions()).containsExactly(
        java.util.Map.entry("VpnId", key("aws_vpn_connection.both")));
    assertThat(created.actions()).hasSize(1);
    assertThat(created.actions().get(0).isUnknown()).isTrue();

    Alarm known = one(R, Alarm.class, "aws_cloudwatch_metric_alarm.known");
    assertThat(known.dimensions()).containsExactly(
        java.util.Map.entry("VpnId", key("aws_vpn_connection.one")));
    assertThat(known.actions())
        .containsExactly(Value.known("arn:aws:sns:eu-west-1:111122223333:ops"));

    Alarm query = one(R, Alarm.class, "aws_cloudwatch_metric_alarm.query");
    assertThat(query.namespace().get()).isEqualTo("AWS/VPN");
    assertThat(query.metricName().get()).isEqualTo("TunnelState");
    assertThat(query.dimensions()).containsExactly(
        java.util.Map.entry("VpnId", key("aws_vpn_connection.both")));
    assertThat(query.actions()).isEmpty();
  }
}
