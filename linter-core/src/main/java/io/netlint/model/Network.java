package io.netlint.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The network of one run: every element from every input, and the relations between them. Links
 * resolve by element key, or by AWS ID against the IDs known anywhere in the run, so a VPC created
 * in one stack or plan connects to the peering declared in another.
 */
public final class Network {

  private final List<Element> elements;
  private final Map<Class<?>, List<Element>> byType = new HashMap<>();
  private final Map<String, Element> byKey = new HashMap<>();
  private final Map<String, Element> byAwsId = new HashMap<>();
  private final Map<String, List<Value<Cidr>>> secondaryCidrsByVpc = new HashMap<>();
  private final Map<String, List<Subnet>> subnetsByVpc = new HashMap<>();
  private final Map<String, List<Route>> routesByTable = new HashMap<>();
  private final Map<String, List<RouteTable>> tablesByVpc = new HashMap<>();
  private final Map<String, RouteTable> tableBySubnet = new HashMap<>();
  private final java.util.Set<String> associatedSubnets = new java.util.HashSet<>();
  private final Map<String, List<String>> vpcsByGateway = new HashMap<>();
  private final Map<String, List<VpnConnection>> vpnsByGateway = new HashMap<>();
  /** Analyses derived from this network, computed once and shared by every rule. */
  private final Map<Class<?>, Derived> derived = new java.util.concurrent.ConcurrentHashMap<>();

  private Network(List<Element> elements) {
    this.elements = List.copyOf(elements);
    for (Element e : this.elements) {
      byType.computeIfAbsent(e.getClass(), c -> new ArrayList<>()).add(e);
      byKey.putIfAbsent(e.key(), e);
      if (e.meta().awsId().isKnown()) byAwsId.putIfAbsent(e.meta().awsId().get(), e);
    }
    for (VpcCidrBlock b : all(VpcCidrBlock.class)) {
      group(secondaryCidrsByVpc, b.vpc(), b.cidr());
    }
    for (Subnet s : all(Subnet.class)) group(subnetsByVpc, s.vpc(), s);
    for (Route r : all(Route.class)) group(routesByTable, r.routeTable(), r);
    for (RouteTable t : all(RouteTable.class)) group(tablesByVpc, t.vpc(), t);
    for (RouteTableAssociation a : all(RouteTableAssociation.class)) {
      Optional<RouteTable> table = resolve(a.routeTable(), RouteTable.class);
      String subnet = identity(a.subnet());
      if (subnet != null) associatedSubnets.add(subnet);
      if (table.isPresent() && subnet != null) tableBySubnet.putIfAbsent(subnet, table.get());
    }
    for (VpnGateway g : all(VpnGateway.class)) {
      if (g.vpc().isKnown()) group(vpcsByGateway, Ref.toKey(g.key()), identity(g.vpc()));
    }
    for (InternetGateway g : all(InternetGateway.class)) {
      if (g.vpc().isKnown()) group(vpcsByGateway, Ref.toKey(g.key()), identity(g.vpc()));
    }
    for (GatewayAttachment a : all(GatewayAttachment.class)) {
      if (a.vpc().isKnown()) group(vpcsByGateway, a.gateway(), identity(a.vpc()));
    }
    for (VpnConnection v : all(VpnConnection.class)) group(vpnsByGateway, v.targetGateway(), v);
  }

  public static Network of(List<? extends Element> elements) {
    return new Network(new ArrayList<>(elements));
  }

  public static Builder builder() { return new Builder(); }

  /** Collects elements in input order. */
  public static final class Builder {
    private final List<Element> elements = new ArrayList<>();

    public Builder add(Element e) {
      elements.add(e);
      return this;
    }

    public Builder addAll(List<? extends Element> es) {
      elements.addAll(es);
      return this;
    }

    public Network build() { return new Network(elements); }
  }

  private <V> void group(Map<String, List<V>> index, Ref ref, V value) {
    String id = identity(ref);
    if (id != null) index.computeIfAbsent(id, k -> new ArrayList<>()).add(value);
  }

  /** Every element, in input order. */
  public List<Element> elements() { return elements; }

  /** Every element of one type, in input order. */
  @SuppressWarnings("unchecked")
  public <T extends Element> List<T> all(Class<T> type) {
    return (List<T>) Collections.unmodifiableList(byType.getOrDefault(type, List.of()));
  }

  public Optional<Element> byKey(String key) { return Optional.ofNullable(byKey.get(key)); }

  /** The element a link points at, when it is among the inputs. */
  public Optional<Element> resolve(Ref ref) {
    if (ref == null || !ref.isKnown()) return Optional.empty();
    if (ref.key() != null) {
      Element e = byKey.get(ref.key());
      if (e != null) return Optional.of(e);
    }
    return ref.awsId() == null ? Optional.empty() : Optional.ofNullable(byAwsId.get(ref.awsId()));
  }

  public <T extends Element> Optional<T> resolve(Ref ref, Class<T> type) {
    return resolve(ref).filter(type::isInstance).map(type::cast);
  }

  /**
   * A canonical identity for what a link points at: the element's key when it is among the inputs,
   * else {@code aws:<id>} for a literal AWS ID; null when unknown or absent. Two links to the same
   * thing have the same identity.
   */
  public String identity(Ref ref) {
    if (ref == null || !ref.isKnown()) return null;
    return resolve(ref).map(Element::key).orElseGet(
        () -> ref.awsId() != null ? "aws:" + ref.awsId() : ref.key());
  }

  /** Every CIDR of a VPC: primary IPv4, IPv6, then secondary blocks. */
  public List<Value<Cidr>> cidrsOf(Vpc vpc) {
    List<Value<Cidr>> out = new ArrayList<>();
    if (!vpc.cidr().isAbsent()) out.add(vpc.cidr());
    if (!vpc.ipv6Cidr().isAbsent()) out.add(vpc.ipv6Cidr());
    out.addAll(secondaryCidrsByVpc.getOrDefault(vpc.key(), List.of()));
    return out;
  }

  /** The known CIDRs of a VPC. */
  public List<Cidr> knownCidrsOf(Vpc vpc) {
    return cidrsOf(vpc).stream().filter(Value::isKnown).map(Value::get).toList();
  }

  /** True when every CIDR of the VPC is known. */
  public boolean cidrsFullyKnown(Vpc vpc) {
    return cidrsOf(vpc).stream().allMatch(Value::isKnown);
  }

  public List<Subnet> subnetsOf(Vpc vpc) { return subnetsByVpc.getOrDefault(vpc.key(), List.of()); }

  public List<RouteTable> routeTablesOf(Vpc vpc) {
    return tablesByVpc.getOrDefault(vpc.key(), List.of());
  }

  public List<Route> routesOf(RouteTable table) {
    return routesByTable.getOrDefault(table.key(), List.of());
  }

  /**
   * The table a subnet is explicitly associated with, else its VPC's main table when modelled.
   * Empty when the subnet's association names a table outside the inputs.
   */
  public Optional<RouteTable> routeTableOf(Subnet subnet) {
    RouteTable explicit = tableBySubnet.get(subnet.key());
    if (explicit != null) return Optional.of(explicit);
    if (associatedSubnets.contains(subnet.key())) return Optional.empty();
    return resolve(subnet.vpc(), Vpc.class).stream()
        .flatMap(v -> routeTablesOf(v).stream())
        .filter(RouteTable::main)
        .findFirst();
  }

  /** The VPCs (identities, see {@link #identity}) a VGW or internet gateway is attached to. */
  public List<String> vpcsAttachedTo(Element gateway) {
    return vpcsByGateway.getOrDefault(gateway.key(), List.of()).stream().distinct().toList();
  }

  /** VPN connections whose AWS side is this VGW or TGW. */
  public List<VpnConnection> vpnConnectionsTo(Element gateway) {
    return vpnsByGateway.getOrDefault(gateway.key(), List.of());
  }

  /** Groups elements by the identity of one of their links; unknown links are left out. */
  public <T> Map<String, List<T>> groupBy(List<T> items, Function<T, Ref> link) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    for (T item : items) {
      String id = identity(link.apply(item));
      if (id != null) out.computeIfAbsent(id, k -> new ArrayList<>()).add(item);
    }
    return out;
  }

  public int size() { return elements.size(); }

  /**
   * An analysis of this network (the peerings with their routes, the appliances, ...), computed
   * on first use and then shared, so that rules asking for the same one do not repeat the work.
   * The network never changes, so neither does the result.
   */
  public <T> T derived(Class<T> type, Function<Network, T> compute) {
    Derived once = derived.computeIfAbsent(type, t -> new Derived());
    return type.cast(once.get(this, compute));
  }

  /**
   * One analysis, computed by the first rule that asks while rules running in parallel wait for
   * it. It is computed outside the map, as an analysis may ask for another one.
   */
  private static final class Derived {
    private Object value;

    synchronized Object get(Network network, Function<Network, ?> compute) {
      if (value == null) value = compute.apply(network);
      return value;
    }
  }
}
