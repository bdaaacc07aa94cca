package io.netlint.parse.tfplan;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RoutePropagation;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTableAssociation;
import io.netlint.model.RouteTarget;
import io.netlint.model.Value;
import io.netlint.parse.tree.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Route tables, inline and standalone routes, associations and propagation (DOMAIN B.2). */
final class TfRoutes {
  private TfRoutes() {}

  /** Target arguments, most specific first; computed ones last so a real target wins. */
  private static final List<String> TARGETS = List.of(
      "gateway_id", "nat_gateway_id", "transit_gateway_id", "vpc_peering_connection_id",
      "vpc_endpoint_id", "egress_only_gateway_id", "carrier_gateway_id", "local_gateway_id",
      "core_network_arn", "odb_network_arn", "network_interface_id", "instance_id");

  /** aws_route computes these when the route points at an instance. */
  private static final Set<String> COMPUTED_TARGETS = Set.of("network_interface_id", "instance_id");

  private static final Map<String, RouteTarget.Kind> KIND_BY_ATTRIBUTE = Map.ofEntries(
      Map.entry("nat_gateway_id", RouteTarget.Kind.NAT_GATEWAY),
      Map.entry("transit_gateway_id", RouteTarget.Kind.TRANSIT_GATEWAY),
      Map.entry("vpc_peering_connection_id", RouteTarget.Kind.VPC_PEERING),
      Map.entry("vpc_endpoint_id", RouteTarget.Kind.VPC_ENDPOINT),
      Map.entry("egress_only_gateway_id", RouteTarget.Kind.EGRESS_ONLY_GATEWAY),
      Map.entry("carrier_gateway_id", RouteTarget.Kind.CARRIER_GATEWAY),
      Map.entry("local_gateway_id", RouteTarget.Kind.LOCAL_GATEWAY),
      Map.entry("core_network_arn", RouteTarget.Kind.CORE_NETWORK),
      Map.entry("network_interface_id", RouteTarget.Kind.NETWORK_INTERFACE),
      Map.entry("instance_id", RouteTarget.Kind.INSTANCE));

  private static final Map<String, RouteTarget.Kind> KIND_BY_TYPE = Map.ofEntries(
      Map.entry("aws_internet_gateway", RouteTarget.Kind.INTERNET_GATEWAY),
      Map.entry("aws_vpn_gateway", RouteTarget.Kind.VPN_GATEWAY),
      Map.entry("aws_nat_gateway", RouteTarget.Kind.NAT_GATEWAY),
      Map.entry("aws_ec2_transit_gateway", RouteTarget.Kind.TRANSIT_GATEWAY),
      Map.entry("aws_vpc_peering_connection", RouteTarget.Kind.VPC_PEERING),
      Map.entry("aws_vpc_peering_connection_accepter", RouteTarget.Kind.VPC_PEERING),
      Map.entry("aws_vpc_endpoint", RouteTarget.Kind.VPC_ENDPOINT),
      Map.entry("aws_egress_only_internet_gateway", RouteTarget.Kind.EGRESS_ONLY_GATEWAY),
      Map.entry("aws_instance", RouteTarget.Kind.INSTANCE),
      Map.entry("aws_network_interface", RouteTarget.Kind.NETWORK_INTERFACE),
      Map.entry("aws_ec2_carrier_gateway", RouteTarget.Kind.CARRIER_GATEWAY));

  static void routeTable(TfContext cx, TfResource r, List<Element> out) {
    boolean isDefault = r.type().equals("aws_default_route_table");
    Ref vpc = isDefault ? defaultTableVpc(cx, r) : cx.ref(r, "vpc_id");
    boolean main = cx.crossLinks().isMainTable(cx.key(r))
        || (isDefault && !cx.crossLinks().hasMainAssociation(vpc));
    out.add(new RouteTable(cx.meta(r), vpc, main));
    inlineRoutes(cx, r, out);
    propagations(cx, r, out);
  }

  /** The default table's VPC is computed; its {@code default_route_table_id} names the VPC. */
  private static Ref defaultTableVpc(TfContext cx, TfResource r) {
    Ref vpc = cx.ref(r, "vpc_id");
    if (vpc.isKnown()) return vpc;
    for (TfResource s : cx.resolver().subjects(r.context(),
        cx.expression(r, "default_route_table_id"))) {
      if (s.type().equals("aws_vpc") || s.type().equals("aws_default_vpc")) {
        return Ref.toKey(cx.key(s));
      }
    }
    return vpc.isAbsent() ? Ref.unknown(TfObject.AFTER_APPLY) : vpc;
  }

  private static void inlineRoutes(TfContext cx, TfResource r, List<Element> out) {
    List<TfObject> routes = r.values().blocks("route");
    if (routes.isEmpty()) return;
    Ref table = Ref.toKey(cx.key(r));
    InlinePool pool = new InlinePool(cx, r, routes);
    for (int i = 0; i < routes.size(); i++) {
      TfObject route = routes.get(i);
      out.add(new Route(cx.childMeta(r, "route[" + i + "]", route.position()), table,
          destination(cx, route, "cidr_block", "ipv6_cidr_block"),
          route.string("destination_prefix_list_id"), inlineTarget(cx, route, pool)));
    }
  }

  private static void propagations(TfContext cx, TfResource r, List<Element> out) {
    List<Ref> vgws = cx.refs(r, "propagating_vgws", true);
    Ref table = Ref.toKey(cx.key(r));
    for (int i = 0; i < vgws.size(); i++) {
      out.add(new RoutePropagation(cx.childMeta(r, "propagating_vgws[" + i + "]",
          r.values().positionOf("propagating_vgws")), table, vgws.get(i)));
    }
  }

  static void route(TfContext cx, TfResource r, List<Element> out) {
    TfObject v = r.values();
    out.add(new Route(cx.meta(r), cx.ref(r, "route_table_id"),
        destination(cx, v, "destination_cidr_block", "destination_ipv6_cidr_block"),
        cx.stringOrDefault(r, "destination_prefix_list_id"), routeTarget(cx, r)));
  }

  static void association(TfContext cx, TfResource r, List<Element> out) {
    out.add(new RouteTableAssociation(cx.meta(r), cx.ref(r, "route_table_id"),
        cx.ref(r, "subnet_id"), cx.ref(r, "gateway_id")));
  }

  static void vgwPropagation(TfContext cx, TfResource r, List<Element> out) {
    out.add(new RoutePropagation(cx.meta(r), cx.ref(r, "route_table_id"),
        cx.ref(r, "vpn_gateway_id")));
  }

  private static Value<Cidr> destination(TfContext cx, TfObject v, String ipv4, String ipv6) {
    Value<Cidr> four = cx.cidr(v, ipv4);
    if (four.isKnown()) return four;
    Value<Cidr> six = cx.cidr(v, ipv6);
    if (six.isKnown()) return six;
    return four.isUnknown() ? four : six;
  }

  private static RouteTarget routeTarget(TfContext cx, TfResource r) {
    TfObject v = r.values();
    for (String attr : TARGETS) {
      String value = v.text(attr);
      if (value != null) return known(cx, attr, value);
    }
    boolean haveConfig = cx.config(r) != null;
    for (String attr : TARGETS) {
      boolean written = haveConfig ? cx.configured(r, attr) : !COMPUTED_TARGETS.contains(attr);
      if (written && v.maybeUnknown(attr) && (v.unknown(attr) || haveConfig)) {
        TfContext.Link link = cx.link(r, attr);
        return new RouteTarget(kind(attr, null, link.target()), link.ref());
      }
    }
    return new RouteTarget(RouteTarget.Kind.UNKNOWN, Ref.absent());
  }

  private static RouteTarget known(TfContext cx, String attr, String value) {
    if (attr.equals("gateway_id") && value.equals("local")) {
      return new RouteTarget(RouteTarget.Kind.LOCAL, Ref.absent());
    }
    TfContext.Link link = attr.endsWith("_arn")
        ? new TfContext.Link(Ref.toAwsId(value), null) : cx.linkForId(value);
    return new RouteTarget(kind(attr, value, link.target()), link.ref());
  }

  /** By the referenced resource's type when known, else by the argument and ID prefix. */
  static RouteTarget.Kind kind(String attr, String value, TfResource target) {
    if (target != null && KIND_BY_TYPE.containsKey(target.type())) {
      return KIND_BY_TYPE.get(target.type());
    }
    if (attr.equals("gateway_id")) {
      if (value == null) return RouteTarget.Kind.UNKNOWN;
      if (value.startsWith("igw-")) return RouteTarget.Kind.INTERNET_GATEWAY;
      if (value.startsWith("vgw-")) return RouteTarget.Kind.VPN_GATEWAY;
      if (value.equals("local")) return RouteTarget.Kind.LOCAL;
      return RouteTarget.Kind.UNKNOWN;
    }
    return KIND_BY_ATTRIBUTE.getOrDefault(attr, RouteTarget.Kind.UNKNOWN);
  }

  private static RouteTarget inlineTarget(TfContext cx, TfObject route, InlinePool pool) {
    for (String attr : TARGETS) {
      String value = route.text(attr);
      if (value != null) return known(cx, attr, value);
    }
    for (String attr : TARGETS) {
      if (route.unknown(attr)) return pool.take(attr);
    }
    return new RouteTarget(RouteTarget.Kind.UNKNOWN, Ref.absent());
  }

  /**
   * Inline routes share one configuration expression, the union of all their references
   * (DOMAIN A.6), so an unknown target is matched to a referenced resource of a fitting type
   * that no known route already uses; only an unambiguous match is taken.
   */
  private static final class InlinePool {
    private final TfContext cx;
    private final TfResource table;
    private final List<TfObject> routes;
    private List<TfContext.Link> free;

    InlinePool(TfContext cx, TfResource table, List<TfObject> routes) {
      this.cx = cx;
      this.table = table;
      this.routes = routes;
    }

    RouteTarget take(String attr) {
      MapNode expr = cx.expression(table, "route");
      if (free == null) free = candidates(expr);
      List<TfContext.Link> fitting = new ArrayList<>();
      for (TfContext.Link l : free) {
        if (l.target() != null && fits(attr, KIND_BY_TYPE.get(l.target().type()))) fitting.add(l);
      }
      if (fitting.size() == 1) {
        free.remove(fitting.get(0));
        return new RouteTarget(kind(attr, null, fitting.get(0).target()), fitting.get(0).ref());
      }
      String why = fitting.isEmpty() ? TfContext.unknownReason(expr)
          : TfObject.AFTER_APPLY + " (one of " + fitting.size() + " referenced resources)";
      return new RouteTarget(kind(attr, null, null), Ref.unknown(why));
    }

    private static boolean fits(String attr, RouteTarget.Kind k) {
      if (k == null) return false;
      return switch (attr) {
        case "gateway_id" -> k == RouteTarget.Kind.INTERNET_GATEWAY
            || k == RouteTarget.Kind.VPN_GATEWAY;
        case "network_interface_id" -> k == RouteTarget.Kind.NETWORK_INTERFACE
            || k == RouteTarget.Kind.INSTANCE;
        default -> k == KIND_BY_ATTRIBUTE.get(attr);
      };
    }

    private List<TfContext.Link> candidates(MapNode expr) {
      List<TfContext.Link> out = new ArrayList<>();
      if (expr == null) return out;
      List<Ref> used = new ArrayList<>();
      for (TfObject route : routes) {
        for (String attr : TARGETS) {
          String value = route.text(attr);
          if (value != null) used.add(cx.linkForId(value).ref());
        }
      }
      for (TfRefResolver.Resolved res : cx.resolver().all(table.context(), expr, "route")) {
        TfContext.Link l = cx.linkFor(res);
        if (!used.contains(l.ref())) out.add(l);
      }
      return out;
    }
  }
}
