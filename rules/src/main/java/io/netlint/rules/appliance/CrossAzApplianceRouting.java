package io.netlint.rules.appliance;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.RouteTable;
import io.netlint.model.Subnet;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.ApplianceRoutes;
import io.netlint.rules.analysis.ApplianceRoutes.Destination;
import io.netlint.rules.analysis.ApplianceRoutes.Hop;
import io.netlint.rules.analysis.Appliances;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.TableSubnets;
import io.netlint.rules.analysis.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A subnet in one zone routes a destination through an appliance in another zone, while the
 * appliances for that destination run in several zones: either one runs in the subnet's own zone
 * and is not used, or none does and the subnet depends on a foreign zone. Zones that are unknown
 * or cannot be compared decide nothing.
 */
@RuleInfo(
    id = "NET302",
    name = "cross-az-appliance-routing",
    summary = "Each zone's subnets should route through the appliance in their own zone",
    severity = Severity.WARNING,
    tags = {"appliance", "availability"})
public final class CrossAzApplianceRouting implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    Appliances appliances = network.derived(Appliances.class, Appliances::new);
    TableSubnets tableSubnets = network.derived(TableSubnets.class, TableSubnets::new);
    List<Hop> hops = ApplianceRoutes.of(network, appliances);
    Map<String, List<Hop>> byVpc = new LinkedHashMap<>();
    List<Hop> unplaced = new ArrayList<>();
    for (Hop h : hops) {
      if (h.vpc() == null) unplaced.add(h);
      else byVpc.computeIfAbsent(h.vpc(), k -> new ArrayList<>()).add(h);
    }
    Map<String, List<Element>> idleByVpc = new LinkedHashMap<>();
    // Found once: a pass over every appliance per VPC would be quadratic on large estates.
    Map<String, List<Element>> unroutedByVpc = unrouted(appliances, hops);

    for (Hop hop : hops) {
      if (hop.table().isEmpty() || hop.vpc() == null || hop.destination().isEmpty()
          || hop.appliance().isEmpty()) {
        continue;
      }
      Element appliance = hop.appliance().get();
      Optional<Zone> applianceZone = appliances.zoneOf(appliance);
      if (applianceZone.isEmpty()) continue;
      List<Hop> vpcHops = byVpc.get(hop.vpc());
      Peers peers = peers(vpcHops, unplaced, hop.destination().get());

      // The table's subnets in other zones, by zone, in declaration order.
      Map<String, List<Subnet>> foreign = new LinkedHashMap<>();
      Map<String, Zone> zones = new LinkedHashMap<>();
      for (Subnet s : tableSubnets.of(hop.table().get())) {
        if (!s.availabilityZone().isKnown()) continue;
        Zone z = new Zone(s.availabilityZone().get());
        if (z.sameAs(applianceZone.get()).orElse(true)) continue;
        foreign.computeIfAbsent(z.text(), k -> new ArrayList<>()).add(s);
        zones.putIfAbsent(z.text(), z);
      }
      for (Map.Entry<String, List<Subnet>> e : foreign.entrySet()) {
        Zone zone = zones.get(e.getKey());
        List<Element> local = inZone(peers.all(), zone, appliances);
        if (!local.isEmpty()) {
          reportUnusedLocal(ctx, hop, appliance, applianceZone.get(), zone, e.getValue(), local,
              false);
          continue;
        }
        List<Element> idle = inZone(idleByVpc.computeIfAbsent(hop.vpc(),
            v -> idle(unroutedByVpc, vpcHops, unplaced, v)), zone, appliances);
        if (!idle.isEmpty()) {
          reportUnusedLocal(ctx, hop, appliance, applianceZone.get(), zone, e.getValue(), idle,
              true);
        } else if (peers.noneIn(zone, appliances) && peers.zoneCount(appliances) >= 2) {
          reportNoLocal(ctx, appliances, hop, appliance, applianceZone.get(), zone, e.getValue(),
              peers);
        }
      }
    }
  }

  /**
   * The appliances that the VPC's routes send a destination to. {@code complete} is false when
   * one of them is not among the inputs, or a route of the VPC (or of no known VPC) has an
   * unknown destination and may be another one.
   */
  private static Peers peers(List<Hop> vpcHops, List<Hop> unplaced, Destination d) {
    List<Element> all = new ArrayList<>();
    boolean complete = unplaced.isEmpty();
    for (Hop h : vpcHops) {
      if (h.destination().isEmpty()) {
        complete = false;
      } else if (h.destination().get().same(d)) {
        if (h.appliance().isEmpty()) {
          complete = false;
        } else if (!all.contains(h.appliance().get())) {
          all.add(h.appliance().get());
        }
      }
    }
    all.sort(Names.DECLARED);
    return new Peers(all, complete);
  }

  /**
   * Forwarding appliances of the VPC that no route among the inputs targets: their routes live
   * elsewhere, and one may be the peer a zone's subnets should use. None when a route of the VPC
   * (or of no known VPC) has a target that is not among the inputs, since it may be one of them.
   */
  private static List<Element> idle(Map<String, List<Element>> unroutedByVpc,
      List<Hop> vpcHops, List<Hop> unplaced, String vpc) {
    boolean unresolved = vpcHops.stream().anyMatch(h -> h.appliance().isEmpty())
        || unplaced.stream().anyMatch(h -> h.appliance().isEmpty());
    if (unresolved) return List.of();
    return unroutedByVpc.getOrDefault(vpc, List.of());
  }

  /** The appliances that forward traffic but no route uses, by VPC, in declaration order. */
  private static Map<String, List<Element>> unrouted(Appliances appliances, List<Hop> hops) {
    Map<String, List<Element>> unroutedByVpc = new HashMap<>();
    if (hops.isEmpty()) return unroutedByVpc;
    Set<Element> routed = new HashSet<>();
    hops.forEach(h -> h.appliance().ifPresent(routed::add));
    for (Element a : appliances.all()) {
      if (routed.contains(a) || !appliances.sourceDestCheckDisabled(a)) continue;
      String vpc = appliances.vpcOf(a);
      if (vpc != null) unroutedByVpc.computeIfAbsent(vpc, k -> new ArrayList<>()).add(a);
    }
    return unroutedByVpc;
  }

  /** The appliances known to sit in the zone. */
  private static List<Element> inZone(List<Element> group, Zone zone, Appliances appliances) {
    return group.stream()
        .filter(a -> appliances.zoneOf(a).flatMap(z -> z.sameAs(zone)).orElse(false))
        .toList();
  }

  private record Peers(List<Element> all, boolean complete) {

    /** True when every appliance is known to sit outside the zone. */
    boolean noneIn(Zone zone, Appliances appliances) {
      return complete && all.stream()
          .allMatch(a -> appliances.zoneOf(a).flatMap(z -> z.sameAs(zone)).map(s -> !s)
              .orElse(false));
    }

    /** Distinct zones, when every appliance's zone is known and all compare with each other. */
    int zoneCount(Appliances appliances) {
      List<Zone> distinct = new ArrayList<>();
      for (Element a : all) {
        Optional<Zone> z = appliances.zoneOf(a);
        if (z.isEmpty()) return 0;
        boolean seen = false;
        for (Zone d : distinct) {
          Optional<Boolean> same = d.sameAs(z.get());
          if (same.isEmpty()) return 0;
          seen |= same.get();
        }
        if (!seen) distinct.add(z.get());
      }
      return distinct.size();
    }

    String zones(Appliances appliances) {
      List<String> out = new ArrayList<>();
      for (Element a : all) {
        String z = appliances.zoneOf(a).orElseThrow().describe();
        if (!out.contains(z)) out.add(z);
      }
      if (out.size() == 1) return out.get(0);
      return String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
    }
  }

  private static void reportUnusedLocal(RuleContext ctx, Hop hop, Element appliance,
      Zone applianceZone, Zone zone, List<Subnet> subnets, List<Element> local, boolean idle) {
    Destination d = hop.destination().get();
    String localNames = local.stream().map(Appliances::describe)
        .collect(Collectors.joining(", "));
    String one = local.size() == 1 ? "s" : "";
    String localRole = idle
        ? " forward" + one + " traffic (source/destination check disabled) and no route among"
            + " the inputs uses " + (local.size() == 1 ? "it" : "them")
        : " also serve" + one + " " + d;
    String message = subjects(subnets) + " (in " + zone.describe() + ") "
        + (subnets.size() == 1 ? "routes " : "route ") + d + " through "
        + Appliances.describe(appliance) + " in " + applianceZone.describe() + " (" + via(hop)
        + "), although " + localNames + " in " + zone.describe() + localRole
        + "; the traffic crosses zones and stops if " + applianceZone.describe() + " fails. "
        + (idle ? "If " + (local.size() == 1 ? "it serves" : "they serve") + " the same purpose,"
            + " route " : "Route ")
        + (subnets.size() == 1 ? "that subnet through the appliance in its own zone"
            : "those subnets through the appliance in their own zone");
    List<Element> related = new ArrayList<>();
    related.add(hop.table().get());
    related.addAll(subnets);
    related.add(appliance);
    related.addAll(local);
    ctx.report(hop.route(), message, related);
  }

  private static void reportNoLocal(RuleContext ctx, Appliances appliances, Hop hop,
      Element appliance, Zone applianceZone, Zone zone, List<Subnet> subnets, Peers peers) {
    Destination d = hop.destination().get();
    String message = subjects(subnets) + " (in " + zone.describe() + ") "
        + (subnets.size() == 1 ? "routes " : "route ") + d + " through "
        + Appliances.describe(appliance) + " in " + applianceZone.describe() + " (" + via(hop)
        + "); the appliances for " + d + " run in " + peers.zones(appliances) + ", but none in "
        + zone.describe() + ", so "
        + (subnets.size() == 1 ? "that subnet depends" : "those subnets depend") + " on another"
        + " zone. Run an appliance in " + zone.describe() + " and route "
        + (subnets.size() == 1 ? "the subnet" : "them") + " through it";
    List<Element> related = new ArrayList<>();
    related.add(hop.table().get());
    related.addAll(subnets);
    related.addAll(peers.all());
    ctx.report(hop.route(), message, related);
  }

  private static String subjects(List<Subnet> subnets) {
    return (subnets.size() == 1 ? "Subnet " : "Subnets ")
        + subnets.stream().map(Names::quoted).collect(Collectors.joining(", "));
  }

  private static String via(Hop hop) {
    RouteTable t = hop.table().get();
    // Terraform inline routes carry the table's address; name the table only.
    if (hop.route().name() != null && hop.route().name().equals(t.name())) {
      return "route table " + Names.quoted(t);
    }
    return "route " + Names.quoted(hop.route()) + " of route table " + Names.quoted(t);
  }
}
