package io.netlint.policy.ast;

/**
 * {@code require condition} (a finding when it is false) or {@code forbid condition} (a finding
 * when it is true).
 */
public record Verdict(Pos pos, boolean forbid, Expr condition) {}
