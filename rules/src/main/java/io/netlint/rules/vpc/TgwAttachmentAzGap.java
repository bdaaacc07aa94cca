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
import io.netlint.rules.analysis.Workloads;
import io.netlint.rules.analysis.Zone;
import java.util.ArrayList;
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

  /** A subnet in a zone without an attachment subnet, and the route that uses the gateway. */
  private record Gap(Subnet subnet, RouteTable table) {}

  @Override
  public void check(Network network, RuleContext ctx) {
    Map<String, List<Subnet>> subnetsByVpc =
        network.groupBy(network.all(Subnet.class), Subnet::vpc);
    Workloads workloads = new Workloads(network);
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
      Map<String, List<Gap>> gaps = new LinkedHashMap<>();
      Map<String, Zone> zoneByText = new LinkedHashMap<>();
      for (Subnet s : subnetsByVpc.getOrDefault(vpc, List.of())) {
        if (!s.availabilityZone().isKnown()) continue;
        Zone z = new Zone(s.availabilityZone().get());
        if (!outside(z, zones.get())) continue;
        Optional<RouteTable> table = network.routeTableOf(s);
        if (table.isEmpty() || !routesTo(network, table.get(), gateway)) continue;
        gaps.computeIfAbsent(z.text(), k -> new ArrayList<>()).add(new Gap(s, table.get()));
        zoneByText.putIfAbsent(z.text(), z);
      }
      if (!gaps.isEmpty()) report(network, ctx, workloads, att, zones.get(), gaps, zoneByText);
    }
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

  private static boolean routesTo(Network network, RouteTable table, String gateway) {
    for (Route r : network.routesOf(table)) {
      if (r.target().kind() == RouteTarget.Kind.TRANSIT_GATEWAY
          && gateway.equals(network.identity(r.target().target()))) {
        return true;
      }
    }
    return false;
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
