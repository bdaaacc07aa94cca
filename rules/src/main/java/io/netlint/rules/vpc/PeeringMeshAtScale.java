package io.netlint.rules.vpc;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.VpcPeering;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.Peerings;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * NET403. More VPCs than a threshold joined by peering, directly or through one another (a
 * connected group). Peerings with an unknown side are left out, so a group is never counted
 * larger than it is.
 */
@RuleInfo(
    id = "NET403",
    name = "peering-mesh-at-scale",
    summary = "Many VPCs joined by peering are simpler to run through a transit gateway",
    severity = Severity.INFO,
    tags = {"peering", "transit-gateway", "scale"})
public final class PeeringMeshAtScale implements Rule {

  /**
   * RULES.md's default: more than this many VPCs joined by peering is reported. The
   * configuration file sets another with {@code rules.NET403.parameters.threshold}.
   */
  static final int MAX_PEERED_VPCS = 8;

  @Override
  public void check(Network network, RuleContext ctx) {
    int max = ctx.parameter("threshold", MAX_PEERED_VPCS);
    for (Peerings.Mesh mesh : network.derived(Peerings.class, Peerings::new).meshes()) {
      if (mesh.vpcs().size() <= max) continue;
      List<VpcPeering> peerings = new ArrayList<>(mesh.peerings());
      peerings.sort(Names.DECLARED);
      int n = mesh.vpcs().size();
      String vpcs = ordered(network, mesh.vpcs()).stream().collect(Collectors.joining(", "));
      String message = peerings.size() + " peering connections join " + n + " VPCs (" + vpcs
          + "), more than " + max + "; a full mesh of " + n + " VPCs needs "
          + (n * (n - 1) / 2) + " peering connections (n(n-1)/2), each with routes on both"
          + " sides, and peering is difficult to manage at scale. A transit gateway is the"
          + " simpler hub: one attachment per VPC";
      List<Element> related = new ArrayList<>(peerings.subList(1, peerings.size()));
      ctx.report(peerings.get(0), message, related);
    }
  }

  /** VPCs among the inputs in declaration order, then the others by AWS ID. */
  private static List<String> ordered(Network network, List<String> identities) {
    List<Element> declared = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String id : identities) {
      network.byKey(id).ifPresentOrElse(declared::add,
          () -> others.add(id.startsWith("aws:") ? id.substring(4) : id));
    }
    declared.sort(Names.DECLARED);
    others.sort(null);
    List<String> out = new ArrayList<>();
    declared.forEach(e -> out.add(Names.quoted(e)));
    others.forEach(id -> out.add("'" + id + "'"));
    return out;
  }
}
