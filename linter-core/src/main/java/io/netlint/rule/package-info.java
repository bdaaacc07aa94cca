/**
 * <b>API.</b> The rule API that built-in rules, rule jars and compiled policies share:
 * {@link io.netlint.rule.Rule} with its {@link io.netlint.rule.RuleInfo},
 * {@link io.netlint.rule.RuleContext} to report through, and
 * {@link io.netlint.rule.RuleProvider}, found with {@link java.util.ServiceLoader}. See
 * {@code docs/custom-rules.md}.
 */
package io.netlint.rule;
