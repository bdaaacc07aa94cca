/**
 * <b>API for tools that run netlint.</b> Baselines of accepted findings
 * ({@link io.netlint.baseline.Baseline}, keyed without line numbers) and the files changed since
 * a git ref ({@link io.netlint.baseline.ChangedFiles}). See {@code docs/suppressing.md}.
 */
package io.netlint.baseline;
