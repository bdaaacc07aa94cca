package io.netlint.rules.vpn;

import io.netlint.model.Alarm;
import io.netlint.model.Cidr;
import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.ExternalReference;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RoutePropagation;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.SourceRef;
import io.netlint.model.TgwRoute;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnGateway;
import io.netlint.model.VpnTunnel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds Site-to-Site VPN networks for unit tests: gateways with ASNs, routing modes, routes,
 * propagations and alarms. Elements get increasing lines of {@code s2s.yaml}.
 */
final class SiteToSiteModel {

  static final Value<Boolean> STATIC = Value.known(true);
  static final Value<Boolean> BGP = Value.known(false);
  static final Value<Boolean> NOT_SET = Value.absent();

  private final List<Element> elements = new ArrayList<>();
  private final String file;
  private int line = 1;

  SiteToSiteModel() {
    this("s2s.yaml");
  }

  /** A model for another file; {@code aws_} kinds make it a Terraform plan. */
  SiteToSiteModel(String file) {
    this.file = file;
  }

  private boolean terraform() { return file.endsWith(".tfplan.json"); }

  ElementMeta meta(String name, String cfnKind, String tfKind) {
    return new ElementMeta(file + "#" + name, terraform() ? tfKind : cfnKind,
        new SourceRef(file, line++, 3, name), Value.absent(), Value.absent());
  }

  <T extends Element> T add(T e) {
    elements.add(e);
    return e;
  }

  static Ref to(Element e) { return Ref.toKey(e.key()); }

  static Ref unknown() { return Ref.unknown("parameter has no default"); }

  Vpc vpc(String name) {
    return add(new Vpc(meta(name, "AWS::EC2::VPC", "aws_vpc"),
        Value.known(Cidr.of("10.0.0.0/16")), Value.absent()));
  }

  VpnGateway vgw(String name) {
    return vgw(name, Ref.absent(), Value.absent());
  }

  VpnGateway vgw(String name, Ref vpc, Value<Long> asn) {
    return add(new VpnGateway(meta(name, "AWS::EC2::VPNGateway", "aws_vpn_gateway"), vpc, asn));
  }

  GatewayAttachment attach(String name, Ref vpc, Ref gateway) {
    return add(new GatewayAttachment(
        meta(name, "AWS::EC2::VPCGatewayAttachment", "aws_vpn_gateway_attachment"), vpc, gateway));
  }

  TransitGateway tgw(String name, Value<Long> asn, Value<Boolean> ecmp) {
    return add(new TransitGateway(meta(name, "AWS::EC2::TransitGateway",
        "aws_ec2_transit_gateway"), asn, Value.absent(), Value.absent(), ecmp));
  }

  CustomerGateway cgw(String name, String ip, long asn) {
    return cgw(name, Value.known(ip), Value.known(asn), Value.absent());
  }

  CustomerGateway cgw(String name, Value<String> ip, Value<Long> asn, Value<String> device) {
    return add(new CustomerGateway(meta(name, "AWS::EC2::CustomerGateway",
        "aws_customer_gateway"), asn, ip, device));
  }

  VpnConnection vpn(String name, Ref cgw, Ref vgw, Ref tgw, Value<Boolean> staticOnly) {
    return add(new VpnConnection(meta(name, "AWS::EC2::VPNConnection", "aws_vpn_connection"),
        cgw, vgw, tgw, staticOnly, List.of(VpnTunnel.unspecified(), VpnTunnel.unspecified()),
        Value.absent(), Value.absent(), Value.absent()));
  }

  VpnConnection vpnToVgw(String name, Element cgw, Element vgw, Value<Boolean> staticOnly) {
    return vpn(name, to(cgw), to(vgw), Ref.absent(), staticOnly);
  }

  VpnConnection vpnToTgw(String name, Element cgw, Element tgw, Value<Boolean> staticOnly) {
    return vpn(name, to(cgw), Ref.absent(), to(tgw), staticOnly);
  }

  VpnConnectionRoute vpnRoute(String name, Ref connection, String cidr) {
    return add(new VpnConnectionRoute(meta(name, "AWS::EC2::VPNConnectionRoute",
        "aws_vpn_connection_route"), connection, Value.known(Cidr.of(cidr))));
  }

  RouteTable routeTable(String name, Ref vpc) {
    return add(new RouteTable(meta(name, "AWS::EC2::RouteTable", "aws_route_table"), vpc, false));
  }

  Route route(String name, Ref table, RouteTarget.Kind kind, Ref target) {
    return add(new Route(meta(name, "AWS::EC2::Route", "aws_route"), table,
        Value.known(Cidr.of("192.168.0.0/16")), Value.absent(), new RouteTarget(kind, target)));
  }

  RoutePropagation propagation(String name, Ref table, Ref vgw) {
    return add(new RoutePropagation(meta(name, "AWS::EC2::VPNGatewayRoutePropagation",
        "aws_vpn_gateway_route_propagation"), table, vgw));
  }

  TgwRoute tgwRoute(String name, Ref table, Ref attachment) {
    return add(new TgwRoute(meta(name, "AWS::EC2::TransitGatewayRoute",
        "aws_ec2_transit_gateway_route"), table, Value.known(Cidr.of("192.168.0.0/16")),
        attachment, false));
  }

  Alarm alarm(String name, Value<String> namespace, Value<String> metric,
      Map<String, Ref> dimensions) {
    return add(new Alarm(meta(name, "AWS::CloudWatch::Alarm", "aws_cloudwatch_metric_alarm"),
        namespace, metric, dimensions, List.of()));
  }

  Alarm tunnelAlarm(String name, Ref vpnId) {
    return alarm(name, Value.known("AWS/VPN"), Value.known("TunnelState"), Map.of("VpnId", vpnId));
  }

  ExternalReference external(String name, Ref target, String via) {
    return add(new ExternalReference(meta(name, "AWS::Serverless::Application",
        "module"), target, via));
  }

  Network network() { return Network.of(elements); }
}
