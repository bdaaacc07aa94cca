/**
 * <b>Internal, generated.</b> The lexer and parser that antlr4-maven-plugin generates from
 * {@code src/main/antlr4/io/netlint/policy/grammar/*.g4} at build time (never committed). Only
 * {@code io.netlint.policy.PolicyAstBuilder} uses them.
 */
package io.netlint.policy.grammar;
