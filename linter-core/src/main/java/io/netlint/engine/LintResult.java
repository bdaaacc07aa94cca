package io.netlint.engine;

import io.netlint.model.Network;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.ExternalTool;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import io.netlint.suppress.Review;
import io.netlint.suppress.Suppression;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a run, in a stable order: findings by (file, line, column, rule), diagnostics by
 * (file, line, column).
 *
 * @param filesLoaded inputs that loaded as a template or plan
 * @param externalTools other linters that ran to the end over the inputs (cfn-lint), whose
 *     findings are among {@code findings}
 * @param suppressions the suppressions written in the inputs (CloudFormation Metadata and
 *     comments), applied by {@link io.netlint.suppress.ReviewStep}
 * @param review what {@link io.netlint.suppress.ReviewStep} did to the findings (suppressed,
 *     known from a baseline, outside a change), for reports; empty before it runs
 */
public record LintResult(List<Finding> findings, List<Diagnostic> diagnostics,
    List<RuleDescriptor> rules, int filesLoaded, Network network,
    List<ExternalTool> externalTools, List<Suppression> suppressions, Optional<Review> review) {

  public LintResult {
    findings = List.copyOf(findings);
    diagnostics = List.copyOf(diagnostics);
    rules = List.copyOf(rules);
    externalTools = externalTools == null ? List.of() : List.copyOf(externalTools);
    suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    review = review == null ? Optional.empty() : review;
  }

  /** A result with no suppressions read and not reviewed. */
  public LintResult(List<Finding> findings, List<Diagnostic> diagnostics,
      List<RuleDescriptor> rules, int filesLoaded, Network network,
      List<ExternalTool> externalTools) {
    this(findings, diagnostics, rules, filesLoaded, network, externalTools, List.of(),
        Optional.empty());
  }

  /** The same result with the suppressions its inputs declare. */
  public LintResult withSuppressions(List<Suppression> s) {
    return new LintResult(findings, diagnostics, rules, filesLoaded, network, externalTools, s,
        review);
  }

  /** The same result with other diagnostics; everything else, the review included, is kept. */
  public LintResult withDiagnostics(List<Diagnostic> d) {
    return new LintResult(findings, d, rules, filesLoaded, network, externalTools, suppressions,
        review);
  }

  /** A result of netlint's rules alone. */
  public LintResult(List<Finding> findings, List<Diagnostic> diagnostics,
      List<RuleDescriptor> rules, int filesLoaded, Network network) {
    this(findings, diagnostics, rules, filesLoaded, network, List.of());
  }

  /** True when an input, or part of it, could not be loaded. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** True when a finding is at or above the threshold; an empty threshold never fails. */
  public boolean failsAt(java.util.Optional<Severity> threshold) {
    return threshold.isPresent()
        && findings.stream().anyMatch(f -> f.severity().atLeast(threshold.get()));
  }
}
