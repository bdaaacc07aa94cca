/**
 * <b>API:</b> {@link io.netlint.policy.Policies} and {@link io.netlint.policy.PolicySet}. The
 * policy language ({@code *.netpolicy}, described in {@code docs/policies.md}): files are parsed
 * with an ANTLR grammar into {@code policy.ast}, checked for names and types, and compiled once
 * per run into rules. Everything else here is package-private.
 */
package io.netlint.policy;
