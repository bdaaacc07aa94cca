package io.netlint.rules.addressing;

import io.netlint.rules.analysis.TransitGatewayDomains;
import io.netlint.rules.analysis.Names;
import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.Vpc;
import io.netlint.model.VpcPeering;
import io.netlint.rule.RuleContext;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Overlapping VPC pairs with every path that connects them, so that each pair is reported once.
 * Built fresh for each check.
 */
final class ConnectedVpcPairs {

  private static final String PEERING_CONSEQUENCE =
      "AWS rejects peering between overlapping ranges";

  private final Map<String, Pair> pairs = new TreeMap<>();

  private static final class Pair {
    final Vpc first;
    final Vpc second;
    final TreeSet<Cidr> firstCidrs = new TreeSet<>(Cidr.ORDER);
    final TreeSet<Cidr> secondCidrs = new TreeSet<>(Cidr.ORDER);
    final List<VpcPeering> peerings = new ArrayList<>();
    final Map<String, Via> gateways = new TreeMap<>();

    Pair(Vpc first, Vpc second) {
      this.first = first;
      this.second = second;
    }
  }

  /** The route tables of one transit gateway through which the pair is connected. */
  private static final class Via {
    final String gatewayName;
    final Element gateway;
    boolean defaultTable;
    /** One is associated with a table the other propagates into, so it routes to the other. */
    boolean direct;
    /** Explicit route tables by identity. */
    final TreeMap<String, TransitGatewayDomains.Domain> tables = new TreeMap<>();
    boolean identical;
    Cidr narrow;
    Vpc narrowOwner;
    Vpc wideOwner;

    Via(String gatewayName, Element gateway) {
      this.gatewayName = gatewayName;
      this.gateway = gateway;
    }
  }

  void peering(VpcPeering peering, Vpc a, Cidr ca, Vpc b, Cidr cb) {
    Pair p = pair(a, ca, b, cb);
    if (!p.peerings.contains(peering)) p.peerings.add(peering);
  }

  void transitGateway(TransitGatewayDomains.Domain domain, boolean direct, Vpc a, Cidr ca, Vpc b,
      Cidr cb) {
    Pair p = pair(a, ca, b, cb);
    Via via = p.gateways.computeIfAbsent(domain.gatewayId(),
        k -> new Via(domain.gatewayName(), domain.gateway()));
    via.direct |= direct;
    if (domain.isDefault()) {
      via.defaultTable = true;
    } else {
      via.tables.put(domain.tableId(), domain);
    }
    if (ca.sameRange(cb)) {
      via.identical = true;
    } else if (via.narrow == null) {
      boolean aNarrower = ca.prefixLength() > cb.prefixLength();
      via.narrow = aNarrower ? ca : cb;
      via.narrowOwner = aNarrower ? a : b;
      via.wideOwner = aNarrower ? b : a;
    }
  }

  private Pair pair(Vpc a, Cidr ca, Vpc b, Cidr cb) {
    boolean aFirst = Names.DECLARED.compare(a, b) <= 0;
    Vpc first = aFirst ? a : b;
    Vpc second = aFirst ? b : a;
    Pair p = pairs.computeIfAbsent(first.key() + "\n" + second.key(), k -> new Pair(first, second));
    p.firstCidrs.add(aFirst ? ca : cb);
    p.secondCidrs.add(aFirst ? cb : ca);
    return p;
  }

  void report(RuleContext ctx) {
    List<Pair> ordered = new ArrayList<>(pairs.values());
    ordered.sort(Comparator.comparing((Pair p) -> p.first, Names.DECLARED)
        .thenComparing(p -> p.second, Names.DECLARED));
    for (Pair p : ordered) {
      List<String> paths = new ArrayList<>();
      List<Element> related = new ArrayList<>();
      related.add(p.second);
      p.peerings.sort(Names.DECLARED);
      for (VpcPeering peering : p.peerings) {
        paths.add("by peering " + Names.quoted(peering));
        related.add(peering);
      }
      for (Via via : p.gateways.values()) {
        paths.add("through transit gateway " + via.gatewayName + " (" + tables(via) + ")");
        if (via.gateway != null) related.add(via.gateway);
        for (TransitGatewayDomains.Domain table : via.tables.values()) {
          if (table.table() != null) related.add(table.table());
        }
      }
      Severity severity;
      String consequence;
      Via firstVia = p.gateways.values().stream().findFirst().orElse(null);
      Via identicalVia = p.gateways.values().stream().filter(v -> v.identical).findFirst()
          .orElse(null);
      if (!p.peerings.isEmpty()) {
        severity = Severity.ERROR;
        consequence = PEERING_CONSEQUENCE;
      } else if (identicalVia != null) {
        severity = Severity.ERROR;
        consequence = identicalVia.direct
            ? "a transit gateway does not route between VPCs with identical CIDRs (the routes of"
                + " the VPC attached second are not propagated), so the two cannot reach each"
                + " other through " + identicalVia.gatewayName
            : "both propagate into that route table, and a transit gateway does not propagate"
                + " a CIDR identical to one already attached, so attachments using the table"
                + " reach only one of the two";
      } else {
        // DOMAIN E.4: overlapping but not identical ranges are accepted and routed by longest
        // prefix, which breaks reachability for part of a range rather than all of it.
        severity = Severity.WARNING;
        consequence = "the transit gateway routes by longest prefix, so traffic for "
            + firstVia.narrow.text() + " goes to VPC " + Names.quoted(firstVia.narrowOwner)
            + " and the addresses of VPC " + Names.quoted(firstVia.wideOwner)
            + " in that range are unreachable through it";
      }
      String message = "VPC " + Names.quoted(p.first) + " (" + Names.cidrs(p.firstCidrs)
          + ") overlaps VPC " + Names.quoted(p.second) + " (" + Names.cidrs(p.secondCidrs)
          + "), and the two are connected " + String.join(" and ", paths) + "; " + consequence;
      // on the CIDR attribute when the primary block is the one that overlaps
      boolean primaryOnly = p.first.cidr().isKnown() && p.firstCidrs.size() == 1
          && p.firstCidrs.first().equals(p.first.cidr().get());
      ctx.report(p.first, primaryOnly ? ctx.attribute(p.first, "cidrBlock") : p.first.source(),
          severity, message, related);
    }
  }

  private static String tables(Via via) {
    List<String> parts = new ArrayList<>();
    if (via.defaultTable) parts.add("default route table");
    List<String> names = via.tables.values().stream()
        .map(TransitGatewayDomains.Domain::tableName).sorted().toList();
    if (names.size() == 1) parts.add("route table " + names.get(0));
    if (names.size() > 1) parts.add("route tables " + String.join(", ", names));
    return String.join(" and ", parts);
  }
}
