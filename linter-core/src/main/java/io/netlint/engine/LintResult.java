package io.netlint.engine;

import io.netlint.model.Network;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.ExternalTool;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import java.util.List;

/**
 * The outcome of a run, in a stable order: findings by (file, line, column, rule), diagnostics by
 * (file, line, column).
 *
 * @param filesLoaded inputs that loaded as a template or plan
 * @param externalTools other linters that ran to the end over the inputs (cfn-lint), whose
 *     findings are among {@code findings}
 */
public record LintResult(List<Finding> findings, List<Diagnostic> diagnostics,
    List<RuleDescriptor> rules, int filesLoaded, Network network,
    List<ExternalTool> externalTools) {

  public LintResult {
    findings = List.copyOf(findings);
    diagnostics = List.copyOf(diagnostics);
    rules = List.copyOf(rules);
    externalTools = externalTools == null ? List.of() : List.copyOf(externalTools);
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
