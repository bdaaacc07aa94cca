package com.example.netrules;

import io.netlint.model.Network;
import io.netlint.model.Vpc;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;

/** The company address plan hands each VPC at most a /20. */
@RuleInfo(id = "NET950", name = "vpc-wider-than-plan",
    summary = "A VPC is wider than the /20 the address plan allots", severity = Severity.WARNING)
public final class VpcSizeLimit implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    for (Vpc vpc : network.all(Vpc.class)) {
      vpc.cidr().asOptional().filter(c -> c.prefixLength() < 20).ifPresent(c -> ctx.report(vpc,
          "VPC '" + vpc.name() + "' is a /" + c.prefixLength()
              + "; the address plan allots at most a /20"));
    }
  }
}
