package io.netlint.rules.addressing;

import io.netlint.rules.analysis.VpcRanges;
import io.netlint.rules.analysis.Names;
import io.netlint.model.Cidr;
import io.netlint.model.CidrOverlaps;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * NET102. The loaders resolve {@code Fn::Cidr}, {@code Fn::Select}, {@code GetAtt Vpc.CidrBlock}
 * and parameter defaults, so this sees subnets that cfn-lint's E3059/E3060 cannot. A subnet is
 * judged against its VPC only when every range of that family is known.
 */
@RuleInfo(
    id = "NET102",
    name = "subnet-cidr-conflict",
    summary = "A subnet's range must lie inside its VPC's ranges and must not overlap another"
        + " subnet of the same VPC",
    severity = Severity.ERROR,
    tags = {"addressing", "subnet"})
public final class SubnetCidrConflict implements Rule {

  private record Tagged(Subnet subnet, Cidr cidr) {}

  @Override
  public void check(Network network, RuleContext ctx) {
    VpcRanges ranges = network.derived(VpcRanges.class, VpcRanges::new);
    for (Subnet subnet : network.all(Subnet.class)) {
      Optional<Vpc> vpc = network.resolve(subnet.vpc(), Vpc.class);
      if (vpc.isEmpty()) continue;
      outside(subnet, subnet.cidr(), vpc.get(), ranges, ctx);
      outside(subnet, subnet.ipv6Cidr(), vpc.get(), ranges, ctx);
    }
    overlaps(network, ctx);
  }

  private static void outside(Subnet subnet, Value<Cidr> cidr, Vpc vpc, VpcRanges ranges,
      RuleContext ctx) {
    if (!cidr.isKnown()) return;
    Cidr c = cidr.get();
    Optional<List<Cidr>> own = ranges.of(vpc, c.family());
    Optional<List<Cidr>> maybe = ranges.maybeOf(vpc, c.family());
    // With no range of the family at all, the block may be added where we cannot see it.
    if (own.isEmpty() || own.get().isEmpty() || maybe.isEmpty()) return;
    if (own.get().stream().anyMatch(r -> r.contains(c))) return;
    if (maybe.get().stream().anyMatch(r -> r.contains(c))) return;
    String family = c.family() == Cidr.Family.IPV6 ? "IPv6 " : "";
    String message = "Subnet " + Names.quoted(subnet) + " (" + c.text() + ") is not inside any "
        + family + "CIDR of its VPC " + Names.quoted(vpc) + " (" + Names.cidrs(own.get())
        + "); AWS rejects a subnet whose range is not within one of its VPC's CIDR blocks";
    ctx.report(subnet, message, List.of(vpc));
  }

  /** Subnets of one VPC, compared by a sweep per VPC; each overlapping pair is reported once. */
  private static void overlaps(Network network, RuleContext ctx) {
    Map<String, List<Subnet>> byVpc = network.groupBy(network.all(Subnet.class), Subnet::vpc);
    for (Map.Entry<String, List<Subnet>> group : byVpc.entrySet()) {
      List<Tagged> items = new ArrayList<>();
      for (Subnet s : group.getValue()) {
        if (s.cidr().isKnown()) items.add(new Tagged(s, s.cidr().get()));
        if (s.ipv6Cidr().isKnown()) items.add(new Tagged(s, s.ipv6Cidr().get()));
      }
      Map<String, Overlap> pairs = new TreeMap<>();
      for (CidrOverlaps.Pair<Tagged> p : CidrOverlaps.find(items, Tagged::cidr)) {
        Subnet a = p.first().subnet();
        Subnet b = p.second().subnet();
        if (a == b) continue;
        boolean aFirst = Names.DECLARED.compare(a, b) <= 0;
        Subnet first = aFirst ? a : b;
        Subnet second = aFirst ? b : a;
        Overlap o = pairs.computeIfAbsent(first.key() + "\n" + second.key(),
            k -> new Overlap(first, second, new TreeSet<>(Cidr.ORDER), new TreeSet<>(Cidr.ORDER)));
        o.firstCidrs().add(aFirst ? p.firstCidr() : p.secondCidr());
        o.secondCidrs().add(aFirst ? p.secondCidr() : p.firstCidr());
      }
      Optional<Vpc> vpc = network.resolve(group.getValue().get(0).vpc(), Vpc.class);
      String vpcName = Names.quoted(network, group.getValue().get(0).vpc());
      for (Overlap o : pairs.values()) o.report(ctx, vpcName, vpc.orElse(null));
    }
  }

  /** Reported on the subnet declared second: it is the one that collides with an existing one. */
  private record Overlap(Subnet first, Subnet second, TreeSet<Cidr> firstCidrs,
      TreeSet<Cidr> secondCidrs) {
    void report(RuleContext ctx, String vpcName, Vpc vpc) {
      String message = "Subnet " + Names.quoted(second) + " (" + Names.cidrs(secondCidrs)
          + ") overlaps subnet " + Names.quoted(first) + " (" + Names.cidrs(firstCidrs)
          + ") in VPC " + vpcName + "; AWS rejects a subnet whose range overlaps another subnet"
          + " of the same VPC";
      List<Element> related = new ArrayList<>();
      related.add(first);
      if (vpc != null) related.add(vpc);
      ctx.report(second, message, related);
    }
  }
}
