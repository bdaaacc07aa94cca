package io.netlint.report;

import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.report.internal.ReportPaths;
import io.netlint.report.internal.github.StepSummary;
import io.netlint.report.internal.github.WorkflowCommands;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * GitHub Actions annotations, one workflow command per finding or input problem. The runner keeps
 * only {@value #PER_TYPE} annotations of each type per step, so the most severe are written and
 * one last notice says how many more there are. With {@code GITHUB_STEP_SUMMARY} set, a Markdown
 * summary with every finding is appended to that file.
 */
public final class GithubReporter implements Reporter {

  /** {@code _maxCountPerIssueType} in the runner's {@code ExecutionContext.cs}. */
  public static final int PER_TYPE = 10;
  public static final String SUMMARY_ENV = "GITHUB_STEP_SUMMARY";

  private final ReportContext context;

  public GithubReporter(ReportContext context) {
    this.context = context;
  }

  @Override
  public String name() { return "github"; }

  /** One annotation before the cap; {@code rank} orders errors, then warnings, then notices. */
  private record Annotation(String type, int rank, Map<String, String> properties,
      String message) {}

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    List<Annotation> all = annotations(result);
    Map<String, Integer> shown = new HashMap<>();
    List<Annotation> selected = new ArrayList<>();
    int hidden = 0;
    for (Annotation a : all) {
      if (shown.getOrDefault(a.type(), 0) < PER_TYPE) {
        shown.merge(a.type(), 1, Integer::sum);
        selected.add(a);
      } else {
        hidden++;
      }
    }
    // The closing notice is itself a notice: make room for it among the ten.
    if (hidden > 0 && shown.getOrDefault("notice", 0) == PER_TYPE) {
      for (int i = selected.size() - 1; i >= 0; i--) {
        if (selected.get(i).type().equals("notice")) {
          selected.remove(i);
          hidden++;
          break;
        }
      }
    }
    for (Annotation a : selected) {
      out.write(WorkflowCommands.command(a.type(), a.properties(), a.message()) + "\n");
    }
    String summaryFile = context.env().getOrDefault(SUMMARY_ENV, "");
    if (hidden > 0) {
      out.write(WorkflowCommands.command("notice", Map.of("title", "netlint"), "netlint: "
          + hidden + " more " + (hidden == 1 ? "problem is" : "problems are")
          + " not annotated (GitHub keeps " + PER_TYPE + " annotations of each type per step); "
          + (summaryFile.isEmpty() ? "the SARIF, JSON or text report lists them all."
              : "the job summary lists them all.")) + "\n");
    }
    if (!summaryFile.isEmpty()) appendSummary(result, Path.of(summaryFile));
  }

  private List<Annotation> annotations(LintResult result) {
    Map<String, String> names = new HashMap<>();
    for (RuleDescriptor d : result.rules()) names.put(d.id(), d.name());
    List<Annotation> all = new ArrayList<>();
    // Input problems first within their type: they explain an exit code of 2.
    for (Diagnostic d : result.diagnostics()) {
      boolean error = d.level() == Diagnostic.Level.ERROR;
      String type = switch (d.level()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      all.add(new Annotation(type, error ? 0 : 1,
          properties(d.file(), d.line(), d.column(), "netlint input problem"), d.message()));
    }
    for (Finding f : result.findings()) {
      String name = names.get(f.ruleId());
      String resource = f.location().resource();
      all.add(new Annotation(type(f.severity()), rank(f.severity()),
          properties(f.location().file(), f.location().line(), f.location().column(),
              f.ruleId() + (name == null ? "" : " " + name)),
          f.message() + (resource == null || resource.isEmpty() ? "" : " [" + resource + "]")));
    }
    all.sort(Comparator.comparingInt(Annotation::rank));
    return all;
  }

  private Map<String, String> properties(String file, int line, int column, String title) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("file", ReportPaths.relative(file, context.workingDirectory()));
    p.put("line", Integer.toString(line));
    p.put("col", Integer.toString(column));
    p.put("title", title);
    return p;
  }

  private static String type(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  private static int rank(Severity s) {
    return Severity.ERROR.ordinal() - s.ordinal();
  }

  private void appendSummary(LintResult result, Path file) throws IOException {
    Map<String, String> names = new HashMap<>();
    for (RuleDescriptor d : result.rules()) names.put(d.id(), d.name());
    Map<String, Long> bySeverity = new LinkedHashMap<>();
    for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      bySeverity.put(s.label(), result.count(s));
    }
    Map<String, Long> counts = new TreeMap<>();
    for (Finding f : result.findings()) counts.merge(f.ruleId(), 1L, Long::sum);
    Map<String, StepSummary.RuleCount> byRule = new LinkedHashMap<>();
    counts.forEach((id, n) -> byRule.put(id,
        new StepSummary.RuleCount(names.getOrDefault(id, ""), n)));

    List<Finding> ordered = new ArrayList<>(result.findings());
    ordered.sort(Comparator.comparingInt(f -> rank(f.severity())));
    List<StepSummary.Row> findings = new ArrayList<>();
    for (Finding f : ordered) {
      findings.add(new StepSummary.Row(f.severity().label(), f.ruleId(),
          where(f.location().file(), f.location().line(), f.location().column()),
          f.location().resource(), f.message()));
    }
    List<StepSummary.Row> problems = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      problems.add(new StepSummary.Row(d.level().name().toLowerCase(java.util.Locale.ROOT), "",
          where(d.file(), d.line(), d.column()), "", d.message()));
    }
    long existing = Files.isRegularFile(file) ? Files.size(file) : 0;
    int budget = (int) Math.max(0, StepSummary.LIMIT_BYTES - existing - 1024);
    String headline = TextReporter.summary(result);
    String md = StepSummary.markdown(headline, bySeverity, byRule, findings, problems, budget);
    try {
      Files.writeString(file, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new IOException("cannot append to " + SUMMARY_ENV + " file " + file + ": " + e, e);
    }
  }

  private String where(String file, int line, int column) {
    return ReportPaths.relative(file, context.workingDirectory()) + ":" + line + ":" + column;
  }
}
