package io.netlint.parse.cfn;

import io.netlint.model.Cidr;
import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.Ref;
import io.netlint.model.RoutePropagation;
import io.netlint.model.Value;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnGateway;
import io.netlint.model.VpnTunnel;
import io.netlint.parse.cfn.CfnValue.Lst;
import io.netlint.parse.cfn.CfnValue.NoValue;
import io.netlint.parse.cfn.CfnValue.Obj;
import io.netlint.parse.cfn.CfnValue.Str;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Site-to-Site VPN: gateways, customer gateways, connections with their tunnels, routes. */
final class VpnMapping {

  /** AWS applies this ASN to a customer gateway that sets none. */
  static final long DEFAULT_CUSTOMER_ASN = 65000L;

  private VpnMapping() {}

  static VpnGateway vpnGateway(ResourceContext c) {
    return new VpnGateway(c.meta(), Ref.absent(), c.props().longValue("AmazonSideAsn"));
  }

  static CustomerGateway customerGateway(ResourceContext c) {
    Props p = c.props();
    Value<Long> asn = p.isSet("BgpAsnExtended") ? p.longValue("BgpAsnExtended")
        : p.longValue("BgpAsn").withDefault(DEFAULT_CUSTOMER_ASN);
    return new CustomerGateway(c.meta(), asn, p.string("IpAddress"), p.string("DeviceName"));
  }

  static VpnConnectionRoute vpnConnectionRoute(ResourceContext c) {
    Props p = c.props();
    return new VpnConnectionRoute(c.meta(), p.ref("VpnConnectionId"),
        p.cidr("DestinationCidrBlock"));
  }

  /** One propagation per route table, keyed {@code file#Logical[i]}. */
  static List<Element> routePropagations(ResourceContext c) {
    Props p = c.props();
    Ref vgw = p.ref("VpnGatewayId");
    CfnValue tables = p.value("RouteTableIds");
    List<Element> out = new ArrayList<>();
    if (tables instanceof Lst l) {
      for (int i = 0; i < l.items().size(); i++) {
        Ref table = Props.toRef(l.items().get(i));
        out.add(new RoutePropagation(c.meta("[" + i + "]", null), table, vgw));
      }
    } else if (tables != NoValue.INSTANCE) {
      out.add(new RoutePropagation(c.meta(), Props.toRef(tables), vgw));
    }
    return out;
  }

  static VpnConnection vpnConnection(ResourceContext c) {
    Props p = c.props();
    CfnValue specs = p.value("VpnTunnelOptionsSpecifications");
    List<VpnTunnel> tunnels = new ArrayList<>();
    for (int i = 0; i < 2; i++) tunnels.add(tunnel(p, specs, i));
    return new VpnConnection(c.meta(), p.ref("CustomerGatewayId"), p.ref("VpnGatewayId"),
        p.ref("TransitGatewayId"), p.bool("StaticRoutesOnly"), tunnels,
        p.cidr("LocalIpv4NetworkCidr"), p.cidr("RemoteIpv4NetworkCidr"),
        p.string("OutsideIpAddressType"));
  }

  private static VpnTunnel tunnel(Props p, CfnValue specs, int index) {
    if (specs == NoValue.INSTANCE) return VpnTunnel.unspecified();
    if (!(specs instanceof Lst l)) {
      // the list exists but is not known (e.g. behind an unknown condition): do not claim a gap
      return new VpnTunnel(true, Value.unknown(CfnValue.reasonOf(specs)), Map.of());
    }
    if (index >= l.items().size()) return VpnTunnel.unspecified();
    CfnValue entry = l.items().get(index);
    if (!(entry instanceof Obj o)) {
      if (entry instanceof Str) p.warn("VpnTunnelOptionsSpecifications", "tunnel " + (index + 1)
          + " options are not a mapping");
      return new VpnTunnel(true, Value.unknown(CfnValue.reasonOf(entry)), Map.of());
    }
    Props tp = p.nested(o);
    Map<String, String> options = new TreeMap<>();
    for (Map.Entry<String, CfnValue> e : o.entries().entrySet()) {
      switch (e.getKey()) {
        case "TunnelInsideCidr" -> { }
        case "PreSharedKey" -> options.put(e.getKey(), "<set>");
        default -> flatten(e.getKey(), e.getValue(), options);
      }
    }
    Value<Cidr> inside = tp.cidr("TunnelInsideCidr");
    return new VpnTunnel(true, inside, options);
  }

  /**
   * Tunnel options as comparable strings: lists of {@code {Value: x}} become sorted, comma-joined
   * values; nested objects ({@code LogOptions}) use dotted names.
   */
  private static void flatten(String name, CfnValue v, Map<String, String> out) {
    if (v instanceof Str s) {
      out.put(name, s.text());
    } else if (v instanceof Lst l) {
      List<String> items = new ArrayList<>();
      for (CfnValue item : l.items()) {
        CfnValue inner = item instanceof Obj o && o.entries().containsKey("Value")
            ? o.entries().get("Value") : item;
        items.add(inner instanceof Str s ? s.text() : "<unknown>");
      }
      items.sort(null);
      out.put(name, String.join(",", items));
    } else if (v instanceof Obj o) {
      for (Map.Entry<String, CfnValue> e : o.entries().entrySet()) {
        flatten(name + "." + e.getKey(), e.getValue(), out);
      }
    } else {
      out.put(name, "<unknown>");
    }
  }
}
