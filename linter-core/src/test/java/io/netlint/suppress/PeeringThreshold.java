package io.netlint.suppress;

import io.netlint.model.Network;
import io.netlint.model.Vpc;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;

/**
 * A test rule under the ID of the one rule with a parameter today, to see the configuration's
 * value arrive: reports the threshold it was given on the first VPC.
 */
@RuleInfo(id = "NET403", name = "threshold-probe", summary = "Reports its threshold",
    severity = Severity.INFO)
public final class PeeringThreshold implements Rule {
  @Override
  public void check(Network network, RuleContext ctx) {
    network.all(Vpc.class).stream().findFirst().ifPresent(v ->
        ctx.report(v, "threshold " + ctx.parameter("threshold", 8)));
  }
}
