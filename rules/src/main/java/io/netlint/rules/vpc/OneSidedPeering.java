package io.netlint.rules.vpc;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.RouteTable;
import io.netlint.model.Vpc;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.Peerings;
import io.netlint.rules.analysis.Peerings.Peering;
import io.netlint.rules.analysis.Peerings.PeeringRoute;
import io.netlint.rules.analysis.Peerings.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * NET402. A peering with routes on one side only, or on neither, and a route through a peering
 * whose destination covers the peer VPC but reaches beyond its ranges. A side counts as
 * routeless only when its routes cannot be elsewhere: its VPC and route tables are among the
 * inputs, no route of it (or of an unknown VPC) targets an unidentified peering, and the
 * peering's ID is not handed to a nested stack or application.
 */
@RuleInfo(
    id = "NET402",
    name = "one-sided-peering",
    summary = "Both VPCs of a peering connection should route to each other's ranges through it",
    severity = Severity.WARNING,
    tags = {"peering", "routing"})
public final class OneSidedPeering implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    Peerings peerings = network.derived(Peerings.class, Peerings::new);
    for (Peering p : peerings.all()) {
      if (!p.joinsTwoVpcs()) continue;
      boolean requesterMissing = routeless(peerings, p, p.requester());
      boolean accepterMissing = routeless(peerings, p, p.accepter());
      if (requesterMissing && accepterMissing) {
        reportNeither(network, ctx, p);
      } else if (requesterMissing) {
        reportOneSided(network, ctx, p, p.requester());
      } else if (accepterMissing) {
        reportOneSided(network, ctx, p, p.accepter());
      }
      for (PeeringRoute r : p.routes()) wideRoute(network, peerings, ctx, p, r);
    }
  }

  private static boolean routeless(Peerings peerings, Peering p, Side side) {
    return p.routesFrom(side).isEmpty() && !peerings.mayRouteUnseen(p, side);
  }

  private static void reportNeither(Network network, RuleContext ctx, Peering p) {
    String message = "Peering " + Names.quoted(p.peering()) + " joins "
        + described(network, p.requester()) + " and " + described(network, p.accepter())
        + ", but no route table of either VPC routes through it (" + tables(network, p.requester())
        + "; " + tables(network, p.accepter()) + "); without a route on each side to the other"
        + " VPC's CIDRs, with the peering as target, no traffic crosses it";
    ctx.report(p.peering(), message,
        PeeringText.related(p.requester().vpc(), p.accepter().vpc()));
  }

  private static void reportOneSided(Network network, RuleContext ctx, Peering p, Side missing) {
    Side other = p.other(missing);
    List<PeeringRoute> otherRoutes = p.routesFrom(other);
    String consequence;
    List<Element> related = new ArrayList<>();
    related.add(missing.vpc());
    if (otherRoutes.isEmpty()) {
      consequence = ", so " + PeeringText.vpc(network, missing) + " can neither reach "
          + PeeringText.vpc(network, other) + " nor answer it";
    } else {
      List<RouteTable> otherTables = new ArrayList<>();
      for (PeeringRoute r : otherRoutes) {
        if (r.table() != null && !otherTables.contains(r.table())) otherTables.add(r.table());
        related.add(r.route());
      }
      consequence = ", while " + PeeringText.vpc(network, other) + " does ("
          + (otherTables.size() == 1 ? "route table " : "route tables ")
          + otherTables.stream().map(Names::quoted).collect(Collectors.joining(", "))
          + "): traffic from " + PeeringText.vpc(network, other) + " reaches "
          + PeeringText.vpc(network, missing) + ", but the replies cannot return";
    }
    String message = "Peering " + Names.quoted(p.peering()) + " joins "
        + described(network, p.requester()) + " and " + described(network, p.accepter())
        + ", but no route table of " + PeeringText.vpc(network, missing) + " ("
        + tableNames(network, missing.vpc()) + ") routes to " + PeeringText.vpc(network, other)
        + " through it" + consequence + ". Add routes for the CIDRs of "
        + PeeringText.vpc(network, other) + ", with the peering as target, to the route tables of "
        + PeeringText.vpc(network, missing);
    if (other.vpc() != null) related.add(other.vpc());
    ctx.report(p.peering(), message, PeeringText.related(related.toArray(Element[]::new)));
  }

  /** A route that covers the peer but also ranges beyond it: the rest is dropped. */
  private static void wideRoute(Network network, Peerings peerings, RuleContext ctx, Peering p,
      PeeringRoute r) {
    if (!r.route().destination().isKnown()) return;
    Optional<Side> peer = p.peerOf(r);
    if (peer.isEmpty() || peer.get().vpc() == null) return;
    Cidr dest = r.route().destination().get();
    Optional<List<Cidr>> reached = peerings.rangesOf(peer.get().vpc(), dest.family());
    if (reached.isEmpty() || Peerings.reach(dest, reached.get()) != Peerings.Reach.PARTLY) return;
    List<Cidr> within = reached.get().stream().filter(dest::overlaps).toList();
    String message = PeeringText.route(network, r) + " sends " + dest.text() + " through peering "
        + Names.quoted(p.peering()) + ", but " + PeeringText.vpc(network, peer.get())
        + " at the other end holds only " + Names.cidrs(within) + " of it; peering is not"
        + " transitive and has no edge-to-edge routing (the peer's internet, NAT or VPN gateways"
        + " cannot be used through it), so traffic for the rest of " + dest.text()
        + " is dropped. Route only the peer's CIDRs through the peering";
    ctx.report(r.route(), message, PeeringText.related(p.peering(), peer.get().vpc(), r.table()));
  }

  /** "VPC 'A' (10.0.0.0/16)", with the known CIDRs when there are any. */
  private static String described(Network network, Side side) {
    String text = PeeringText.vpc(network, side);
    if (side.vpc() == null) return text;
    List<Cidr> cidrs = network.knownCidrsOf(side.vpc());
    return cidrs.isEmpty() ? text : text + " (" + Names.cidrs(cidrs) + ")";
  }

  private static String tables(Network network, Side side) {
    return PeeringText.vpc(network, side) + ": " + tableNames(network, side.vpc());
  }

  private static String tableNames(Network network, Vpc vpc) {
    if (vpc == null) return "route tables not among the inputs";
    List<RouteTable> tables = network.routeTablesOf(vpc);
    return (tables.size() == 1 ? "route table " : "route tables ")
        + tables.stream().map(Names::quoted).collect(Collectors.joining(", "));
  }
}
