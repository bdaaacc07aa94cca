package io.netlint.parse.cfn;

import io.netlint.model.Cidr;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTarget;
import io.netlint.model.RouteTarget.Kind;
import io.netlint.model.Value;
import io.netlint.parse.cfn.CfnValue.ResRef;
import io.netlint.parse.cfn.CfnValue.Str;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code AWS::EC2::Route}: destination and a target classified by the property that is set. */
final class RouteMapping {

  private static final Map<String, Kind> TARGET_PROPERTIES = new LinkedHashMap<>();

  static {
    TARGET_PROPERTIES.put("GatewayId", null); // classified by what it names
    TARGET_PROPERTIES.put("NatGatewayId", Kind.NAT_GATEWAY);
    TARGET_PROPERTIES.put("InstanceId", Kind.INSTANCE);
    TARGET_PROPERTIES.put("NetworkInterfaceId", Kind.NETWORK_INTERFACE);
    TARGET_PROPERTIES.put("TransitGatewayId", Kind.TRANSIT_GATEWAY);
    TARGET_PROPERTIES.put("VpcPeeringConnectionId", Kind.VPC_PEERING);
    TARGET_PROPERTIES.put("VpcEndpointId", Kind.VPC_ENDPOINT);
    TARGET_PROPERTIES.put("EgressOnlyInternetGatewayId", Kind.EGRESS_ONLY_GATEWAY);
    TARGET_PROPERTIES.put("CarrierGatewayId", Kind.CARRIER_GATEWAY);
    TARGET_PROPERTIES.put("LocalGatewayId", Kind.LOCAL_GATEWAY);
    TARGET_PROPERTIES.put("CoreNetworkArn", Kind.CORE_NETWORK);
    TARGET_PROPERTIES.put("OdbNetworkArn", Kind.UNKNOWN);
  }

  private static final Map<String, Kind> GATEWAY_TYPES = Map.of(
      "AWS::EC2::InternetGateway", Kind.INTERNET_GATEWAY,
      "AWS::EC2::VPNGateway", Kind.VPN_GATEWAY,
      "AWS::EC2::EgressOnlyInternetGateway", Kind.EGRESS_ONLY_GATEWAY,
      "AWS::EC2::TransitGateway", Kind.TRANSIT_GATEWAY,
      "AWS::EC2::VPCEndpoint", Kind.VPC_ENDPOINT,
      "AWS::EC2::NatGateway", Kind.NAT_GATEWAY);

  private static final Map<String, Kind> ID_PREFIXES = Map.of(
      "igw-", Kind.INTERNET_GATEWAY,
      "vgw-", Kind.VPN_GATEWAY,
      "eigw-", Kind.EGRESS_ONLY_GATEWAY,
      "tgw-", Kind.TRANSIT_GATEWAY,
      "vpce-", Kind.VPC_ENDPOINT,
      "nat-", Kind.NAT_GATEWAY);

  private RouteMapping() {}

  static Route route(ResourceContext c) {
    Props p = c.props();
    Value<Cidr> destination = p.isSet("DestinationCidrBlock") ? p.cidr("DestinationCidrBlock")
        : p.cidr("DestinationIpv6CidrBlock");
    return new Route(c.meta(), p.ref("RouteTableId"), destination,
        p.string("DestinationPrefixListId"), target(p));
  }

  private static RouteTarget target(Props p) {
    List<String> set = new ArrayList<>();
    for (String name : TARGET_PROPERTIES.keySet()) {
      if (p.isSet(name)) set.add(name);
    }
    if (set.isEmpty()) return new RouteTarget(Kind.UNKNOWN, Ref.absent());
    if (set.size() > 1) {
      // several targets only make sense behind Fn::If; which one applies is then not known
      return new RouteTarget(Kind.UNKNOWN, Ref.unknown("the route sets several targets: "
          + String.join(", ", set)));
    }
    String name = set.get(0);
    CfnValue v = p.value(name);
    Kind kind = TARGET_PROPERTIES.get(name);
    if (kind == null) kind = gatewayKind(v);
    return new RouteTarget(kind, Props.toRef(v));
  }

  /** {@code GatewayId} takes an internet or a virtual private gateway (or a few others). */
  private static Kind gatewayKind(CfnValue v) {
    if (v instanceof ResRef r) return GATEWAY_TYPES.getOrDefault(r.type(), Kind.UNKNOWN);
    if (v instanceof Str s && !s.symbolic()) {
      String id = s.text().trim();
      if (id.equals("local")) return Kind.LOCAL;
      for (Map.Entry<String, Kind> e : ID_PREFIXES.entrySet()) {
        if (id.startsWith(e.getKey())) return e.getValue();
      }
    }
    return Kind.UNKNOWN;
  }
}
