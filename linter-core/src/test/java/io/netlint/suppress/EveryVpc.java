package io.netlint.suppress;

import io.netlint.model.Network;
import io.netlint.model.Vpc;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;

/** A test rule: one warning per VPC, so that each VPC is a finding to suppress. */
@RuleInfo(id = "NET901", name = "every-vpc", summary = "Reports every VPC",
    severity = Severity.WARNING)
public final class EveryVpc implements Rule {
  @Override
  public void check(Network network, RuleContext ctx) {
    for (Vpc v : network.all(Vpc.class)) {
      ctx.report(v, "VPC '" + v.meta().name() + "' is here; the run saw "
          + ctx.parameter("threshold", 8) + " as its threshold");
    }
  }
}
