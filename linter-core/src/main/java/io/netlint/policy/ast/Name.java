package io.netlint.policy.ast;

/** A word of the source (a policy ID, a variable, an attribute) and where it was written. */
public record Name(Pos pos, String text) {}
