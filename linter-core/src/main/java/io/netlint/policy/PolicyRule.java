package io.netlint.policy;

import io.netlint.model.Network;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;

/** A compiled policy behind the same interface as a built-in rule. Stateless; shared per run. */
final class PolicyRule implements Rule {

  private final CheckedPolicy policy;

  PolicyRule(CheckedPolicy policy) {
    this.policy = policy;
  }

  CheckedPolicy policy() { return policy; }

  @Override
  public void check(Network network, RuleContext ctx) {
    Evaluator.run(policy, network, ctx);
  }

  @Override
  public String toString() {
    return policy.id() + " " + policy.slug() + " (" + policy.file() + ")";
  }
}
