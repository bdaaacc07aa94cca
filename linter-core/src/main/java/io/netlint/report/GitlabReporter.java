package io.netlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.report.internal.Fingerprints;
import io.netlint.report.internal.JsonOutput;
import io.netlint.report.internal.ReportPaths;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A GitLab Code Quality report ({@code artifacts:reports:codequality}): a JSON array of Code
 * Climate issues. GitLab keeps one issue per fingerprint and matches them across pipelines, so
 * fingerprints are unique and do not move with line numbers. Input problems are issues too, under
 * check {@value #INPUT_CHECK}, so a template that did not load is visible in the merge request.
 */
public final class GitlabReporter implements Reporter {

  public static final String INPUT_CHECK = "netlint-input";

  private static final JsonNodeFactory N = JsonOutput.nodes();

  private final ReportContext context;

  public GitlabReporter(ReportContext context) {
    this.context = context;
  }

  @Override
  public String name() { return "gitlab"; }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    ArrayNode issues = N.arrayNode();
    List<String> keys = Fingerprints.of(result.findings(), context.workingDirectory());
    for (int i = 0; i < result.findings().size(); i++) {
      Finding f = result.findings().get(i);
      String resource = f.location().resource();
      issues.add(issue(f.message() + (resource == null || resource.isEmpty() ? ""
              : " [" + resource + "]"), f.ruleId(), keys.get(i),
          severity(f.severity()), f.location().file(), f.location().line()));
    }
    List<String> problemIds = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      problemIds.add(ReportPaths.relative(d.file(), context.workingDirectory()) + "\0"
          + d.message());
    }
    List<String> problemKeys = Fingerprints.ofProblems(problemIds);
    for (int i = 0; i < result.diagnostics().size(); i++) {
      Diagnostic d = result.diagnostics().get(i);
      issues.add(issue(d.message(), INPUT_CHECK, problemKeys.get(i),
          switch (d.level()) {
            case ERROR -> "critical";
            case WARNING -> "minor";
            case INFO -> "info";
          }, d.file(), d.line()));
    }
    // No byte order mark: GitLab's parser rejects one.
    JsonOutput.write(issues, out);
  }

  private ObjectNode issue(String description, String check, String fingerprint,
      String severity, String file, int line) {
    ObjectNode issue = N.objectNode();
    issue.put("type", "issue");
    issue.put("check_name", check);
    issue.put("description", description);
    issue.put("fingerprint", fingerprint);
    issue.put("severity", severity);
    ObjectNode location = issue.putObject("location");
    location.put("path", ReportPaths.relative(file, context.workingDirectory()));
    location.putObject("lines").put("begin", line);
    return issue;
  }

  /** error is critical (AWS rejects it, or it breaks connectivity), warning minor, info info. */
  static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "critical";
      case WARNING -> "minor";
      case INFO -> "info";
    };
  }
}
