package io.netlint.engine;

import io.netlint.cfnlint.CfnLintSettings;
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
 * @param cfnLint whether the real cfn-lint also checks the CloudFormation inputs; off unless
 *     asked for, so that library callers and tests do not depend on what is installed
 */
public record LintRequest(List<InputPath> inputs, RuleRegistry rules, Optional<String> region,
    boolean debug, boolean skipUnrecognized, CfnLintSettings cfnLint) {

  public LintRequest {
    inputs = List.copyOf(inputs);
    if (cfnLint == null) cfnLint = CfnLintSettings.off();
  }

  /** A run without cfn-lint. */
  public LintRequest(List<InputPath> inputs, RuleRegistry rules, Optional<String> region,
      boolean debug, boolean skipUnrecognized) {
    this(inputs, rules, region, debug, skipUnrecognized, CfnLintSettings.off());
  }

  public static LintRequest of(List<InputPath> inputs, RuleRegistry rules) {
    return new LintRequest(inputs, rules, Optional.empty(), false, false);
  }

  public LintRequest withRegion(Optional<String> r) {
    return new LintRequest(inputs, rules, r, debug, skipUnrecognized, cfnLint);
  }

  public LintRequest withDebug(boolean d) {
    return new LintRequest(inputs, rules, region, d, skipUnrecognized, cfnLint);
  }

  public LintRequest withSkipUnrecognized(boolean skip) {
    return new LintRequest(inputs, rules, region, debug, skip, cfnLint);
  }

  public LintRequest withCfnLint(CfnLintSettings c) {
    return new LintRequest(inputs, rules, region, debug, skipUnrecognized, c);
  }
}
