package io.netlint.rules.vpc;

import io.netlint.model.Cidr;
import io.netlint.model.Network;
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
import java.util.List;
import java.util.Optional;

/**
 * NET401. A route through a peering for a range of which no address belongs to the VPC at the
 * other end: a third VPC, on-premises networks behind the peer's gateways. The peer is the other
 * side of the route table's VPC; its ranges must all be known. A destination that partly covers
 * the peer (a summary or default route) is NET402's.
 */
@RuleInfo(
    id = "NET401",
    name = "transitive-peering-route",
    summary = "A route through a VPC peering connection must lead to the peer VPC's own ranges",
    severity = Severity.ERROR,
    tags = {"peering", "routing"})
public final class TransitivePeeringRoute implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    Peerings peerings = network.derived(Peerings.class, Peerings::new);
    for (Peering p : peerings.all()) {
      for (PeeringRoute r : p.routes()) {
        if (!r.route().destination().isKnown()) continue;
        Optional<Side> peer = p.peerOf(r);
        if (peer.isEmpty() || peer.get().vpc() == null) continue;
        Cidr dest = r.route().destination().get();
        Optional<List<Cidr>> reached = peerings.rangesOf(peer.get().vpc(), dest.family());
        if (reached.isEmpty() || Peerings.reach(dest, reached.get()) != Peerings.Reach.OUTSIDE) {
          continue;
        }
        if (ownRange(network, p.other(peer.get()).vpc(), dest)) continue;
        report(network, ctx, p, r, peer.get(), dest, reached.get());
      }
    }
  }

  /** A destination in the route's own VPC is not a transit through the peer. */
  private static boolean ownRange(Network network, Vpc own, Cidr dest) {
    return own != null && network.knownCidrsOf(own).stream().anyMatch(c -> c.overlaps(dest));
  }

  private static void report(Network network, RuleContext ctx, Peering p, PeeringRoute r,
      Side peer, Cidr dest, List<Cidr> peerRanges) {
    String message = PeeringText.route(network, r) + " sends " + dest.text() + " through peering "
        + Names.quoted(p.peering()) + ", but no address of it is in "
        + PeeringText.vpc(network, peer) + " at the other end (" + Names.cidrs(peerRanges)
        + "); peering is not transitive and has no edge-to-edge routing, so traffic for "
        + dest.text() + " is dropped";
    ctx.report(r.route(), message, PeeringText.related(p.peering(), peer.vpc(), r.table()));
  }
}
