package com.example.netlint;

import io.netlint.model.Cidr;
import io.netlint.model.Network;
import io.netlint.model.Subnet;
import io.netlint.model.Vpc;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import java.util.List;

/**
 * Capacity planning: a VPC whose subnets already take more than three quarters of its IPv4
 * ranges has no room to add a subnet in a new availability zone. Sums address counts, which the
 * policy language cannot do, hence a Java rule.
 */
@RuleInfo(id = "NET951", name = "vpc-address-headroom",
    summary = "A VPC keeps a quarter of its IPv4 addresses free for new subnets",
    severity = Severity.WARNING, tags = {"addressing", "capacity"})
public final class VpcAddressHeadroom implements Rule {

  private static final double MAX_USED = 0.75;

  @Override
  public void check(Network network, RuleContext ctx) {
    for (Vpc vpc : network.all(Vpc.class)) {
      // an unknown range could be any size: say nothing rather than guess
      if (!network.cidrsFullyKnown(vpc)) continue;
      long size = 0;
      for (Cidr c : network.knownCidrsOf(vpc)) {
        if (c.family() == Cidr.Family.IPV4) size += addresses(c);
      }
      List<Subnet> subnets = network.subnetsOf(vpc);
      long used = used(subnets);
      if (used >= 0 && size > 0 && used > size * MAX_USED) {
        ctx.report(vpc, String.format("VPC '%s' has %d of its %d IPv4 addresses in %d subnets"
            + " (%d%%); keep a quarter free for subnets in new zones", vpc.name(), used, size,
            subnets.size(), Math.round(100.0 * used / size)), subnets);
      }
    }
  }

  /** IPv4 addresses the subnets take, or -1 when a subnet's range is unknown. */
  private static long used(List<Subnet> subnets) {
    long used = 0;
    for (Subnet s : subnets) {
      if (s.cidr().isUnknown()) return -1;
      if (s.cidr().isKnown()) used += addresses(s.cidr().get());
    }
    return used;
  }

  private static long addresses(Cidr c) {
    return 1L << (32 - c.prefixLength());
  }
}
