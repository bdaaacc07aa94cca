package io.netlint.maven;

import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import org.apache.maven.plugin.logging.Log;

/**
 * A result in the Maven log, as compiler plugins print problems: {@code file:line: NET101 message
 * [resource]} at the finding's own level, then input problems, then a summary.
 */
final class FindingLog {

  private FindingLog() {}

  static void write(LintResult result, Log log) {
    for (Finding f : result.findings()) {
      String line = f.location().file() + ":" + f.location().line() + ": " + f.ruleId() + " "
          + f.message() + (f.location().resource() == null ? ""
              : " [" + f.location().resource() + "]");
      switch (f.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case INFO -> log.info(line);
      }
    }
    for (Diagnostic d : result.diagnostics()) {
      String line = d.file() + ":" + d.line() + ": " + d.message();
      switch (d.level()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case INFO -> log.info(line);
      }
    }
    log.info(summary(result));
  }

  /** "netlint: 3 findings (1 error, 2 warnings, 0 info) in 2 files; 1 input problem" */
  static String summary(LintResult result) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long infos = result.count(Severity.INFO);
    int n = result.findings().size();
    int files = result.filesLoaded();
    String s = "netlint: " + plural(n, "finding") + " (" + plural(errors, "error") + ", "
        + plural(warnings, "warning") + ", " + infos + " info) in " + plural(files, "file");
    int problems = result.diagnostics().size();
    return problems == 0 ? s : s + "; " + plural(problems, "input problem");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
