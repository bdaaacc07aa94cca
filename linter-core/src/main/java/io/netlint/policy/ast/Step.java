package io.netlint.policy.ast;

import java.util.List;

/** A step of a policy body, run in order for every binding of the steps before it. */
public sealed interface Step {

  Pos pos();

  /** {@code for vpc in vpcs, cidr in vpc.cidrs}. */
  record For(Pos pos, List<Binding> bindings) implements Step {
    public For {
      bindings = List.copyOf(bindings);
    }
  }

  /** {@code let name = expr}; also a file-level constant. */
  record Let(Pos pos, Name name, Expr value) implements Step {}

  /** {@code where condition}. */
  record Where(Pos pos, Expr condition) implements Step {}

  /** {@code name in source} of a {@code for}. */
  record Binding(Name name, Expr source) {}
}
