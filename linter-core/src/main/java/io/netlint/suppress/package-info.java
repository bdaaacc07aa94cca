/**
 * <b>API for tools that run netlint.</b> Suppressions with reasons, and what happens to findings
 * after the rules: {@link io.netlint.suppress.ReviewStep} applies the configuration's severities,
 * suppressions (reporting unused ones as {@code NET000}), a baseline and {@code --changed-since}
 * to a {@link io.netlint.engine.LintResult}. See {@code docs/suppressing.md}.
 */
package io.netlint.suppress;
