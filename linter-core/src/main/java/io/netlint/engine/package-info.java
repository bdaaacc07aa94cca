/**
 * <b>API for tools that run netlint</b> (the command line, the Maven plugin):
 * {@link io.netlint.engine.LintEngine#run} takes a {@link io.netlint.engine.LintRequest} and
 * returns a {@link io.netlint.engine.LintResult}. Rules never use it. Classes that are not public
 * are internal.
 */
package io.netlint.engine;
