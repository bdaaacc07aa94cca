package io.netlint.policy.ast;

/** A 1-based line and column in a policy file. */
public record Pos(int line, int column) {}
