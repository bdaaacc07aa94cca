package io.netlint.engine;

import io.netlint.rule.RuleRegistry;
import java.util.List;
import java.util.Optional;

/**
 * One run: what to lint and how. The CLI and the Maven plugin both build one of these.
 *
 * @param region the region CloudFormation stacks deploy to, when known
 * @param debug keep internal stack traces in diagnostics
 * @param skipUnrecognized skip named files that are neither template nor plan, as a directory walk
 *     does (for hooks that pass every changed file)
 */
public record LintRequest(List<InputPath> inputs, RuleRegistry rules, Optional<String> region,
    boolean debug, boolean skipUnrecognized) {

  public LintRequest {
    inputs = List.copyOf(inputs);
  }

  public static LintRequest of(List<InputPath> inputs, RuleRegistry rules) {
    return new LintRequest(inputs, rules, Optional.empty(), false, false);
  }

  public LintRequest withRegion(Optional<String> r) {
    return new LintRequest(inputs, rules, r, debug, skipUnrecognized);
  }

  public LintRequest withDebug(boolean d) {
    return new LintRequest(inputs, rules, region, d, skipUnrecognized);
  }

  public LintRequest withSkipUnrecognized(boolean skip) {
    return new LintRequest(inputs, rules, region, debug, skip);
  }
}
