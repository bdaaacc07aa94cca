package io.netlint.policy;

import io.netlint.policy.ast.Pos;

/** A syntax or type error at a place in a policy file; becomes one diagnostic. */
final class PolicyException extends RuntimeException {

  private final Pos pos;

  PolicyException(Pos pos, String message) {
    super(message, null, false, false);
    this.pos = pos;
  }

  Pos pos() { return pos; }
}
