/**
 * <b>API for tools that run netlint.</b> The configuration file {@code .netlint.yml}:
 * {@link io.netlint.config.ConfigLoader} finds and reads it strictly into a
 * {@link io.netlint.config.NetlintConfig}, which a {@link io.netlint.engine.LintRequest} takes
 * with {@code withConfig} and {@link io.netlint.suppress.ReviewStep} applies after the run. See
 * {@code docs/suppressing.md}.
 */
package io.netlint.config;
