/**
 * <b>API for tools that run netlint:</b> the report formats, chosen by name with
 * {@link io.netlint.report.Reporters}. Rules never use it; {@code report.internal} is internal.
 */
package io.netlint.report;
