package io.netlint.rules.vpc;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.Subnet;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.TableSubnets;
import io.netlint.rules.analysis.Workloads;
import io.netlint.rules.analysis.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * NET404. A subnet of an attached VPC, in a zone where the attachment has no subnet, whose route
 * table sends traffic to that transit gateway: whatever runs there (the workloads the model knows
 * are named) cannot reach it. A subnet whose table does not route to the gateway does not use it,
 * and is left alone; so is every zone that is unknown or cannot be compared.
 */
@RuleInfo(
    id = "NET404",
    name = "tgw-attachment-az-gap",
    summary = "A transit gateway attachment should have a subnet in every zone whose subnets"
        + " route to the transit gateway",
    severity = Severity.WARNING,
    tags = {"transit-gateway", "availability"})
public final class TgwAttachmentAzGap implements Rule {

  /** A subnet in a zone without an attachment subnet, and its table that routes to the gateway. */
  private record Gap(Subnet subnet, RouteTable table) {}

  @Override
  public void check(Network network, RuleContext ctx) {
    Workloads workloads = network.derived(Workloads.class, Workloads::new);
    TableSubnets tableSubnets = network.derived(TableSubnets.class, TableSubnets::new);
    Map<String, List<RouteTable>> tablesByGateway = tablesRoutingToGateways(network);
    // gateway -> VPC -> its zoned subnets in the gateway's tables: built once per gateway, so
    // that a gateway of hundreds of attachments is not swept again for each of them
    Map<String, Map<String, List<Gap>>> zonedByGateway = new HashMap<>();
    Map<String, Integer> attachmentsPerPair = new HashMap<>();
    for (TgwVpcAttachment att : network.all(TgwVpcAttachment.class)) {
      attachmentsPerPair.merge(pair(network, att), 1, Integer::sum);
    }
    for (TgwVpcAttachment att : network.all(TgwVpcAttachment.class)) {
      String vpc = network.identity(att.vpc());
      String gateway = network.identity(att.transitGateway());
      if (vpc == null || gateway == null) continue;
      // A VPC attached twice to one gateway is NET405's; which attachment AWS keeps is unknown.
      if (attachmentsPerPair.get(pair(network, att)) > 1) continue;
      Optional<List<Zone>> zones = zonesOf(network, att);
      if (zones.isEmpty()) continue;
      List<Gap> found = new ArrayList<>();
      Map<String, List<Gap>> zoned = zonedByGateway.computeIfAbsent(gateway, g ->
          zonedSubnetsByVpc(network, tableSubnets, tablesByGateway.getOrDefault(g, List.of())));
      for (Gap candidate : zoned.getOrDefault(vpc, List.of())) {
        Subnet s = candidate.subnet();
        if (outside(new Zone(s.availabilityZone().get()), zones.get())
            && found.stream().noneMatch(g -> g.subnet() == s)) {
          found.add(candidate);
        }
      }
      if (found.isEmpty()) continue;
      found.sort(Comparator.comparing(Gap::subnet, Names.DECLARED));
      Map<String, List<Gap>> gaps = new LinkedHashMap<>();
      Map<String, Zone> zoneByText = new LinkedHashMap<>();
      for (Gap g : found) {
        Zone z = new Zone(g.subnet().availabilityZone().get());
        gaps.computeIfAbsent(z.text(), k -> new ArrayList<>()).add(g);
        zoneByText.putIfAbsent(z.text(), z);
      }
      report(network, ctx, workloads, att, zones.get(), gaps, zoneByText);
    }
  }

  /**
   * The subnets with a known zone of the tables, by the identity of their VPC, each with its
   * table, in table order and then each table's subnet order.
   */
  private static Map<String, List<Gap>> zonedSubnetsByVpc(Network network,
      TableSubnets tableSubnets, List<RouteTable> tables) {
    Map<String, List<Gap>> out = new HashMap<>();
    for (RouteTable table : tables) {
      for (Subnet s : tableSubnets.of(table)) {
        String vpc = network.identity(s.vpc());
        if (vpc == null || !s.availabilityZone().isKnown()) continue;
        out.computeIfAbsent(vpc, k -> new ArrayList<>()).add(new Gap(s, table));
      }
    }
    return out;
  }

  /** Route tables with a route to each transit gateway (by identity), in input order. */
  private static Map<String, List<RouteTable>> tablesRoutingToGateways(Network network) {
    Map<String, List<RouteTable>> out = new HashMap<>();
    for (Route r : network.all(Route.class)) {
      if (r.target().kind() != RouteTarget.Kind.TRANSIT_GATEWAY) continue;
      String gateway = network.identity(r.target().target());
      Optional<RouteTable> table = network.resolve(r.routeTable(), RouteTable.class);
      if (gateway == null || table.isEmpty()) continue;
      List<RouteTable> tables = out.computeIfAbsent(gateway, k -> new ArrayList<>());
      if (!tables.contains(table.get())) tables.add(table.get());
    }
    return out;
  }

  private static String pair(Network network, TgwVpcAttachment att) {
    return network.identity(att.vpc()) + "\n" + network.identity(att.transitGateway());
  }

  /** The distinct zones of the attachment's subnets; empty when one is not known. */
  private static Optional<List<Zone>> zonesOf(Network network, TgwVpcAttachment att) {
    if (att.subnets().isEmpty()) return Optional.empty();
    List<Zone> zones = new ArrayList<>();
    for (Ref ref : att.subnets()) {
      Optional<Subnet> s = network.resolve(ref, Subnet.class);
      if (s.isEmpty() || !s.get().availabilityZone().isKnown()) return Optional.empty();
      Zone z = new Zone(s.get().availabilityZone().get());
      if (zones.stream().noneMatch(o -> o.sameAs(z).orElse(false))) zones.add(z);
    }
    return Optional.of(zones);
  }

  /** True only when the zone is known to differ from every attachment zone. */
  private static boolean outside(Zone z, List<Zone> attachmentZones) {
    for (Zone a : attachmentZones) {
      Optional<Boolean> same = z.sameAs(a);
      if (same.isEmpty() || same.get()) return false;
    }
    return true;
  }

  private static void report(Network network, RuleContext ctx, Workloads workloads,
      TgwVpcAttachment att, List<Zone> zones, Map<String, List<Gap>> gaps,
      Map<String, Zone> zoneByText) {
    List<String> parts = new ArrayList<>();
    List<Element> related = new ArrayList<>();
    for (Map.Entry<String, List<Gap>> e : gaps.entrySet()) {
      List<String> subnets = new ArrayList<>();
      for (Gap g : e.getValue()) {
        List<String> facts = new ArrayList<>();
        facts.add("route table " + Names.quoted(g.table()));
        workloads.in(g.subnet()).forEach(w -> facts.add(Workloads.describe(w)));
        subnets.add("subnet " + Names.quoted(g.subnet()) + " (" + String.join(", ", facts) + ")");
        related.add(g.subnet());
      }
      parts.add(zoneByText.get(e.getKey()).describe() + ": " + String.join(", ", subnets));
    }
    network.resolve(att.transitGateway()).ifPresent(related::add);
    String attachmentZones = zones.stream().map(Zone::describe)
        .collect(Collectors.joining(" and "));
    String message = "Transit gateway attachment " + Names.quoted(att) + " of VPC "
        + Names.quoted(network, att.vpc()) + " to transit gateway "
        + Names.quoted(network, att.transitGateway()) + " has subnets in " + attachmentZones
        + " only, but subnets in other zones route to the transit gateway ("
        + String.join("; ", parts) + "); resources in a zone where the attachment has no subnet"
        + " cannot reach the transit gateway. Add a subnet in each of those zones to the"
        + " attachment";
    ctx.report(att, message, related);
  }
}
