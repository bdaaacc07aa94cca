package io.netlint.policy;

import static io.netlint.policy.NetworkView.value;
import static io.netlint.policy.Type.Basic.BOOL;
import static io.netlint.policy.Type.Basic.CIDR;
import static io.netlint.policy.Type.Basic.NUMBER;
import static io.netlint.policy.Type.Basic.STRING;
import static io.netlint.policy.Type.Basic.TAGS;

import io.netlint.model.Alarm;
import io.netlint.model.AutoScalingGroup;
import io.netlint.model.Cidr;
import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.ClientVpnEndpoint;
import io.netlint.model.CustomerGateway;
import io.netlint.model.DxConnection;
import io.netlint.model.DxGateway;
import io.netlint.model.DxLag;
import io.netlint.model.DxVirtualInterface;
import io.netlint.model.Element;
import io.netlint.model.EndpointService;
import io.netlint.model.Instance;
import io.netlint.model.InternetGateway;
import io.netlint.model.NatGateway;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTableAssociation;
import io.netlint.model.RouteTarget;
import io.netlint.model.SecurityGroup;
import io.netlint.model.SecurityGroupRule;
import io.netlint.model.Subnet;
import io.netlint.model.TgwPeeringAttachment;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcEndpoint;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnGateway;
import io.netlint.policy.NetworkView.Link;
import io.netlint.policy.NetworkView.Tunnel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What policies can see: the collections of the model, the attributes and relations of each kind
 * of object, and the functions. This is the language's vocabulary; docs/policies.md lists it.
 */
final class Schema {

  /** A top-level collection, e.g. {@code vpcs}. */
  record Collection(String name, ObjectType type, Function<NetworkView, List<Object>> items) {}

  private static final Map<String, ObjectType> TYPES = new LinkedHashMap<>();
  private static final Map<String, Collection> COLLECTIONS = new LinkedHashMap<>();

  static final ObjectType VPC = element("vpc", "VPC");
  static final ObjectType SUBNET = element("subnet", "subnet");
  static final ObjectType ROUTE_TABLE = element("route_table", "route table");
  static final ObjectType ROUTE = element("route", "route");
  static final ObjectType INTERNET_GATEWAY = element("internet_gateway", "internet gateway");
  static final ObjectType NAT_GATEWAY = element("nat_gateway", "NAT gateway");
  static final ObjectType VPN_CONNECTION = element("vpn_connection", "VPN connection");
  static final ObjectType VPN_TUNNEL = part(new ObjectType("vpn_tunnel", "VPN connection",
      o -> ((Tunnel) o).vpn()));
  static final ObjectType CUSTOMER_GATEWAY = element("customer_gateway", "customer gateway");
  static final ObjectType VPN_GATEWAY = element("vpn_gateway", "virtual private gateway");
  static final ObjectType TRANSIT_GATEWAY = element("transit_gateway", "transit gateway");
  static final ObjectType TGW_ATTACHMENT = element("transit_gateway_attachment",
      "transit gateway attachment");
  static final ObjectType TGW_PEERING = element("transit_gateway_peering",
      "transit gateway peering");
  static final ObjectType VPC_PEERING = element("vpc_peering", "VPC peering");
  static final ObjectType VPC_ENDPOINT = element("vpc_endpoint", "VPC endpoint");
  static final ObjectType ENDPOINT_SERVICE = element("endpoint_service", "endpoint service");
  static final ObjectType DX_CONNECTION = element("dx_connection", "Direct Connect connection");
  static final ObjectType DX_LAG = element("dx_lag", "Direct Connect LAG");
  static final ObjectType DX_GATEWAY = element("dx_gateway", "Direct Connect gateway");
  static final ObjectType DX_VIF = element("dx_virtual_interface", "virtual interface");
  static final ObjectType CLIENT_VPN = element("client_vpn_endpoint", "Client VPN endpoint");
  static final ObjectType INSTANCE = element("instance", "instance");
  static final ObjectType NETWORK_INTERFACE = element("network_interface", "network interface");
  static final ObjectType ASG = element("auto_scaling_group", "Auto Scaling group");
  static final ObjectType SECURITY_GROUP = element("security_group", "security group");
  static final ObjectType SG_RULE = element("security_group_rule", "security group rule");
  static final ObjectType ALARM = element("alarm", "alarm");
  static final ObjectType CONNECTION = part(new ObjectType("connection", "VPC",
      o -> ((Link) o).from(), o -> {
        Link l = (Link) o;
        List<Element> out = new ArrayList<>();
        if (l.to() instanceof Element e) out.add(e);
        if (l.via() != null) out.add(l.via());
        return out;
      }));

  private static final Type STRINGS = new Type.ListOf(STRING);
  private static final Type NUMBERS = new Type.ListOf(NUMBER);
  private static final Type CIDRS = new Type.ListOf(CIDR);
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

  static {
    defineVpcs();
    defineVpn();
    defineTransit();
    defineEndpoints();
    defineDirectConnect();
    defineCompute();
    defineConnection();
  }

  private Schema() {}

  static Map<String, ObjectType> types() { return Collections.unmodifiableMap(TYPES); }

  static Map<String, Collection> collections() { return Collections.unmodifiableMap(COLLECTIONS); }

  /** A type for a part of an element (a tunnel, a connection); it has no common attributes. */
  private static ObjectType part(ObjectType t) {
    TYPES.put(t.name(), t);
    return t;
  }

  private static ObjectType element(String name, String noun) {
    ObjectType t = new ObjectType(name, noun, o -> (Element) o);
    TYPES.put(name, t);
    return t;
  }

  /** Typed attribute definitions for one object type. */
  private static final class Def<T> {
    private final ObjectType type;

    Def(ObjectType type) {
      this.type = type;
    }

    @SuppressWarnings("unchecked")
    Def<T> attr(String name, Type t, String doc, java.util.function.BiFunction<NetworkView, T,
        Object> f) {
      type.add(new ObjectType.Attribute(name, t, doc, (view, self) -> f.apply(view, (T) self)));
      return this;
    }

    Def<T> attr(String name, Type t, String doc, Function<T, Object> f) {
      return attr(name, t, doc, (view, self) -> f.apply(self));
    }
  }

  /** Declares a collection of elements with the attributes every element has. */
  private static <T extends Element> Def<T> collection(String name, ObjectType type,
      Class<T> cls) {
    COLLECTIONS.put(name, new Collection(name, type, v -> NetworkView.elements(v, cls)));
    return common(new Def<>(type));
  }

  private static <T extends Element> Def<T> common(Def<T> d) {
    return d
        .attr("name", STRING, "logical ID or Terraform address", e -> e.name())
        .attr("kind", STRING, "resource type as written, e.g. AWS::EC2::VPC or aws_vpc",
            e -> e.meta().kind())
        .attr("id", STRING, "AWS ID, when the input knows it", e -> value(e.meta().awsId()))
        .attr("region", STRING, "region (Terraform provider; --region for CloudFormation)",
            e -> value(e.region()))
        .attr("tags", TAGS, "tags, e.g. vpc.tags.env or vpc.tags['cost-centre']",
            e -> tags(e.meta().tags()))
        .attr("file", STRING, "the input file", e -> e.source().file());
  }

  private static Map<String, Object> tags(Map<String, Value<String>> tags) {
    if (tags.isEmpty()) return Map.of();
    Map<String, Object> out = new LinkedHashMap<>();
    tags.forEach((k, v) -> out.put(k, value(v)));
    return out;
  }

  private static Type list(ObjectType t) { return new Type.ListOf(t); }

  // ---- VPCs, subnets, routing ------------------------------------------------------------------

  private static void defineVpcs() {
    collection("vpcs", VPC, Vpc.class)
        .attr("cidr", CIDR, "primary IPv4 CIDR", v -> value(v.cidr()))
        .attr("ipv6_cidr", CIDR, "primary IPv6 CIDR", v -> value(v.ipv6Cidr()))
        .attr("cidrs", CIDRS, "every CIDR block: primary, IPv6 and secondary",
            (view, v) -> NetworkView.cidrs(view.network().cidrsOf(v)))
        .attr("ipv4_cidrs", CIDRS, "IPv4 blocks, and blocks whose range is unknown",
            (view, v) -> family(view.network().cidrsOf(v), Cidr.Family.IPV4))
        .attr("ipv6_cidrs", CIDRS, "IPv6 blocks, and blocks whose range is unknown",
            (view, v) -> family(view.network().cidrsOf(v), Cidr.Family.IPV6))
        .attr("subnets", list(SUBNET), "its subnets",
            (view, v) -> NetworkView.view(view.network().subnetsOf(v)))
        .attr("route_tables", list(ROUTE_TABLE), "its route tables",
            (view, v) -> NetworkView.view(view.network().routeTablesOf(v)))
        .attr("security_groups", list(SECURITY_GROUP), "its security groups",
            (view, v) -> view.linked("sg.vpc", SecurityGroup.class, SecurityGroup::vpc, v))
        .attr("endpoints", list(VPC_ENDPOINT), "its VPC endpoints",
            (view, v) -> view.linked("vpce.vpc", VpcEndpoint.class, VpcEndpoint::vpc, v))
        .attr("internet_gateways", list(INTERNET_GATEWAY), "internet gateways attached to it",
            (view, v) -> attached(view, v, InternetGateway.class))
        .attr("vpn_gateways", list(VPN_GATEWAY), "virtual private gateways attached to it",
            (view, v) -> attached(view, v, VpnGateway.class))
        .attr("transit_gateway_attachments", list(TGW_ATTACHMENT), "its transit gateway"
            + " attachments", (view, v) -> view.linked("tgwatt.vpc", TgwVpcAttachment.class,
                TgwVpcAttachment::vpc, v))
        .attr("transit_gateways", list(TRANSIT_GATEWAY), "transit gateways it is attached to",
            (view, v) -> NetworkView.distinct(project(view, view.linked("tgwatt.vpc",
                TgwVpcAttachment.class, TgwVpcAttachment::vpc, v),
                a -> view.resolve(((TgwVpcAttachment) a).transitGateway(), TransitGateway.class,
                    "transit gateway"))))
        .attr("peerings", list(VPC_PEERING), "peering connections it is a side of",
            (view, v) -> NetworkView.distinct(concat(
                view.linked("pcx.req", VpcPeering.class, VpcPeering::requesterVpc, v),
                view.linked("pcx.acc", VpcPeering.class, VpcPeering::accepterVpc, v))))
        .attr("connections", list(CONNECTION), "the VPCs it is connected to, and through what",
            (view, v) -> List.copyOf(view.linksOf(v)))
        .attr("connected_vpcs", list(VPC), "the VPCs it is connected to by peering or a"
            + " transit gateway", (view, v) -> NetworkView.distinct(
                project(view, List.copyOf(view.linksOf(v)), l -> ((Link) l).to())));

    collection("subnets", SUBNET, Subnet.class)
        .attr("cidr", CIDR, "IPv4 CIDR", s -> value(s.cidr()))
        .attr("ipv6_cidr", CIDR, "IPv6 CIDR", s -> value(s.ipv6Cidr()))
        .attr("availability_zone", STRING, "availability zone, as written",
            s -> value(s.availabilityZone()))
        .attr("vpc", VPC, "its VPC", (view, s) -> view.resolve(s.vpc(), Vpc.class, "VPC"))
        .attr("route_table", ROUTE_TABLE, "its route table (explicit, else the VPC's main)",
            (view, s) -> view.network().routeTableOf(s).<Object>map(t -> t).orElse(None.NONE))
        .attr("public", BOOL, "its route table sends 0.0.0.0/0 or ::/0 to an internet gateway",
            (view, s) -> view.network().routeTableOf(s).map(t -> isPublic(view, t))
                .orElse(false))
        .attr("instances", list(INSTANCE), "instances in it",
            (view, s) -> view.linked("i.subnet", Instance.class, Instance::subnet, s));

    collection("route_tables", ROUTE_TABLE, RouteTable.class)
        .attr("vpc", VPC, "its VPC", (view, t) -> view.resolve(t.vpc(), Vpc.class, "VPC"))
        .attr("main", BOOL, "the VPC's main route table", t -> t.main())
        .attr("routes", list(ROUTE), "its routes",
            (view, t) -> NetworkView.view(view.network().routesOf(t)))
        .attr("subnets", list(SUBNET), "subnets explicitly associated with it",
            (view, t) -> project(view, view.linked("rta.table", RouteTableAssociation.class,
                RouteTableAssociation::routeTable, t),
                a -> view.resolve(((RouteTableAssociation) a).subnet(), Subnet.class, "subnet")));

    collection("routes", ROUTE, Route.class)
        .attr("route_table", ROUTE_TABLE, "its route table",
            (view, r) -> view.resolve(r.routeTable(), RouteTable.class, "route table"))
        .attr("destination", CIDR, "destination CIDR (IPv4 or IPv6)", r -> value(r.destination()))
        .attr("prefix_list", STRING, "destination prefix list ID",
            r -> value(r.destinationPrefixList()))
        .attr("target_kind", STRING, "internet_gateway, nat_gateway, transit_gateway,"
            + " vpc_peering, vpn_gateway, instance, network_interface, vpc_endpoint, local, …",
            r -> r.target().kind().name().toLowerCase(Locale.ROOT))
        .attr("target", STRING, "the target's name, or its ID when it is not among the inputs",
            (view, r) -> refName(view, r.target().target()));

    collection("internet_gateways", INTERNET_GATEWAY, InternetGateway.class)
        .attr("egress_only", BOOL, "an egress-only internet gateway", g -> g.egressOnly())
        .attr("vpcs", list(VPC), "VPCs it is attached to", (view, g) -> vpcsAttachedTo(view, g));

    collection("nat_gateways", NAT_GATEWAY, NatGateway.class)
        .attr("subnet", SUBNET, "its subnet",
            (view, g) -> view.resolve(g.subnet(), Subnet.class, "subnet"))
        .attr("connectivity_type", STRING, "public (the default) or private",
            g -> value(g.connectivityType(), "public"));
  }

  private static List<Object> family(List<Value<Cidr>> blocks, Cidr.Family family) {
    List<Object> out = new ArrayList<>();
    for (Value<Cidr> b : blocks) {
      if (b.isUnknown() || b.isKnown() && b.get().family() == family) out.add(value(b));
    }
    return out;
  }

  private static boolean isPublic(NetworkView view, RouteTable t) {
    for (Route r : view.network().routesOf(t)) {
      if (r.target().kind() == RouteTarget.Kind.INTERNET_GATEWAY && r.destination().isKnown()
          && r.destination().get().prefixLength() == 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Object> attached(NetworkView view, Vpc vpc, Class<? extends Element> type) {
    List<Object> out = new ArrayList<>();
    for (Element g : view.network().all(type)) {
      if (view.network().vpcsAttachedTo(g).contains(vpc.key())) out.add(g);
    }
    return out;
  }

  private static List<Object> vpcsAttachedTo(NetworkView view, Element gateway) {
    List<Object> out = new ArrayList<>();
    for (String id : view.network().vpcsAttachedTo(gateway)) {
      Optional<Element> e = view.network().byKey(id);
      if (e.isPresent() && e.get() instanceof Vpc) {
        out.add(e.get());
      } else {
        out.add(new Unknown(null, "the VPC '" + id.replaceFirst("^aws:", "")
            + "' is not among the inputs"));
      }
    }
    return out;
  }

  private static Object refName(NetworkView view, Ref ref) {
    if (ref.isAbsent()) return None.NONE;
    if (ref.isUnknown()) return new Unknown(null, ref.reason());
    return view.network().resolve(ref).<Object>map(Element::name).orElse(ref.toString());
  }

  // ---- Site-to-Site VPN ------------------------------------------------------------------------

  private static void defineVpn() {
    collection("vpn_connections", VPN_CONNECTION, VpnConnection.class)
        .attr("customer_gateway", CUSTOMER_GATEWAY, "its customer gateway",
            (view, v) -> view.resolve(v.customerGateway(), CustomerGateway.class,
                "customer gateway"))
        .attr("vpn_gateway", VPN_GATEWAY, "its virtual private gateway (none on a TGW)",
            (view, v) -> view.resolve(v.vpnGateway(), VpnGateway.class, "VPN gateway"))
        .attr("transit_gateway", TRANSIT_GATEWAY, "its transit gateway (none on a VGW)",
            (view, v) -> view.resolve(v.transitGateway(), TransitGateway.class,
                "transit gateway"))
        .attr("static_routes_only", BOOL, "static routing; default false (BGP)",
            v -> value(v.staticRoutesOnly(), false))
        .attr("uses_bgp", BOOL, "dynamic routing with BGP (not static_routes_only)",
            v -> v.staticRoutesOnly().isUnknown() ? value(v.staticRoutesOnly()) : !v.isStatic())
        .attr("tunnels", list(VPN_TUNNEL), "its two tunnels", v -> tunnels(v))
        .attr("static_routes", CIDRS, "on-premises ranges of its static routes",
            (view, v) -> project(view, view.linked("vpnroute.vpn", VpnConnectionRoute.class,
                VpnConnectionRoute::vpnConnection, v),
                r -> value(((VpnConnectionRoute) r).destination())))
        .attr("local_network_cidr", CIDR, "customer-side traffic selector",
            v -> value(v.localNetworkCidr()))
        .attr("remote_network_cidr", CIDR, "AWS-side traffic selector",
            v -> value(v.remoteNetworkCidr()))
        .attr("outside_ip_address_type", STRING, "PublicIpv4 (the default), PrivateIpv4 or"
            + " Ipv6", v -> value(v.outsideIpAddressType(), "PublicIpv4"));

    COLLECTIONS.put("vpn_tunnels", new Collection("vpn_tunnels", VPN_TUNNEL, view -> {
      List<Object> out = new ArrayList<>();
      for (VpnConnection v : view.network().all(VpnConnection.class)) out.addAll(tunnels(v));
      return out;
    }));
    new Def<Tunnel>(VPN_TUNNEL)
        .attr("vpn", VPN_CONNECTION, "its VPN connection", t -> t.vpn())
        .attr("number", NUMBER, "1 or 2", t -> (long) t.number())
        .attr("specified", BOOL, "any option is given for it", t -> t.tunnel().specified())
        .attr("inside_cidr", CIDR, "inside tunnel CIDR", t -> value(t.tunnel().insideCidr()))
        .attr("ike_versions", STRINGS, "default [ikev1, ikev2]",
            t -> TunnelOptions.list(t, "IKEVersions", TunnelOptions.IKE, false))
        .attr("phase1_encryption", STRINGS, "default AES128, AES128-GCM-16, AES256,"
            + " AES256-GCM-16", t -> TunnelOptions.list(t, "Phase1EncryptionAlgorithms",
                TunnelOptions.ENCRYPTION, false))
        .attr("phase2_encryption", STRINGS, "default as phase 1",
            t -> TunnelOptions.list(t, "Phase2EncryptionAlgorithms", TunnelOptions.ENCRYPTION,
                false))
        .attr("phase1_integrity", STRINGS, "default SHA1, SHA2-256, SHA2-384, SHA2-512",
            t -> TunnelOptions.list(t, "Phase1IntegrityAlgorithms", TunnelOptions.INTEGRITY,
                false))
        .attr("phase2_integrity", STRINGS, "default as phase 1",
            t -> TunnelOptions.list(t, "Phase2IntegrityAlgorithms", TunnelOptions.INTEGRITY,
                false))
        .attr("phase1_dh_groups", NUMBERS, "default 2, 14–24",
            t -> TunnelOptions.list(t, "Phase1DHGroupNumbers", TunnelOptions.PHASE1_DH, true))
        .attr("phase2_dh_groups", NUMBERS, "default 2, 5, 14–24",
            t -> TunnelOptions.list(t, "Phase2DHGroupNumbers", TunnelOptions.PHASE2_DH, true))
        .attr("dpd_timeout_seconds", NUMBER, "default 30",
            t -> TunnelOptions.number(t, "DPDTimeoutSeconds", 30L))
        .attr("dpd_timeout_action", STRING, "default clear",
            t -> TunnelOptions.text(t, "DPDTimeoutAction", "clear"))
        .attr("startup_action", STRING, "default add",
            t -> TunnelOptions.text(t, "StartupAction", "add"))
        .attr("options", TAGS, "every option given, by its CloudFormation name",
            t -> Collections.unmodifiableMap(new LinkedHashMap<>(t.tunnel().options())));

    collection("customer_gateways", CUSTOMER_GATEWAY, CustomerGateway.class)
        .attr("bgp_asn", NUMBER, "BGP ASN of the device", g -> value(g.bgpAsn()))
        .attr("ip_address", STRING, "the device's public IP address", g -> value(g.ipAddress()))
        .attr("device_name", STRING, "device name", g -> value(g.deviceName()))
        .attr("vpn_connections", list(VPN_CONNECTION), "VPN connections that end on it",
            (view, g) -> view.linked("vpn.cgw", VpnConnection.class,
                VpnConnection::customerGateway, g));

    collection("vpn_gateways", VPN_GATEWAY, VpnGateway.class)
        .attr("amazon_side_asn", NUMBER, "default 64512",
            g -> value(g.amazonSideAsn(), VpnGateway.DEFAULT_ASN))
        .attr("vpcs", list(VPC), "VPCs it is attached to", (view, g) -> vpcsAttachedTo(view, g))
        .attr("vpn_connections", list(VPN_CONNECTION), "VPN connections to it",
            (view, g) -> NetworkView.view(view.network().vpnConnectionsTo(g)));
  }

  private static List<Object> tunnels(VpnConnection v) {
    return List.of(new Tunnel(v, 1, v.tunnels().get(0)), new Tunnel(v, 2, v.tunnels().get(1)));
  }

  // ---- transit gateways ------------------------------------------------------------------------

  private static void defineTransit() {
    collection("transit_gateways", TRANSIT_GATEWAY, TransitGateway.class)
        .attr("amazon_side_asn", NUMBER, "default 64512",
            g -> value(g.amazonSideAsn(), TransitGateway.DEFAULT_ASN))
        .attr("default_route_table_association", BOOL, "default true",
            g -> value(g.defaultRouteTableAssociation(), true))
        .attr("default_route_table_propagation", BOOL, "default true",
            g -> value(g.defaultRouteTablePropagation(), true))
        .attr("vpn_ecmp_support", BOOL, "default true", g -> value(g.vpnEcmpSupport(), true))
        .attr("attachments", list(TGW_ATTACHMENT), "its VPC attachments",
            (view, g) -> view.linked("tgwatt.tgw", TgwVpcAttachment.class,
                TgwVpcAttachment::transitGateway, g))
        .attr("vpcs", list(VPC), "VPCs attached to it",
            (view, g) -> NetworkView.distinct(project(view, view.linked("tgwatt.tgw",
                TgwVpcAttachment.class, TgwVpcAttachment::transitGateway, g),
                a -> view.resolve(((TgwVpcAttachment) a).vpc(), Vpc.class, "VPC"))))
        .attr("vpn_connections", list(VPN_CONNECTION), "VPN connections to it",
            (view, g) -> NetworkView.view(view.network().vpnConnectionsTo(g)))
        .attr("peerings", list(TGW_PEERING), "peering attachments it requests",
            (view, g) -> view.linked("tgwpeer.tgw", TgwPeeringAttachment.class,
                TgwPeeringAttachment::transitGateway, g));

    collection("transit_gateway_attachments", TGW_ATTACHMENT, TgwVpcAttachment.class)
        .attr("transit_gateway", TRANSIT_GATEWAY, "its transit gateway",
            (view, a) -> view.resolve(a.transitGateway(), TransitGateway.class,
                "transit gateway"))
        .attr("vpc", VPC, "its VPC", (view, a) -> view.resolve(a.vpc(), Vpc.class, "VPC"))
        .attr("subnets", list(SUBNET), "its subnets",
            (view, a) -> view.resolveAll(a.subnets(), Subnet.class, "subnet"))
        .attr("availability_zones", STRINGS, "distinct zones of its subnets",
            (view, a) -> zones(view, view.resolveAll(a.subnets(), Subnet.class, "subnet")))
        .attr("appliance_mode", BOOL, "default false", a -> value(a.applianceMode(), false))
        .attr("default_association", BOOL, "associated with the default route table: its own"
            + " switch, else the gateway's, else true", (view, a) -> flag(view, a, true))
        .attr("default_propagation", BOOL, "propagates into the default route table: its own"
            + " switch, else the gateway's, else true", (view, a) -> flag(view, a, false));

    collection("transit_gateway_peerings", TGW_PEERING, TgwPeeringAttachment.class)
        .attr("transit_gateway", TRANSIT_GATEWAY, "the requesting transit gateway",
            (view, p) -> view.resolve(p.transitGateway(), TransitGateway.class,
                "transit gateway"))
        .attr("peer_transit_gateway", TRANSIT_GATEWAY, "the peer transit gateway",
            (view, p) -> view.resolve(p.peerTransitGateway(), TransitGateway.class,
                "transit gateway"))
        .attr("peer_region", STRING, "the peer's region", p -> value(p.peerRegion()))
        .attr("peer_account", STRING, "the peer's account", p -> value(p.peerAccount()));
  }

  private static Object flag(NetworkView view, TgwVpcAttachment a, boolean association) {
    Value<Boolean> own = association ? a.defaultAssociation() : a.defaultPropagation();
    if (!own.isAbsent()) return value(own);
    Object tgw = view.resolve(a.transitGateway(), TransitGateway.class, "transit gateway");
    if (tgw instanceof TransitGateway g) {
      return value(association ? g.defaultRouteTableAssociation()
          : g.defaultRouteTablePropagation(), true);
    }
    return tgw instanceof Unknown u ? u : true;
  }

  // ---- peering, endpoints, Client VPN ----------------------------------------------------------

  private static void defineEndpoints() {
    collection("vpc_peerings", VPC_PEERING, VpcPeering.class)
        .attr("requester_vpc", VPC, "the requester VPC",
            (view, p) -> view.resolve(p.requesterVpc(), Vpc.class, "VPC"))
        .attr("accepter_vpc", VPC, "the accepter VPC",
            (view, p) -> view.resolve(p.accepterVpc(), Vpc.class, "VPC"))
        .attr("vpcs", list(VPC), "both VPCs, requester first", (view, p) -> {
          List<Object> out = new ArrayList<>();
          for (Ref r : List.of(p.requesterVpc(), p.accepterVpc())) {
            Object v = view.resolve(r, Vpc.class, "VPC");
            if (v != None.NONE) out.add(v);
          }
          return out;
        })
        .attr("peer_region", STRING, "the accepter's region; none means the requester's",
            p -> value(p.peerRegion()))
        .attr("peer_account", STRING, "the accepter's account; none means the requester's",
            p -> value(p.peerOwner()));

    collection("vpc_endpoints", VPC_ENDPOINT, VpcEndpoint.class)
        .attr("vpc", VPC, "its VPC", (view, e) -> view.resolve(e.vpc(), Vpc.class, "VPC"))
        .attr("type", STRING, "Interface, Gateway (the default), GatewayLoadBalancer, …",
            e -> value(e.type(), "Gateway"))
        .attr("service_name", STRING, "the service name", e -> value(e.serviceName()))
        .attr("service_region", STRING, "the cross-region opt-in (ServiceRegion)",
            e -> value(e.serviceRegion()))
        .attr("subnets", list(SUBNET), "its subnets",
            (view, e) -> view.resolveAll(e.subnets(), Subnet.class, "subnet"))
        .attr("availability_zones", STRINGS, "distinct zones of its subnets",
            (view, e) -> zones(view, view.resolveAll(e.subnets(), Subnet.class, "subnet")))
        .attr("endpoint_service", ENDPOINT_SERVICE, "the endpoint service, when among the"
            + " inputs", (view, e) -> view.resolve(e.endpointService(), EndpointService.class,
                "endpoint service"));

    collection("endpoint_services", ENDPOINT_SERVICE, EndpointService.class)
        .attr("supported_regions", STRINGS, "regions it accepts endpoints from",
            s -> value(s.supportedRegions()))
        .attr("endpoints", list(VPC_ENDPOINT), "endpoints to it among the inputs",
            (view, s) -> view.linked("vpce.svc", VpcEndpoint.class,
                VpcEndpoint::endpointService, s));

    collection("client_vpn_endpoints", CLIENT_VPN, ClientVpnEndpoint.class)
        .attr("client_cidr", CIDR, "the range client addresses come from",
            c -> value(c.clientCidr()))
        .attr("vpc", VPC, "its VPC", (view, c) -> view.resolve(c.vpc(), Vpc.class, "VPC"))
        .attr("split_tunnel", BOOL, "default false", c -> value(c.splitTunnel(), false))
        .attr("subnets", list(SUBNET), "associated target subnets",
            (view, c) -> clientSubnets(view, c))
        .attr("availability_zones", STRINGS, "distinct zones of its target subnets",
            (view, c) -> zones(view, clientSubnets(view, c)));
  }

  private static List<Object> clientSubnets(NetworkView view, ClientVpnEndpoint c) {
    return project(view, view.linked("cvpnassoc.endpoint", ClientVpnAssociation.class,
        ClientVpnAssociation::endpoint, c),
        a -> view.resolve(((ClientVpnAssociation) a).subnet(), Subnet.class, "subnet"));
  }

  private static List<Object> zones(NetworkView view, List<Object> subnets) {
    return NetworkView.distinct(project(view, subnets,
        s -> value(((Subnet) s).availabilityZone())));
  }

  // ---- Direct Connect --------------------------------------------------------------------------

  private static void defineDirectConnect() {
    collection("dx_connections", DX_CONNECTION, DxConnection.class)
        .attr("location", STRING, "Direct Connect location", c -> value(c.location()))
        .attr("bandwidth", STRING, "e.g. 10Gbps", c -> value(c.bandwidth()))
        .attr("lag", DX_LAG, "the LAG it belongs to",
            (view, c) -> view.resolve(c.lag(), DxLag.class, "LAG"))
        .attr("request_macsec", BOOL, "default false", c -> value(c.requestMacsec(), false))
        .attr("encryption_mode", STRING, "no_encrypt, should_encrypt or must_encrypt (Terraform)",
            c -> value(c.encryptionMode()))
        .attr("virtual_interfaces", list(DX_VIF), "virtual interfaces on it",
            (view, c) -> view.linked("vif.conn", DxVirtualInterface.class,
                DxVirtualInterface::connection, c));

    collection("dx_lags", DX_LAG, DxLag.class)
        .attr("location", STRING, "Direct Connect location", l -> value(l.location()))
        .attr("minimum_links", NUMBER, "minimum operational links", l -> value(l.minimumLinks()))
        .attr("request_macsec", BOOL, "default false", l -> value(l.requestMacsec(), false))
        .attr("connections", list(DX_CONNECTION), "its connections",
            (view, l) -> view.linked("dxconn.lag", DxConnection.class, DxConnection::lag, l));

    collection("dx_gateways", DX_GATEWAY, DxGateway.class)
        .attr("amazon_side_asn", NUMBER, "the gateway's ASN", g -> value(g.amazonSideAsn()))
        .attr("virtual_interfaces", list(DX_VIF), "virtual interfaces attached to it",
            (view, g) -> view.linked("vif.dxgw", DxVirtualInterface.class,
                DxVirtualInterface::dxGateway, g));

    collection("dx_virtual_interfaces", DX_VIF, DxVirtualInterface.class)
        .attr("type", STRING, "private, transit or public",
            v -> v.vifKind().name().toLowerCase(Locale.ROOT))
        .attr("connection", DX_CONNECTION, "its connection (none on a LAG)",
            (view, v) -> view.resolve(v.connection(), DxConnection.class, "connection"))
        .attr("lag", DX_LAG, "its LAG (none on a connection)",
            (view, v) -> view.resolve(v.connection(), DxLag.class, "LAG"))
        .attr("dx_gateway", DX_GATEWAY, "its Direct Connect gateway",
            (view, v) -> view.resolve(v.dxGateway(), DxGateway.class, "Direct Connect gateway"))
        .attr("vpn_gateway", VPN_GATEWAY, "its virtual private gateway",
            (view, v) -> view.resolve(v.vpnGateway(), VpnGateway.class, "VPN gateway"))
        .attr("bgp_asn", NUMBER, "the customer side's ASN", v -> value(v.bgpAsn()));
  }

  // ---- compute, security groups, alarms --------------------------------------------------------

  private static void defineCompute() {
    collection("instances", INSTANCE, Instance.class)
        .attr("subnet", SUBNET, "its subnet",
            (view, i) -> view.resolve(i.subnet(), Subnet.class, "subnet"))
        .attr("availability_zone", STRING, "its zone, else its subnet's", (view, i) -> {
          if (!i.availabilityZone().isAbsent()) return value(i.availabilityZone());
          Object s = view.resolve(i.subnet(), Subnet.class, "subnet");
          return s instanceof Subnet sub ? value(sub.availabilityZone()) : s;
        })
        .attr("source_dest_check", BOOL, "default true", i -> value(i.sourceDestCheck(), true))
        .attr("network_interfaces", list(NETWORK_INTERFACE), "interfaces attached at launch",
            (view, i) -> view.resolveAll(i.networkInterfaces(), NetworkInterface.class,
                "network interface"));

    collection("network_interfaces", NETWORK_INTERFACE, NetworkInterface.class)
        .attr("subnet", SUBNET, "its subnet",
            (view, n) -> view.resolve(n.subnet(), Subnet.class, "subnet"))
        .attr("source_dest_check", BOOL, "default true", n -> value(n.sourceDestCheck(), true))
        .attr("instance", INSTANCE, "the instance it is attached to",
            (view, n) -> view.resolve(n.instance(), Instance.class, "instance"));

    collection("auto_scaling_groups", ASG, AutoScalingGroup.class)
        .attr("subnets", list(SUBNET), "its subnets",
            (view, g) -> view.resolveAll(g.subnets(), Subnet.class, "subnet"))
        .attr("availability_zones", STRINGS, "distinct zones of its subnets",
            (view, g) -> zones(view, view.resolveAll(g.subnets(), Subnet.class, "subnet")))
        .attr("min_size", NUMBER, "minimum size", g -> value(g.minSize()))
        .attr("max_size", NUMBER, "maximum size", g -> value(g.maxSize()));

    collection("security_groups", SECURITY_GROUP, SecurityGroup.class)
        .attr("vpc", VPC, "its VPC", (view, g) -> view.resolve(g.vpc(), Vpc.class, "VPC"))
        .attr("rules", list(SG_RULE), "its rules, inline and standalone",
            (view, g) -> rules(view, g, null))
        .attr("ingress_rules", list(SG_RULE), "its ingress rules",
            (view, g) -> rules(view, g, true))
        .attr("egress_rules", list(SG_RULE), "its egress rules",
            (view, g) -> rules(view, g, false));

    collection("security_group_rules", SG_RULE, SecurityGroupRule.class)
        .attr("group", SECURITY_GROUP, "its security group",
            (view, r) -> view.resolve(r.group(), SecurityGroup.class, "security group"))
        .attr("direction", STRING, "ingress or egress", r -> r.ingress() ? "ingress" : "egress")
        .attr("ingress", BOOL, "an ingress rule", r -> r.ingress())
        .attr("protocol", STRING, "all, tcp, udp, icmp, icmpv6 or a protocol number",
            r -> protocol(r.protocol()))
        .attr("from_port", NUMBER, "first port", r -> value(r.fromPort()))
        .attr("to_port", NUMBER, "last port", r -> value(r.toPort()))
        .attr("ports", STRING, "e.g. 443, 1024-65535, or all", r -> ports(r))
        .attr("peer_cidr", CIDR, "the peer range, when the peer is a range",
            r -> value(r.peerCidr()))
        .attr("open_to_world", BOOL, "the peer is 0.0.0.0/0 or ::/0", r -> {
          if (r.peerCidr().isUnknown()) return value(r.peerCidr());
          return r.peerCidr().isKnown() && r.peerCidr().get().prefixLength() == 0;
        });

    collection("alarms", ALARM, Alarm.class)
        .attr("namespace", STRING, "metric namespace, e.g. AWS/VPN", a -> value(a.namespace()))
        .attr("metric_name", STRING, "metric name, e.g. TunnelState", a -> value(a.metricName()))
        .attr("dimensions", TAGS, "dimension name to the name or ID of what it watches",
            (view, a) -> {
              Map<String, Object> out = new LinkedHashMap<>();
              a.dimensions().forEach((k, ref) -> out.put(k, refName(view, ref)));
              return out;
            })
        .attr("actions", STRINGS, "alarm action ARNs", a -> NetworkView.plain(a.actions()));
  }

  private static List<Object> rules(NetworkView view, SecurityGroup g, Boolean ingress) {
    List<Object> all = view.linked("sgrule.group", SecurityGroupRule.class,
        SecurityGroupRule::group, g);
    if (ingress == null) return all;
    List<Object> out = new ArrayList<>();
    for (Object o : all) {
      if (((SecurityGroupRule) o).ingress() == ingress) out.add(o);
    }
    return out;
  }

  private static Object protocol(Value<String> p) {
    if (!p.isKnown()) return value(p);
    return switch (p.get().toLowerCase(Locale.ROOT)) {
      case "-1", "all" -> "all";
      case "6", "tcp" -> "tcp";
      case "17", "udp" -> "udp";
      case "1", "icmp" -> "icmp";
      case "58", "icmpv6" -> "icmpv6";
      default -> p.get();
    };
  }

  private static Object ports(SecurityGroupRule r) {
    Object protocol = protocol(r.protocol());
    if ("all".equals(protocol)) return "all";
    if (r.fromPort().isUnknown()) return value(r.fromPort());
    if (r.toPort().isUnknown()) return value(r.toPort());
    if (!r.fromPort().isKnown()) return "all";
    int from = r.fromPort().get();
    int to = r.toPort().orElse(from);
    if (from == -1 || from == 0 && to == 65535) return "all";
    return from == to ? String.valueOf(from) : from + "-" + to;
  }

  private static void defineConnection() {
    new Def<Link>(CONNECTION)
        .attr("vpc", VPC, "the VPC at the other end", l -> l.to())
        .attr("kind", STRING, "peering or transit_gateway",
            l -> l.peering() ? "peering" : "transit_gateway")
        .attr("via", STRING, "by peering 'X' / through transit gateway 'Y'", l -> l.viaText())
        .attr("peering", VPC_PEERING, "the peering, for a peering connection",
            l -> l.peering() ? l.via() : None.NONE)
        .attr("transit_gateway", TRANSIT_GATEWAY, "the transit gateway, when among the inputs",
            l -> !l.peering() && l.via() != null ? l.via() : None.NONE);
  }

  private static List<Object> concat(List<Object> a, List<Object> b) {
    List<Object> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Applies {@code f} to each known element; unknown elements stay, none values drop out. */
  static List<Object> project(NetworkView view, List<Object> items, Function<Object, Object> f) {
    List<Object> out = new ArrayList<>(items.size());
    for (Object item : items) {
      Object v = item instanceof Unknown ? item : f.apply(item);
      if (v instanceof List<?> l) {
        out.addAll(l);
      } else if (v != None.NONE) {
        out.add(v);
      }
    }
    return out;
  }

  // ---- attributes of values, and functions -----------------------------------------------------

  /** Attributes of a CIDR. */
  static final Map<String, Type> CIDR_ATTRIBUTES = Map.of("prefix_length", NUMBER,
      "family", STRING);

  static Object cidrAttribute(String name, Cidr c) {
    return name.equals("prefix_length") ? (Object) (long) c.prefixLength()
        : c.family() == Cidr.Family.IPV4 ? "ipv4" : "ipv6";
  }

  /** The region named in a service name, or none. */
  static Object regionOf(String serviceName) {
    String[] parts = serviceName.split("\\.");
    if (parts.length < 4 || !parts[0].equals("com") || !parts[1].equals("amazonaws")) {
      return None.NONE;
    }
    String region = parts[2].equals("vpce") ? parts[3] : parts[2];
    return REGION.matcher(region).matches() ? region : None.NONE;
  }
}
