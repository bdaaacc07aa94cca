/**
 * <b>Internal.</b> The syntax tree of a policy file as immutable records, built from the parse
 * tree by {@code PolicyAstBuilder}. Public only so that the parser and the checker can share it;
 * it may change in any release.
 */
package io.netlint.policy.ast;
