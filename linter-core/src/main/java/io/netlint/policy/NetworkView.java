package io.netlint.policy;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import io.netlint.model.TgwRoute;
import io.netlint.model.TgwRouteTableLink;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnTunnel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A network as policies read it: model values turned into policy values, links resolved, and the
 * reverse relations (a VPC's endpoints, a gateway's connections) indexed once per network and
 * shared by every policy of the run.
 */
final class NetworkView {

  /** One tunnel of a VPN connection, numbered 1 and 2 as AWS does. */
  record Tunnel(VpnConnection vpn, int number, VpnTunnel tunnel) {}

  /**
   * A VPC's connection to another VPC.
   *
   * @param to the other VPC, or {@link Unknown} when it is not among the inputs
   * @param via the peering or transit gateway, null when the gateway is not among the inputs
   */
  record Link(Vpc from, Object to, Element via, String viaText, boolean peering) {}

  private final Network network;
  // Built on first use. Policies are rules, which run in parallel on a large network and share
  // this view: hence a concurrent map and synchronized builders.
  private final Map<String, Map<String, List<Object>>> indexes = new ConcurrentHashMap<>();
  private Map<String, List<Link>> links;
  private Map<Element, Integer> order;

  private NetworkView(Network network) {
    this.network = network;
  }

  /** The view of a network, built on first use and kept with the network. */
  static NetworkView of(Network network) {
    return network.derived(NetworkView.class, NetworkView::new);
  }

  Network network() { return network; }

  // ---- model values ----------------------------------------------------------------------------

  /** A model value as a policy value: known, {@link Unknown} or {@link None#NONE}. */
  static Object value(Value<?> v) {
    if (v.isAbsent()) return None.NONE;
    if (v.isUnknown()) return new Unknown(null, v.reason());
    return plain(v.get());
  }

  /** Like {@link #value(Value)}, with AWS's default when the value is absent. */
  static Object value(Value<?> v, Object whenAbsent) {
    return v.isAbsent() ? whenAbsent : value(v);
  }

  /** Integers become longs; lists become lists of policy values. */
  static Object plain(Object o) {
    if (o instanceof Integer i) return (long) i;
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object item : l) out.add(item instanceof Value<?> v ? value(v) : plain(item));
      return out;
    }
    return o;
  }

  /** The element a link points at, when it is of the expected type. */
  Object resolve(Ref ref, Class<? extends Element> type, String noun) {
    if (ref == null || ref.isAbsent()) return None.NONE;
    if (ref.isUnknown()) return new Unknown(null, ref.reason());
    Optional<Element> e = network.resolve(ref);
    if (e.isEmpty()) {
      return new Unknown(null, "the " + noun + " '" + ref + "' is not among the inputs");
    }
    return type.isInstance(e.get()) ? e.get() : None.NONE;
  }

  List<Object> resolveAll(List<Ref> refs, Class<? extends Element> type, String noun) {
    List<Object> out = new ArrayList<>(refs.size());
    for (Ref r : refs) {
      Object o = resolve(r, type, noun);
      if (o != None.NONE) out.add(o);
    }
    return out;
  }

  static List<Object> cidrs(List<Value<Cidr>> values) {
    List<Object> out = new ArrayList<>(values.size());
    for (Value<Cidr> v : values) {
      if (!v.isAbsent()) out.add(value(v));
    }
    return out;
  }

  /** Every element of a type, as policy values (the model's own unmodifiable list). */
  @SuppressWarnings("unchecked")
  static List<Object> elements(NetworkView view, Class<? extends Element> type) {
    return (List<Object>) (List<?>) view.network.all(type);
  }

  // ---- reverse relations -----------------------------------------------------------------------

  /**
   * The elements of a type whose link points at {@code target}, in input order.
   *
   * @param name a name for the index, unique per (type, link)
   */
  <T extends Element> List<Object> linked(String name, Class<T> type, Function<T, Ref> link,
      Element target) {
    Map<String, List<Object>> index = indexes.computeIfAbsent(name, n -> {
      Map<String, List<Object>> out = new HashMap<>();
      network.groupBy(network.all(type), link).forEach((k, v) -> out.put(k, List.copyOf(v)));
      return out;
    });
    return index.getOrDefault(target.key(), List.of());
  }

  /** Distinct values, in first-seen order. */
  static List<Object> distinct(List<Object> values) {
    return new ArrayList<>(new LinkedHashSet<>(values));
  }

  /** Where an element comes in declaration order (file, line, column, key) among all. */
  synchronized int declared(Element e) {
    if (order == null) {
      List<Element> all = new ArrayList<>(network.elements());
      all.sort(Comparator.comparing(Element::source, SourceRef.ORDER)
          .thenComparing(Element::key));
      order = new IdentityHashMap<>();
      for (int i = 0; i < all.size(); i++) order.put(all.get(i), i);
    }
    return order.getOrDefault(e, -1);
  }

  /** A list of the model as a policy value, without copying it. */
  @SuppressWarnings("unchecked")
  static List<Object> view(List<? extends Element> elements) {
    return (List<Object>) (List<?>) Collections.unmodifiableList(elements);
  }

  // ---- connections between VPCs ----------------------------------------------------------------

  synchronized List<Link> linksOf(Vpc vpc) {
    if (links == null) links = buildLinks();
    return links.getOrDefault(vpc.key(), List.of());
  }

  private Map<String, List<Link>> buildLinks() {
    Map<String, List<Link>> out = new LinkedHashMap<>();
    for (VpcPeering p : network.all(VpcPeering.class)) {
      Object a = resolve(p.requesterVpc(), Vpc.class, "VPC");
      Object b = resolve(p.accepterVpc(), Vpc.class, "VPC");
      String via = "by peering '" + p.name() + "'";
      if (a instanceof Vpc va && b != None.NONE && b != a) add(out, new Link(va, b, p, via, true));
      if (b instanceof Vpc vb && a != None.NONE && a != b) add(out, new Link(vb, a, p, via, true));
    }
    transitGatewayLinks(out);
    return out;
  }

  private static void add(Map<String, List<Link>> out, Link link) {
    List<Link> list = out.computeIfAbsent(link.from().key(), k -> new ArrayList<>());
    if (!list.contains(link)) list.add(link);
  }

  /**
   * Two VPCs attached to one transit gateway are connected when one is associated with a route
   * table the other propagates into (or has a static route to). Defaults not among the inputs
   * are taken as AWS's (association and propagation with the default table on).
   */
  private void transitGatewayLinks(Map<String, List<Link>> out) {
    Map<String, Set<String>> associated = new HashMap<>();
    Map<String, Set<String>> reachable = new HashMap<>();
    for (TgwRouteTableLink l : network.all(TgwRouteTableLink.class)) {
      String att = network.identity(l.attachment());
      String table = tableId(l.routeTable());
      if (att == null || table == null) continue;
      (l.linkKind() == TgwRouteTableLink.Kind.ASSOCIATION ? associated : reachable)
          .computeIfAbsent(att, k -> new HashSet<>()).add(table);
    }
    for (TgwRoute r : network.all(TgwRoute.class)) {
      String att = network.identity(r.attachment());
      String table = tableId(r.routeTable());
      if (!r.blackhole() && att != null && table != null) {
        reachable.computeIfAbsent(att, k -> new HashSet<>()).add(table);
      }
    }
    // table -> attachments associated with it / reachable through it, per gateway
    Map<String, List<TgwVpcAttachment>> users = new LinkedHashMap<>();
    Map<String, List<TgwVpcAttachment>> targets = new LinkedHashMap<>();
    for (TgwVpcAttachment att : network.all(TgwVpcAttachment.class)) {
      String gateway = network.identity(att.transitGateway());
      if (gateway == null || !(resolve(att.vpc(), Vpc.class, "VPC") instanceof Vpc)) continue;
      Optional<TransitGateway> tgw = network.resolve(att.transitGateway(), TransitGateway.class);
      String defaultTable = "default:" + gateway;
      Set<String> assoc = new HashSet<>(associated.getOrDefault(att.key(), Set.of()));
      if (assoc.isEmpty() && on(att.defaultAssociation(),
          tgw.map(TransitGateway::defaultRouteTableAssociation))) {
        assoc.add(defaultTable);
      }
      Set<String> reach = new HashSet<>(reachable.getOrDefault(att.key(), Set.of()));
      if (on(att.defaultPropagation(), tgw.map(TransitGateway::defaultRouteTablePropagation))) {
        reach.add(defaultTable);
      }
      for (String t : assoc) users.computeIfAbsent(t, k -> new ArrayList<>()).add(att);
      for (String t : reach) targets.computeIfAbsent(t, k -> new ArrayList<>()).add(att);
    }
    for (Map.Entry<String, List<TgwVpcAttachment>> e : users.entrySet()) {
      for (TgwVpcAttachment from : e.getValue()) {
        for (TgwVpcAttachment to : targets.getOrDefault(e.getKey(), List.of())) {
          Vpc a = (Vpc) resolve(from.vpc(), Vpc.class, "VPC");
          Vpc b = (Vpc) resolve(to.vpc(), Vpc.class, "VPC");
          if (a == b) continue;
          Element gateway = network.resolve(from.transitGateway()).orElse(null);
          String via = "through transit gateway '"
              + (gateway != null ? gateway.name() : from.transitGateway().toString()) + "'";
          add(out, new Link(a, b, gateway, via, false));
          add(out, new Link(b, a, gateway, via, false));
        }
      }
    }
  }

  /** A route table's identity; a link to the gateway itself means its default table. */
  private String tableId(Ref table) {
    Optional<Element> e = network.resolve(table);
    if (e.isPresent() && e.get() instanceof TransitGateway tgw) return "default:" + tgw.key();
    return network.identity(table);
  }

  /** The attachment's switch, else the gateway's default, else on; unknown counts as on. */
  private static boolean on(Value<Boolean> attachment, Optional<Value<Boolean>> gateway) {
    if (attachment.isKnown()) return attachment.get();
    if (attachment.isUnknown()) return true;
    Value<Boolean> g = gateway.orElse(Value.absent());
    return !g.isKnown() || g.get();
  }
}
