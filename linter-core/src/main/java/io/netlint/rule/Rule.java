package io.netlint.rule;

import io.netlint.model.Network;

/**
 * A check over the whole network. Implementations carry {@link RuleInfo}, are stateless (no fields
 * but constants) and report through the context; the engine derives every location.
 */
public interface Rule {
  void check(Network network, RuleContext ctx);
}
