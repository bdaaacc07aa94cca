package io.netlint.testing;

import io.netlint.model.Alarm;
import io.netlint.model.AutoScalingGroup;
import io.netlint.model.Cidr;
import io.netlint.model.CustomerGateway;
import io.netlint.model.DxConnection;
import io.netlint.model.DxGateway;
import io.netlint.model.DxGatewayAssociation;
import io.netlint.model.DxLag;
import io.netlint.model.DxVirtualInterface;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.ExternalReference;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RoutePropagation;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTableAssociation;
import io.netlint.model.RouteTarget;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.TgwPeeringAttachment;
import io.netlint.model.TgwRoute;
import io.netlint.model.TgwRouteTable;
import io.netlint.model.TgwRouteTableLink;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcCidrBlock;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnGateway;
import io.netlint.model.VpnTunnel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small networks by hand for rule tests. Each element gets the next line of one input file
 * and the key {@code file#name}; kinds are CloudFormation types unless the builder was made with
 * {@link #terraform(String)}. A {@code null} CIDR, zone or count stands for a value not known
 * until deployment.
 */
public final class TestNetworks {

  public static final Value<Boolean> STATIC = Value.known(true);
  public static final Value<Boolean> BGP = Value.known(false);
  public static final Value<Boolean> NOT_SET = Value.absent();
  public static final Value<Boolean> UNKNOWN_CHECK =
      Value.unknown("parameter 'Forwarding' has no default");

  private static final Map<String, String> TERRAFORM_KINDS = Map.ofEntries(
      Map.entry("AWS::EC2::VPC", "aws_vpc"),
      Map.entry("AWS::EC2::VPNGateway", "aws_vpn_gateway"),
      Map.entry("AWS::EC2::VPCGatewayAttachment", "aws_vpn_gateway_attachment"),
      Map.entry("AWS::EC2::TransitGateway", "aws_ec2_transit_gateway"),
      Map.entry("AWS::EC2::CustomerGateway", "aws_customer_gateway"),
      Map.entry("AWS::EC2::VPNConnection", "aws_vpn_connection"),
      Map.entry("AWS::EC2::VPNConnectionRoute", "aws_vpn_connection_route"),
      Map.entry("AWS::EC2::RouteTable", "aws_route_table"),
      Map.entry("AWS::EC2::Route", "aws_route"),
      Map.entry("AWS::EC2::VPNGatewayRoutePropagation", "aws_vpn_gateway_route_propagation"),
      Map.entry("AWS::EC2::TransitGatewayRoute", "aws_ec2_transit_gateway_route"),
      Map.entry("AWS::CloudWatch::Alarm", "aws_cloudwatch_metric_alarm"),
      Map.entry("AWS::Serverless::Application", "module"));

  private final List<Element> elements = new ArrayList<>();
  private final String file;
  private final boolean terraform;
  private int line = 1;

  private TestNetworks(String file, boolean terraform) {
    this.file = file;
    this.terraform = terraform;
  }

  /** Elements of {@code test.yaml}. */
  public TestNetworks() {
    this("test.yaml");
  }

  public TestNetworks(String file) {
    this(file, false);
  }

  /** Elements of a Terraform plan: kinds are Terraform resource types. */
  public static TestNetworks terraform(String file) {
    return new TestNetworks(file, true);
  }

  // ---- plumbing ----

  public ElementMeta meta(String name, String kind) {
    return meta(name, kind, Value.absent());
  }

  public ElementMeta meta(String name, String kind, Value<String> awsId) {
    String k = terraform ? TERRAFORM_KINDS.getOrDefault(kind, kind) : kind;
    return new ElementMeta(file + "#" + name, k, new SourceRef(file, line++, 3, name), awsId,
        Value.absent());
  }

  public <T extends Element> T add(T e) {
    elements.add(e);
    return e;
  }

  /** Elements of another builder join this one, as a second input file of the same run. */
  public TestNetworks include(TestNetworks other) {
    elements.addAll(other.elements);
    return this;
  }

  public Network network() {
    return Network.of(elements);
  }

  // ---- values ----

  public static Ref to(Element e) {
    return Ref.toKey(e.key());
  }

  public static Ref unknownRef() {
    return Ref.unknown("parameter has no default");
  }

  public static Value<Cidr> cidr(String text) {
    return text == null ? Value.unknown("parameter with no default") : Value.known(Cidr.of(text));
  }

  public static Value<Cidr> unknownCidr() {
    return Value.unknown("known after apply");
  }

  private static Value<String> zone(String z) {
    return z == null ? Value.unknown("chosen by AWS") : Value.known(z);
  }

  /** A check set to true or false, or left at AWS's default (null). */
  public static Value<Boolean> check(Boolean b) {
    return Value.ofNullable(b);
  }

  public static VpnTunnel tunnel(String insideCidr, Map<String, String> options) {
    return new VpnTunnel(true,
        insideCidr == null ? Value.absent() : Value.known(Cidr.of(insideCidr)), options);
  }

  private static List<VpnTunnel> defaultTunnels() {
    return List.of(VpnTunnel.unspecified(), VpnTunnel.unspecified());
  }

  // ---- VPCs and subnets ----

  /** A VPC with 10.0.0.0/16. */
  public Vpc vpc(String name) {
    return vpc(name, "10.0.0.0/16");
  }

  public Vpc vpc(String name, String cidr) {
    return vpc(name, cidr(cidr), Value.absent());
  }

  public Vpc vpc(String name, Value<Cidr> cidr, Value<Cidr> ipv6) {
    return add(new Vpc(meta(name, "AWS::EC2::VPC"), cidr, ipv6));
  }

  /** A Terraform VPC whose AWS ID is known. */
  public Vpc vpcWithId(String name, String cidr, String awsId) {
    return add(new Vpc(meta(name, "aws_vpc", Value.known(awsId)), cidr(cidr), Value.absent()));
  }

  public VpcCidrBlock block(String name, Vpc vpc, String cidr) {
    return block(name, to(vpc), cidr(cidr));
  }

  public VpcCidrBlock block(String name, Ref vpc, Value<Cidr> cidr) {
    return block(name, vpc, cidr, "AWS::EC2::VPCCidrBlock");
  }

  public VpcCidrBlock block(String name, Ref vpc, Value<Cidr> cidr, String kind) {
    return add(new VpcCidrBlock(meta(name, kind), vpc, cidr));
  }

  /** A subnet in a zone, without CIDRs. */
  public Subnet subnet(String name, Vpc vpc, String az) {
    return add(new Subnet(meta(name, "AWS::EC2::Subnet"), to(vpc), Value.absent(), Value.absent(),
        zone(az)));
  }

  /** A subnet with an IPv4 CIDR and no zone. */
  public Subnet cidrSubnet(String name, Vpc vpc, String cidr) {
    return subnet(name, to(vpc), cidr(cidr), Value.absent());
  }

  public Subnet subnet(String name, Ref vpc, Value<Cidr> cidr, Value<Cidr> ipv6) {
    return add(new Subnet(meta(name, "AWS::EC2::Subnet"), vpc, cidr, ipv6, Value.absent()));
  }

  public VpcPeering peering(String name, Vpc requester, Vpc accepter) {
    return peering(name, to(requester), to(accepter));
  }

  public VpcPeering peering(String name, Ref requester, Ref accepter) {
    return add(new VpcPeering(meta(name, "AWS::EC2::VPCPeeringConnection"), requester, accepter,
        Value.absent(), Value.absent()));
  }

  // ---- route tables and routes ----

  public RouteTable table(String name, Vpc vpc) {
    return table(name, to(vpc));
  }

  public RouteTable table(String name, Ref vpc) {
    return add(new RouteTable(meta(name, "AWS::EC2::RouteTable"), vpc, false));
  }

  public RouteTable mainTable(String name, Vpc vpc) {
    return add(new RouteTable(meta(name, "AWS::EC2::RouteTable"), to(vpc), true));
  }

  /** The VPC's main table as Terraform's {@code aws_default_route_table}. */
  public RouteTable defaultRouteTable(String name, Vpc vpc) {
    return add(new RouteTable(meta(name, "aws_default_route_table"), to(vpc), true));
  }

  /** Associates each subnet with the table, as {@code <subnet>Assoc}. */
  public void associate(RouteTable table, Subnet... subnets) {
    for (Subnet s : subnets) {
      associate(s.name() + "Assoc", to(table), to(s));
    }
  }

  public RouteTableAssociation associate(String name, RouteTable table, Subnet subnet) {
    return associate(name, to(table), to(subnet));
  }

  public RouteTableAssociation associate(String name, Ref table, Subnet subnet) {
    return associate(name, table, to(subnet));
  }

  public RouteTableAssociation associate(String name, Ref table, Ref subnet) {
    return add(new RouteTableAssociation(meta(name, "AWS::EC2::SubnetRouteTableAssociation"),
        table, subnet, Ref.absent()));
  }

  /** A route to an element; the target kind follows from the element's type. */
  public Route route(String name, RouteTable table, String destination, Element target) {
    return route(name, to(table), destination, targetKind(target), to(target));
  }

  public Route route(String name, RouteTable table, String destination, RouteTarget.Kind kind,
      Ref target) {
    return route(name, to(table), destination, kind, target);
  }

  public Route route(String name, Ref table, String destination, RouteTarget.Kind kind,
      Ref target) {
    return add(new Route(meta(name, "AWS::EC2::Route"), table, cidr(destination), Value.absent(),
        new RouteTarget(kind, target)));
  }

  /** A route to 192.168.0.0/16. */
  public Route route(String name, Ref table, RouteTarget.Kind kind, Ref target) {
    return route(name, table, "192.168.0.0/16", kind, target);
  }

  private static RouteTarget.Kind targetKind(Element target) {
    if (target instanceof Instance) return RouteTarget.Kind.INSTANCE;
    if (target instanceof NetworkInterface) return RouteTarget.Kind.NETWORK_INTERFACE;
    if (target instanceof VpcPeering) return RouteTarget.Kind.VPC_PEERING;
    if (target instanceof TransitGateway) return RouteTarget.Kind.TRANSIT_GATEWAY;
    if (target instanceof VpnGateway) return RouteTarget.Kind.VPN_GATEWAY;
    throw new IllegalArgumentException("no route target kind for " + target.key());
  }

  public RoutePropagation propagation(String name, Ref table, Ref vgw) {
    return add(new RoutePropagation(meta(name, "AWS::EC2::VPNGatewayRoutePropagation"), table,
        vgw));
  }

  // ---- instances and appliances ----

  public Instance instance(String name, Subnet subnet) {
    return instance(name, subnet, (Boolean) null);
  }

  /** An instance whose source/destination check is set, or left at the default (null). */
  public Instance instance(String name, Subnet subnet, Boolean sourceDestCheck) {
    return instance(name, subnet, check(sourceDestCheck));
  }

  public Instance instance(String name, Subnet subnet, Value<Boolean> sourceDestCheck) {
    return instance(name, to(subnet), Value.absent(), sourceDestCheck, List.of());
  }

  public Instance instance(String name, Ref subnet, Value<Boolean> sourceDestCheck,
      List<Ref> enis) {
    return instance(name, subnet, Value.absent(), sourceDestCheck, enis);
  }

  public Instance instance(String name, Ref subnet, Value<String> az,
      Value<Boolean> sourceDestCheck, List<Ref> enis) {
    return add(new Instance(meta(name, "AWS::EC2::Instance"), subnet, az, sourceDestCheck, enis));
  }

  public NetworkInterface eni(String name, Subnet subnet, Boolean sourceDestCheck, Ref instance) {
    return eni(name, subnet, check(sourceDestCheck), instance);
  }

  public NetworkInterface eni(String name, Subnet subnet, Value<Boolean> sourceDestCheck,
      Ref instance) {
    return add(new NetworkInterface(meta(name, "AWS::EC2::NetworkInterface"), to(subnet),
        sourceDestCheck, instance));
  }

  /** A group over the subnets with the given minimum and maximum size (null = unknown). */
  public AutoScalingGroup asg(String name, Integer min, Integer max, Subnet... subnets) {
    return add(new AutoScalingGroup(meta(name, "AWS::AutoScaling::AutoScalingGroup"),
        Arrays.stream(subnets).map(TestNetworks::to).toList(), count(min), count(max)));
  }

  private static Value<Integer> count(Integer n) {
    return n == null ? Value.unknown("parameter") : Value.known(n);
  }

  /** An alarm on one instance's system status check with these actions (null = unknown). */
  public Alarm alarm(String name, Ref instance, String... actions) {
    Map<String, Ref> dims = new LinkedHashMap<>();
    dims.put("InstanceId", instance);
    List<Value<String>> acts = Arrays.stream(actions)
        .map(a -> a == null ? Value.<String>unknown("parameter 'AlarmTopic' has no default")
            : Value.known(a))
        .toList();
    return add(new Alarm(meta(name, "AWS::CloudWatch::Alarm"), Value.known("AWS/EC2"),
        Value.known("StatusCheckFailed_System"), dims, acts));
  }

  public Alarm alarm(String name, Value<String> namespace, Value<String> metric,
      Map<String, Ref> dimensions) {
    return add(new Alarm(meta(name, "AWS::CloudWatch::Alarm"), namespace, metric, dimensions,
        List.of()));
  }

  public Alarm tunnelAlarm(String name, Ref vpnId) {
    return alarm(name, Value.known("AWS/VPN"), Value.known("TunnelState"), Map.of("VpnId", vpnId));
  }

  // ---- references leaving the inputs ----

  /** The target is handed to a serverless application (a Terraform module). */
  public ExternalReference external(String name, Element target, String via) {
    return external(name, to(target), via);
  }

  public ExternalReference external(String name, Ref target, String via) {
    return add(new ExternalReference(meta(name, "AWS::Serverless::Application"), target, via));
  }

  /** The target is passed to the nested stack with that logical ID. */
  public ExternalReference passedOut(String name, Element target, String stack) {
    return add(new ExternalReference(meta(name, "AWS::CloudFormation::Stack"), to(target),
        "AWS::CloudFormation::Stack '" + stack + "'"));
  }

  /** The target is passed to the nested stack 'Nested' as its parameter of the same name. */
  public ExternalReference passOut(Element target) {
    return passedOut("Nested/Parameters/" + target.name(), target, "Nested");
  }

  // ---- gateways ----

  public TransitGateway tgw(String name) {
    return tgw(name, Value.absent(), Value.absent(), Value.absent(), Value.absent());
  }

  public TransitGateway tgw(String name, Value<Long> asn, Value<Boolean> ecmp) {
    return tgw(name, asn, Value.absent(), Value.absent(), ecmp);
  }

  /** A TGW with its default route table association and propagation settings. */
  public TransitGateway tgwDefaults(String name, Value<Boolean> defaultAssociation,
      Value<Boolean> defaultPropagation) {
    return tgw(name, Value.absent(), defaultAssociation, defaultPropagation, Value.absent());
  }

  public TransitGateway tgw(String name, Value<Long> asn, Value<Boolean> defaultAssociation,
      Value<Boolean> defaultPropagation, Value<Boolean> ecmp) {
    return add(new TransitGateway(meta(name, "AWS::EC2::TransitGateway"), asn,
        defaultAssociation, defaultPropagation, ecmp));
  }

  public TgwVpcAttachment attach(String name, TransitGateway tgw, Vpc vpc, Subnet... subnets) {
    return attach(name, to(tgw), to(vpc), subnets);
  }

  public TgwVpcAttachment attach(String name, Ref tgw, Ref vpc, Subnet... subnets) {
    return attach(name, tgw, vpc, Value.absent(), Value.absent(), subnets);
  }

  public TgwVpcAttachment attach(String name, TransitGateway tgw, Vpc vpc,
      Value<Boolean> association, Value<Boolean> propagation) {
    return attach(name, to(tgw), to(vpc), association, propagation);
  }

  private TgwVpcAttachment attach(String name, Ref tgw, Ref vpc, Value<Boolean> association,
      Value<Boolean> propagation, Subnet... subnets) {
    return add(new TgwVpcAttachment(meta(name, "AWS::EC2::TransitGatewayAttachment"), tgw, vpc,
        Arrays.stream(subnets).map(TestNetworks::to).toList(), association, propagation,
        Value.absent()));
  }

  /** Attaches the VPC to the TGW as {@code <vpc>Attachment}. */
  public TgwVpcAttachment attach(Vpc vpc, TransitGateway tgw) {
    return attach(vpc.name() + "Attachment", tgw, vpc);
  }

  /** A TGW attached to each VPC as {@code <tgw><vpc>}. */
  public TransitGateway transitGateway(String name, Vpc... vpcs) {
    TransitGateway tgw = tgw(name);
    for (Vpc v : vpcs) {
      attach(name + v.name(), tgw, v);
    }
    return tgw;
  }

  public TgwRouteTable tgwTable(String name, TransitGateway tgw) {
    return add(new TgwRouteTable(meta(name, "AWS::EC2::TransitGatewayRouteTable"), to(tgw)));
  }

  public TgwRouteTableLink tgwAssociate(String name, Element table, Element attachment) {
    return tgwAssociate(name, to(table), to(attachment));
  }

  public TgwRouteTableLink tgwAssociate(String name, Ref table, Ref attachment) {
    return add(new TgwRouteTableLink(meta(name, "AWS::EC2::TransitGatewayRouteTableAssociation"),
        TgwRouteTableLink.Kind.ASSOCIATION, table, attachment));
  }

  public TgwRouteTableLink tgwPropagate(String name, Element table, Element attachment) {
    return tgwPropagate(name, to(table), to(attachment));
  }

  public TgwRouteTableLink tgwPropagate(String name, Ref table, Ref attachment) {
    return add(new TgwRouteTableLink(meta(name, "AWS::EC2::TransitGatewayRouteTablePropagation"),
        TgwRouteTableLink.Kind.PROPAGATION, table, attachment));
  }

  /** A static TGW route to 192.168.0.0/16. */
  public TgwRoute tgwRoute(String name, Ref table, Ref attachment) {
    return add(new TgwRoute(meta(name, "AWS::EC2::TransitGatewayRoute"), table,
        cidr("192.168.0.0/16"), attachment, false));
  }

  public TgwPeeringAttachment tgwPeering(String name, TransitGateway tgw, String peerId) {
    return add(new TgwPeeringAttachment(meta(name, "AWS::EC2::TransitGatewayPeeringAttachment"),
        to(tgw), Ref.toAwsId(peerId), Value.known("us-east-1"), Value.absent()));
  }

  public VpnGateway vgw(String name) {
    return vgw(name, Ref.absent(), Value.absent());
  }

  /** A VGW that names its VPC itself, without an attachment (null = no VPC). */
  public VpnGateway vgw(String name, Vpc vpc) {
    return vgw(name, vpc == null ? Ref.absent() : to(vpc), Value.absent());
  }

  public VpnGateway vgw(String name, Ref vpc, Value<Long> asn) {
    return add(new VpnGateway(meta(name, "AWS::EC2::VPNGateway"), vpc, asn));
  }

  /** A VGW attached to the VPC through {@code <vgw>Attachment}. */
  public VpnGateway attachedVgw(String name, Vpc vpc) {
    VpnGateway g = vgw(name);
    attach(vpc, g);
    return g;
  }

  /** Attaches the VGW to the VPC as {@code <vgw>Attachment}. */
  public GatewayAttachment attach(Vpc vpc, VpnGateway vgw) {
    return attachGateway(vgw.name() + "Attachment", to(vpc), to(vgw));
  }

  public GatewayAttachment attachGateway(String name, Ref vpc, Ref gateway) {
    return add(new GatewayAttachment(meta(name, "AWS::EC2::VPCGatewayAttachment"), vpc, gateway));
  }

  // ---- VPN ----

  /** A customer gateway with ASN 65000; a null IP is an unknown parameter. */
  public CustomerGateway cgw(String name, String ip) {
    return cgw(name, ip == null ? Value.unknown("parameter 'Ip' has no default") : Value.known(ip),
        Value.absent());
  }

  public CustomerGateway cgw(String name, Value<String> ip, Value<String> deviceName) {
    return cgw(name, ip, Value.known(65000L), deviceName);
  }

  public CustomerGateway cgw(String name, String ip, long asn) {
    return cgw(name, Value.known(ip), Value.known(asn), Value.absent());
  }

  public CustomerGateway cgw(String name, Value<String> ip, Value<Long> asn,
      Value<String> deviceName) {
    return add(new CustomerGateway(meta(name, "AWS::EC2::CustomerGateway"), asn, ip, deviceName));
  }

  public VpnConnection vpn(String name, Ref cgw, Ref vgw, Ref tgw, Value<Boolean> staticOnly) {
    return vpn(name, cgw, vgw, tgw, staticOnly, defaultTunnels(), Value.absent(),
        Value.absent());
  }

  public VpnConnection vpn(String name, Ref cgw, Ref vgw, Ref tgw, VpnTunnel t1, VpnTunnel t2) {
    return vpn(name, cgw, vgw, tgw, Value.absent(), List.of(t1, t2), Value.absent(),
        Value.absent());
  }

  /** A static VPN to a VGW or TGW with the given local network CIDR. */
  public VpnConnection vpn(String name, CustomerGateway cgw, Element gateway,
      Value<Cidr> localCidr) {
    boolean transit = gateway instanceof TransitGateway;
    return vpn(name, to(cgw), transit ? Ref.absent() : to(gateway),
        transit ? to(gateway) : Ref.absent(), STATIC, defaultTunnels(), localCidr, Value.absent());
  }

  /**
   * A VPN from a new customer gateway {@code <name>Router} to a VGW or TGW; the outside IP type
   * is absent (public, null), known, or unknown ("?").
   */
  public VpnConnection vpn(String name, Ref gateway, boolean transit, String outside) {
    CustomerGateway cgw = cgw(name + "Router", Value.known("203.0.113.30"), Value.known(65100L),
        Value.absent());
    Value<String> type = outside == null ? Value.absent()
        : outside.equals("?") ? Value.unknown("parameter 'Outside' has no default")
        : Value.known(outside);
    return vpn(name, to(cgw), transit ? Ref.absent() : gateway, transit ? gateway : Ref.absent(),
        Value.absent(), defaultTunnels(), Value.absent(), type);
  }

  private VpnConnection vpn(String name, Ref cgw, Ref vgw, Ref tgw, Value<Boolean> staticOnly,
      List<VpnTunnel> tunnels, Value<Cidr> localCidr, Value<String> outsideType) {
    return add(new VpnConnection(meta(name, "AWS::EC2::VPNConnection"), cgw, vgw, tgw,
        staticOnly, tunnels, localCidr, Value.absent(), outsideType));
  }

  public VpnConnection vpnToVgw(String name, Element cgw, Element vgw) {
    return vpn(name, to(cgw), to(vgw), Ref.absent(), VpnTunnel.unspecified(),
        VpnTunnel.unspecified());
  }

  public VpnConnection vpnToVgw(String name, Element cgw, Element vgw, VpnTunnel t1,
      VpnTunnel t2) {
    return vpn(name, to(cgw), to(vgw), Ref.absent(), t1, t2);
  }

  public VpnConnection vpnToVgw(String name, Element cgw, Element vgw,
      Value<Boolean> staticOnly) {
    return vpn(name, to(cgw), to(vgw), Ref.absent(), staticOnly);
  }

  public VpnConnection vpnToTgw(String name, Element cgw, Element tgw,
      Value<Boolean> staticOnly) {
    return vpn(name, to(cgw), Ref.absent(), to(tgw), staticOnly);
  }

  public VpnConnectionRoute vpnRoute(String name, VpnConnection vpn, String cidr) {
    return vpnRoute(name, to(vpn), cidr);
  }

  public VpnConnectionRoute vpnRoute(String name, Ref connection, String cidr) {
    return add(new VpnConnectionRoute(meta(name, "AWS::EC2::VPNConnectionRoute"), connection,
        cidr(cidr)));
  }

  // ---- Direct Connect ----

  public DxConnection connection(String name, String location) {
    return connection(name, location, Ref.absent(), Value.absent(), Value.absent());
  }

  public DxConnection connection(String name, String location, Ref lag, Value<Boolean> macsec,
      Value<String> encryptionMode) {
    return add(new DxConnection(meta(name, "AWS::DirectConnect::Connection"),
        Value.known(location), Value.known("10Gbps"), lag, macsec, encryptionMode));
  }

  /** A Terraform {@code aws_dx_connection} at EqLD5. */
  public DxConnection tfConnection(String name, Value<Boolean> macsec,
      Value<String> encryptionMode) {
    return add(new DxConnection(meta(name, "aws_dx_connection"), Value.known("EqLD5"),
        Value.known("10Gbps"), Ref.absent(), macsec, encryptionMode));
  }

  public DxLag lag(String name, String location, Value<Boolean> macsec) {
    return add(new DxLag(meta(name, "AWS::DirectConnect::Lag"), Value.known(location),
        Value.absent(), macsec));
  }

  public DxGateway dxgw(String name) {
    return add(new DxGateway(meta(name, "AWS::DirectConnect::DirectConnectGateway"),
        Value.known(64620L)));
  }

  /** Associates a gateway with the Direct Connect gateway {@code dxgw-1}. */
  public DxGatewayAssociation dxAssociation(String name, Ref gateway) {
    return dxAssociation(name, Ref.toAwsId("dxgw-1"), gateway);
  }

  public DxGatewayAssociation dxAssociation(String name, Ref dxgw, Ref gateway) {
    return add(new DxGatewayAssociation(meta(name,
        "AWS::DirectConnect::DirectConnectGatewayAssociation"), dxgw, gateway, List.of()));
  }

  public DxVirtualInterface privateVif(String name, Ref connection, Element vgw) {
    return vif(name, DxVirtualInterface.Kind.PRIVATE, connection, Ref.absent(), to(vgw));
  }

  public DxVirtualInterface transitVif(String name, Ref connection, Element dxgw) {
    return vif(name, DxVirtualInterface.Kind.TRANSIT, connection, to(dxgw), Ref.absent());
  }

  public DxVirtualInterface vif(String name, DxVirtualInterface.Kind kind, Ref connection,
      Ref dxgw, Ref vgw) {
    String type = kind.name().charAt(0) + kind.name().substring(1).toLowerCase();
    return add(new DxVirtualInterface(meta(name,
        "AWS::DirectConnect::" + type + "VirtualInterface"), kind, connection, dxgw, vgw,
        Value.known(65100L)));
  }
}
