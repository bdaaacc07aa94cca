package io.netlint.report;

import io.netlint.engine.LintResult;
import io.netlint.graph.Diagram;
import io.netlint.graph.DiagramBuilder;
import io.netlint.graph.GraphOptions;
import io.netlint.graph.HtmlWriter;
import io.netlint.parse.Diagnostic;
import io.netlint.report.internal.ReportPaths;
import io.netlint.rule.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page: the network diagram with the findings drawn on it, and the
 * findings table linked to the diagram (docs/graph.md).
 */
public final class HtmlReporter implements Reporter {

  private final ReportContext context;
  private final GraphOptions options;

  public HtmlReporter(ReportContext context) {
    this(context, GraphOptions.defaults());
  }

  public HtmlReporter(ReportContext context, GraphOptions options) {
    this.context = context;
    this.options = options;
  }

  @Override
  public String name() { return "html"; }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    Diagram d = DiagramBuilder.build(result.network(), result.findings(), ruleNames(result),
        options);
    List<String> problems = new ArrayList<>();
    for (Diagnostic p : result.diagnostics()) {
      problems.add(ReportPaths.relative(p.file(), context.workingDirectory()) + ":" + p.line()
          + ":" + p.column() + ": " + p.level().name().toLowerCase(Locale.ROOT) + " "
          + p.message());
    }
    out.write(HtmlWriter.write(d, new HtmlWriter.Page(TextReporter.summary(result), problems,
        file -> ReportPaths.relative(file, context.workingDirectory()))));
  }

  /** Rule ID to name, for the diagram's legend. */
  public static Map<String, String> ruleNames(LintResult result) {
    Map<String, String> names = new LinkedHashMap<>();
    for (RuleDescriptor r : result.rules()) names.putIfAbsent(r.id(), r.name());
    return names;
  }
}
