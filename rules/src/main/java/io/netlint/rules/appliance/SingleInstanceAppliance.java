package io.netlint.rules.appliance;

import io.netlint.rules.analysis.Appliances;
import io.netlint.rules.analysis.Zone;
import io.netlint.model.AutoScalingGroup;
import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.Vpc;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An appliance (an instance or interface that routes target, or that has its source/destination
 * check disabled) with no redundant peer in another Availability Zone: (a) the only appliance a
 * destination is routed through, (b) several appliances for a destination, all in one zone, or
 * (c) an unrouted forwarding instance with no other appliance in another zone of its VPC.
 */
@RuleInfo(
    id = "NET301",
    name = "single-instance-appliance",
    summary = "A routing appliance on EC2 should have a peer in another Availability Zone",
    severity = Severity.WARNING,
    tags = {"appliance", "availability"})
public final class SingleInstanceAppliance implements Rule {

  private static final Comparator<Element> BY_SOURCE =
      Comparator.comparing(Element::source, SourceRef.ORDER).thenComparing(Element::key);
  private static final String UNKNOWN_SCOPE = "";

  @Override
  public void check(Network network, RuleContext ctx) {
    Appliances appliances = network.derived(Appliances.class, Appliances::new);
    Map<String, Scope> scopes = scopes(network, appliances);

    Map<Element, Served> single = new TreeMap<>(BY_SOURCE);
    Map<List<Element>, Served> sameZone = new LinkedHashMap<>();
    List<Element> allWildcards = new ArrayList<>();
    scopes.values().forEach(s -> allWildcards.addAll(s.wildcards));
    for (Map.Entry<String, Scope> se : scopes.entrySet()) {
      // A route whose VPC is unknown competes with every VPC's routes to the same destination.
      boolean anyVpc = se.getKey().equals(UNKNOWN_SCOPE);
      Scope scope = se.getValue();
      for (Map.Entry<Destination, Targets> e : scope.byDestination.entrySet()) {
        Targets t = anyVpc ? merged(scopes, e.getKey(), e.getValue()) : e.getValue();
        if (t.unresolved || !covers(t, anyVpc ? allWildcards : scope.wildcards)) continue;
        if (t.appliances.stream().anyMatch(a -> behindAutoScaling(network, appliances, a))) {
          continue;
        }
        if (t.appliances.size() == 1) {
          single.computeIfAbsent(t.appliances.first(), a -> new Served()).add(e.getKey(), t);
        } else if (oneZone(appliances, t.appliances).isPresent()) {
          sameZone.computeIfAbsent(List.copyOf(t.appliances), a -> new Served())
              .add(e.getKey(), t);
        }
      }
    }
    single.forEach((appliance, served) -> reportSingle(appliances, ctx, appliance, served));
    sameZone.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getKey().get(0), BY_SOURCE))
        .forEach(e -> reportSameZone(appliances, ctx, e.getKey(), e.getValue()));
    checkUnrouted(network, appliances, scopes, ctx);
  }

  /**
   * Routes to appliances, by the VPC of their route table (or of their target), then by
   * destination; routes whose VPC is unknown go to {@link #UNKNOWN_SCOPE}.
   */
  private static Map<String, Scope> scopes(Network network, Appliances appliances) {
    Map<String, Scope> scopes = new TreeMap<>();
    for (Route r : network.all(Route.class)) {
      if (!Appliances.targetsAppliance(r)) continue;
      Optional<RouteTable> table = network.resolve(r.routeTable(), RouteTable.class);
      Optional<Element> target = appliances.targetOf(r);
      // A route can only target an appliance in its own table's VPC.
      String vpc = table.map(t -> network.identity(t.vpc()))
          .orElseGet(() -> target.map(appliances::vpcOf).orElse(null));
      Scope scope = scopes.computeIfAbsent(vpc == null ? UNKNOWN_SCOPE : vpc, k -> new Scope());
      Element dependent = table.map(Element.class::cast).orElse(r);
      Optional<Destination> dest = Destination.of(r);
      if (dest.isEmpty()) {
        // Any destination: it may serve a destination through a second appliance.
        scope.wildcards.add(target.orElse(null));
        continue;
      }
      Targets t = scope.byDestination.computeIfAbsent(dest.get(), d -> new Targets());
      target.ifPresentOrElse(t.appliances::add, () -> t.unresolved = true);
      t.dependents.add(dependent);
    }
    // Routes whose VPC is unknown may belong to any VPC, for any destination.
    Scope unknown = scopes.get(UNKNOWN_SCOPE);
    if (unknown != null) {
      List<Element> anyTarget = new ArrayList<>(unknown.wildcards);
      for (Targets t : unknown.byDestination.values()) {
        anyTarget.addAll(t.appliances);
        if (t.unresolved) anyTarget.add(null);
      }
      scopes.values().stream().filter(s -> s != unknown)
          .forEach(s -> s.wildcards.addAll(anyTarget));
    }
    return scopes;
  }

  /** Every VPC's targets for a destination, with the dependents of one scope's routes. */
  private static Targets merged(Map<String, Scope> scopes, Destination d, Targets own) {
    Targets out = new Targets();
    for (Scope s : scopes.values()) {
      Targets t = s.byDestination.get(d);
      if (t == null) continue;
      out.appliances.addAll(t.appliances);
      out.unresolved |= t.unresolved;
    }
    out.dependents.addAll(own.dependents);
    return out;
  }

  /** True when every route with an unknown destination goes to one of these appliances. */
  private static boolean covers(Targets t, List<Element> wildcards) {
    return wildcards.stream().allMatch(w -> w != null && t.appliances.contains(w));
  }

  /**
   * An interface attached to no instance among the inputs, in a subnet of an Auto Scaling group
   * that keeps two or more instances over two or more zones (or whose size or zones are not known),
   * is taken over by that group: not a single instance.
   */
  private static boolean behindAutoScaling(Network network, Appliances appliances, Element a) {
    if (!(a instanceof NetworkInterface)) return false;
    String subnet = appliances.subnetIdentityOf(a);
    if (subnet == null) return false;
    for (AutoScalingGroup g : network.all(AutoScalingGroup.class)) {
      boolean inGroup = g.subnets().stream().anyMatch(s -> subnet.equals(network.identity(s)));
      if (inGroup && !provablySingle(network, g)) return true;
    }
    return false;
  }

  private static boolean provablySingle(Network network, AutoScalingGroup g) {
    if (g.minSize().isKnown() && g.minSize().get() < 2) return true;
    List<Zone> zones = new ArrayList<>();
    for (var ref : g.subnets()) {
      Optional<Subnet> s = network.resolve(ref, Subnet.class);
      if (s.isEmpty() || !s.get().availabilityZone().isKnown()) return false;
      zones.add(new Zone(s.get().availabilityZone().get()));
    }
    return allSame(zones).orElse(false);
  }

  /** The one zone all appliances sit in, when every zone is known and they are the same. */
  private static Optional<Zone> oneZone(Appliances appliances, Collection<Element> group) {
    List<Zone> zones = new ArrayList<>();
    for (Element a : group) {
      Optional<Zone> z = appliances.zoneOf(a);
      if (z.isEmpty()) return Optional.empty();
      zones.add(z.get());
    }
    return allSame(zones).orElse(false) ? Optional.of(zones.get(0)) : Optional.empty();
  }

  private static Optional<Boolean> allSame(List<Zone> zones) {
    if (zones.isEmpty()) return Optional.empty();
    for (Zone z : zones) {
      Optional<Boolean> same = z.sameAs(zones.get(0));
      if (same.isEmpty() || !same.get()) return same;
    }
    return Optional.of(true);
  }

  private static void reportSingle(Appliances appliances, RuleContext ctx, Element appliance,
      Served served) {
    String zone = appliances.zoneOf(appliance).map(z -> " (in " + z.describe() + ")").orElse("");
    String what = Appliances.describe(appliance);
    ctx.report(appliance, Character.toUpperCase(what.charAt(0)) + what.substring(1) + zone
        + " is the only appliance routing " + served.destinations() + " for "
        + served.dependentsText() + "; if it fails, that traffic is dropped. Run a second"
        + " appliance in another Availability Zone and route each zone's subnets through the"
        + " appliance in their zone", served.dependents());
  }

  private static void reportSameZone(Appliances appliances, RuleContext ctx, List<Element> group,
      Served served) {
    Zone zone = oneZone(appliances, group).orElseThrow();
    List<Element> related = new ArrayList<>(group.subList(1, group.size()));
    related.addAll(served.dependents());
    related.sort(BY_SOURCE);
    ctx.report(group.get(0), names(group) + " are the only appliances routing "
        + served.destinations() + " for " + served.dependentsText() + ", and all sit in "
        + zone.describe() + "; an outage of that Availability Zone drops that traffic. Move one of them to"
        + " another Availability Zone", related);
  }

  /** "Instances 'A', 'B'", "Network interfaces 'A', 'B'", or each with its kind when mixed. */
  private static String names(List<Element> group) {
    boolean instances = group.stream().allMatch(Instance.class::isInstance);
    boolean interfaces = group.stream().allMatch(NetworkInterface.class::isInstance);
    if (!instances && !interfaces) {
      return "Appliances " + group.stream().map(Appliances::describe)
          .collect(Collectors.joining(", "));
    }
    return (instances ? "Instances " : "Network interfaces ")
        + group.stream().map(e -> "'" + e.name() + "'").collect(Collectors.joining(", "));
  }

  /**
   * Case (c): a forwarding instance no route among the inputs targets; its routes live elsewhere.
   * Any other appliance of its VPC in another zone (or in a zone that cannot be compared) is taken
   * as its peer.
   */
  private static void checkUnrouted(Network network, Appliances appliances,
      Map<String, Scope> scopes, RuleContext ctx) {
    Set<Element> routed = new HashSet<>();
    for (Scope s : scopes.values()) {
      s.byDestination.values().forEach(t -> routed.addAll(t.appliances));
      s.wildcards.stream().filter(w -> w != null).forEach(routed::add);
    }
    List<Element> all = new ArrayList<>(routed);
    for (Element e : candidates(network, appliances)) {
      if (!all.contains(e)) all.add(e);
    }
    all.sort(BY_SOURCE);

    for (Element a : all) {
      if (routed.contains(a) || !appliances.sourceDestCheckDisabled(a)) continue;
      // An unknown VPC may be anyone's: then every other appliance is a possible peer.
      String vpc = appliances.vpcOf(a);
      if (hasUnresolvedRoute(scopes, vpc)) continue;
      Optional<Zone> zone = appliances.zoneOf(a);
      boolean peer = all.stream()
          .filter(o -> o != a)
          .filter(o -> vpc == null || appliances.vpcOf(o) == null
              || vpc.equals(appliances.vpcOf(o)))
          .anyMatch(o -> mayBeOtherZone(zone, appliances.zoneOf(o)));
      if (peer) continue;
      String vpcText = vpc == null ? "its VPC" : network.byKey(vpc).filter(Vpc.class::isInstance)
          .map(v -> "VPC '" + v.name() + "'")
          .orElse(vpc.startsWith("aws:") ? "VPC " + vpc.substring(4) : "its VPC");
      String what = Appliances.describe(a);
      ctx.report(a, Character.toUpperCase(what.charAt(0)) + what.substring(1)
          + zone.map(z -> " (in " + z.describe() + ")").orElse("") + " has source/destination check"
          + " disabled, so it forwards traffic for other hosts, but no route among the inputs"
          + " targets it and " + vpcText + " has no other appliance in another zone; the routes"
          + " that use it (in another stack or added by hand) depend on it alone. Run a second"
          + " appliance in another Availability Zone", List.of());
    }
  }

  /** Instances and free interfaces with the source/destination check disabled. */
  private static List<Element> candidates(Network network, Appliances appliances) {
    List<Element> out = new ArrayList<>();
    for (Instance i : network.all(Instance.class)) {
      if (appliances.sourceDestCheckDisabled(i)) out.add(i);
    }
    for (NetworkInterface eni : network.all(NetworkInterface.class)) {
      Element a = appliances.applianceOf(eni).orElseThrow();
      if (!out.contains(a) && appliances.sourceDestCheckDisabled(a)) out.add(a);
    }
    return out;
  }

  /** True when a route of the VPC (of any VPC, when null) has a target not among the inputs. */
  private static boolean hasUnresolvedRoute(Map<String, Scope> scopes, String vpc) {
    for (Map.Entry<String, Scope> e : scopes.entrySet()) {
      if (vpc != null && !e.getKey().equals(vpc) && !e.getKey().equals(UNKNOWN_SCOPE)) continue;
      Scope s = e.getValue();
      if (s.wildcards.contains(null)) return true;
      if (s.byDestination.values().stream().anyMatch(t -> t.unresolved)) return true;
    }
    return false;
  }

  private static boolean mayBeOtherZone(Optional<Zone> mine, Optional<Zone> theirs) {
    if (mine.isEmpty() || theirs.isEmpty()) return true;
    return !mine.get().sameAs(theirs.get()).orElse(false);
  }

  /** The appliance routes of one VPC. */
  private static final class Scope {
    final Map<Destination, Targets> byDestination = new TreeMap<>();
    /** Targets of routes with an unknown destination; null stands for an unresolved target. */
    final List<Element> wildcards = new ArrayList<>();
  }

  /** Who serves one destination, and which route tables depend on it. */
  private static final class Targets {
    final TreeSet<Element> appliances = new TreeSet<>(BY_SOURCE);
    final List<Element> dependents = new ArrayList<>();
    boolean unresolved;
  }

  /** What one appliance (or group) serves, over all its destinations. */
  private static final class Served {
    final TreeSet<Destination> destinations = new TreeSet<>();
    final TreeSet<Element> dependents = new TreeSet<>(BY_SOURCE);

    void add(Destination d, Targets t) {
      destinations.add(d);
      dependents.addAll(t.dependents);
    }

    String destinations() {
      return destinations.stream().map(Destination::toString).collect(Collectors.joining(", "));
    }

    List<Element> dependents() { return List.copyOf(dependents); }

    String dependentsText() {
      List<String> tables = new ArrayList<>();
      List<String> routes = new ArrayList<>();
      for (Element e : dependents) {
        (e instanceof RouteTable ? tables : routes).add("'" + e.name() + "'");
      }
      List<String> parts = new ArrayList<>();
      if (!tables.isEmpty()) {
        parts.add((tables.size() == 1 ? "route table " : "route tables ")
            + String.join(", ", tables));
      }
      if (!routes.isEmpty()) {
        parts.add((routes.size() == 1 ? "route " : "routes ") + String.join(", ", routes));
      }
      return String.join(" and ", parts);
    }
  }

  /** A route destination: a CIDR (by its range) or a prefix list. */
  private record Destination(Cidr cidr, String prefixList) implements Comparable<Destination> {

    static Optional<Destination> of(Route r) {
      if (r.destination().isKnown()) {
        return Optional.of(new Destination(r.destination().get(), null));
      }
      if (r.destinationPrefixList().isKnown()) {
        return Optional.of(new Destination(null, r.destinationPrefixList().get()));
      }
      return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Destination d && compareTo(d) == 0;
    }

    @Override
    public int hashCode() { return toString().hashCode(); }

    @Override
    public int compareTo(Destination o) {
      if (cidr != null && o.cidr != null) return Cidr.ORDER.compare(cidr, o.cidr);
      if (cidr != null) return -1;
      if (o.cidr != null) return 1;
      return prefixList.compareTo(o.prefixList);
    }

    @Override
    public String toString() {
      return cidr != null ? cidr.canonical() : "prefix list " + prefixList;
    }
  }
}
