package io.netlint.report;

import io.netlint.baseline.BaselineEntry;
import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.suppress.Review;
import java.io.IOException;
import java.io.Writer;

/**
 * One line per finding, as compilers print them ({@code file:line:column: severity ID message
 * [resource]}), then diagnostics, then a one-line summary.
 */
public final class TextReporter implements Reporter {

  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  public TextReporter() {
    this(false);
  }

  /** With {@code colour}, severities and the summary carry ANSI colour; nothing else changes. */
  public TextReporter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public String name() { return "text"; }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    for (Finding f : result.findings()) {
      out.write(f.location().file() + ":" + f.location().line() + ":" + f.location().column()
          + ": " + paint(f.severity()) + " " + f.ruleId() + " " + f.message()
          + resource(f) + "\n");
    }
    for (Diagnostic d : result.diagnostics()) {
      out.write(d.file() + ":" + d.line() + ":" + d.column() + ": "
          + d.level().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message() + "\n");
    }
    // Baseline entries no finding matches any more; "fixed:" first, so that problem matchers
    // looking for file:line: do not take them for findings.
    for (BaselineEntry e : result.review().flatMap(Review::baseline)
        .map(Review.BaselineOutcome::fixed).orElse(java.util.List.of())) {
      out.write("fixed: " + e.file() + ": " + e.rule() + " " + e.message()
          + (e.resource() == null ? "" : " [" + e.resource() + "]") + "\n");
    }
    out.write((colour ? "\u001b[1m" + summary(result) + RESET : summary(result)) + "\n");
  }

  /** Findings of other tools may have no resource (a template cfn-lint could not parse). */
  private static String resource(Finding f) {
    String r = f.location().resource();
    return r == null || r.isEmpty() ? "" : " [" + r + "]";
  }

  private String paint(Severity s) {
    if (!colour) return s.label();
    String code = switch (s) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
    return code + s.label() + RESET;
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
    s += reviewed(result);
    long notes = result.diagnostics().stream()
        .filter(d -> d.level() == Diagnostic.Level.INFO).count();
    long d = result.diagnostics().size() - notes;
    if (d > 0) s += "; " + d + (d == 1 ? " input problem" : " input problems");
    if (notes > 0) s += "; " + notes + (notes == 1 ? " note" : " notes");
    return s;
  }

  /** What suppressions, the baseline and --changed-since left out, when they left anything. */
  private static String reviewed(LintResult result) {
    if (result.review().isEmpty()) return "";
    Review r = result.review().get();
    StringBuilder s = new StringBuilder();
    if (!r.suppressed().isEmpty()) {
      s.append("; ").append(r.suppressed().size()).append(" suppressed");
    }
    r.baseline().ifPresent(b -> s.append("; ").append(b.known()).append(" known from ")
        .append(b.file()).append(", ").append(b.fixed().size()).append(" fixed"));
    r.changed().ifPresent(c -> s.append("; ").append(c.outside())
        .append(" outside the files changed since ").append(c.ref()));
    return s.toString();
  }
}
