package io.netlint.report;

import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * One line per finding, as compilers print them ({@code file:line:column: severity ID message
 * [resource]}), then diagnostics, then a one-line summary.
 */
public final class TextReporter implements Reporter {

  @Override
  public String name() { return "text"; }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    for (Finding f : result.findings()) {
      out.write(f.location().file() + ":" + f.location().line() + ":" + f.location().column()
          + ": " + f.severity().label() + " " + f.ruleId() + " " + f.message()
          + " [" + f.location().resource() + "]\n");
    }
    for (Diagnostic d : result.diagnostics()) {
      out.write(d.file() + ":" + d.line() + ":" + d.column() + ": "
          + d.level().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message() + "\n");
    }
    out.write(summary(result) + "\n");
  }

  static String summary(LintResult result) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long infos = result.count(Severity.INFO);
    int n = result.findings().size();
    String s = "netlint: " + n + (n == 1 ? " finding" : " findings") + " (" + errors
        + (errors == 1 ? " error, " : " errors, ") + warnings
        + (warnings == 1 ? " warning, " : " warnings, ") + infos + " info) in "
        + result.filesLoaded() + (result.filesLoaded() == 1 ? " file" : " files");
    int d = result.diagnostics().size();
    if (d > 0) s += "; " + d + (d == 1 ? " input problem" : " input problems");
    return s;
  }
}
