/**
 * <b>Internal, generated.</b> The lexer and parser that antlr4-maven-plugin generates from
 * {@code src/main/antlr4/io/netlint/parse/hcl/internal/*.g4} at build time (never committed).
 * Only {@code io.netlint.parse.hcl.HclReader} uses them.
 */
package io.netlint.parse.hcl.internal;
