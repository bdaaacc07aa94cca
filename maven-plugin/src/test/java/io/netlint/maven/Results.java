package io.netlint.maven;

import io.netlint.engine.LintResult;
import io.netlint.model.Network;
import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.util.List;

/** Lint results built by hand, for the parts of the plugin that only read them. */
final class Results {
  private Results() {}

  static Finding finding(String rule, Severity severity, String file, int line) {
    return new Finding(rule, severity, "message of " + rule, new SourceRef(file, line, 3, "Res"),
        List.of());
  }

  static LintResult of(List<Finding> findings, List<Diagnostic> diagnostics) {
    return new LintResult(findings, diagnostics, List.of(), 1, Network.of(List.of()));
  }

  static LintResult of(Finding... findings) {
    return of(List.of(findings), List.of());
  }
}
