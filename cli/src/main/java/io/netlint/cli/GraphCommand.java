package io.netlint.cli;

import io.netlint.cfnlint.CfnLintSettings;
import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.graph.Diagram;
import io.netlint.graph.DiagramBuilder;
import io.netlint.graph.DotWriter;
import io.netlint.graph.GraphOptions;
import io.netlint.graph.MermaidWriter;
import io.netlint.graph.SvgWriter;
import io.netlint.report.HtmlReporter;
import io.netlint.report.ReportContext;
import io.netlint.report.ReportFiles;
import io.netlint.report.Reporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** {@code netlint graph}: draw the network of the inputs with the findings on it. */
final class GraphCommand implements Callable<Integer> {

  enum Format { mermaid, dot, svg, html }

  enum Detail { subnets }

  final CommandSpec spec = Commands.create(this, "graph",
      "Draws the network described by the inputs, with the findings of a lint drawn"
          + " on the elements they concern (docs/graph.md).");

  GraphCommand() {
    Commands.exitCodes(spec,
        "0:the diagram was written (findings do not change the exit code)",
        "2:usage error, a problem with the configuration file, the diagram could not be"
            + " written, or an input could not be loaded (the rest is still drawn)");
    spec.addPositional(PositionalParamSpec.builder().paramLabel("PATH").arity("1..*")
        .required(true).type(List.class).auxiliaryTypes(String.class)
        .description("Files and directories, as for lint.")
        .build());
    spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class)
        .defaultValue("mermaid")
        .description("mermaid (Markdown on GitHub and GitLab), dot (Graphviz), svg or html (laid"
            + " out here, self-contained); default: ${DEFAULT-VALUE}.")
        .build());
    spec.addOption(OptionSpec.builder("--output").paramLabel("FILE").type(Path.class)
        .description("Write the diagram to FILE (whole or not at all) instead of standard"
            + " output.")
        .build());
    spec.addOption(OptionSpec.builder("--detail").paramLabel("WHAT").type(List.class)
        .auxiliaryTypes(Detail.class)
        .description("Draw more: subnets. Repeatable.")
        .build());
    spec.addOption(OptionSpec.builder("--findings-only").type(boolean.class)
        .description("Draw only the elements with findings and their direct neighbours.")
        .build());
    spec.addOption(OptionSpec.builder("--collapse-above").paramLabel("N").type(int.class)
        .defaultValue("" + GraphOptions.DEFAULT_COLLAPSE_ABOVE)
        .description("With more than N nodes, VPCs without findings that hang off the same"
            + " transit gateway (or off nothing) are drawn as one group node (default:"
            + " ${DEFAULT-VALUE}).")
        .build());
    CustomRuleOptions.addTo(spec);
    ConfigOptions.addTo(spec);
  }

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    ParseResult parsed = cmd.getParseResult();
    List<String> paths = Commands.positional(parsed);
    Format format = Commands.value(parsed, "--format");
    Path output = Commands.value(parsed, "--output");
    List<Detail> details = Commands.values(parsed, "--detail");
    boolean findingsOnly = Commands.flag(parsed, "--findings-only");
    int collapseAbove = Commands.value(parsed, "--collapse-above");
    CustomRuleOptions policies = new CustomRuleOptions(parsed);
    ConfigOptions config = new ConfigOptions(parsed);
    if (collapseAbove < 0) {
      throw new CommandLine.ParameterException(cmd, "--collapse-above: give 0 or more");
    }
    ConfigOptions.Run run = config.prepare(cmd, paths);
    if (run == null) return ExitCodes.ERROR;
    String region = run.region();
    if (policies.paths.isEmpty()) policies.paths.addAll(run.config().policies());
    LintRequest request = run.apply(LintRequest.of(paths.stream().map(InputPath::of).toList(),
            RuleLoading.load(policies, cmd))
        .withRegion(Optional.ofNullable(region))
        // a drawing of the network, not a full lint: other linters are left out
        .withCfnLint(CfnLintSettings.off()));
    if (request == null) return ExitCodes.ERROR;
    LintResult linted = LintEngine.run(request);
    LintResult result = run.review(policies.report(linted)
        .withSuppressions(linted.suppressions()));
    for (var d : result.diagnostics()) {
      cmd.getErr().println(d.file() + ":" + d.line() + ":" + d.column() + ": "
          + d.level().name().toLowerCase(java.util.Locale.ROOT) + " " + d.message());
    }
    GraphOptions options = GraphOptions.defaults()
        .withSubnets(details.contains(Detail.subnets))
        .withFindingsOnly(findingsOnly)
        .withCollapseAbove(collapseAbove);
    ReportContext context = new ReportContext(System.getenv(), false, Path.of(""),
        Optional.empty());
    Reporter reporter = reporter(format, options, context);
    try {
      if (output != null) {
        ReportFiles.write(reporter, result, output);
      } else {
        PrintWriter out = cmd.getOut();
        reporter.write(result, out);
        out.flush();
      }
    } catch (IOException e) {
      cmd.getErr().println("netlint: cannot write the diagram"
          + (output == null ? "" : " to " + output) + ": " + e.getMessage());
      return ExitCodes.ERROR;
    }
    return result.hasErrors() ? ExitCodes.ERROR : ExitCodes.OK;
  }

  /** The diagram in one format, as a reporter so that files are written whole. */
  private static Reporter reporter(Format format, GraphOptions options, ReportContext context) {
    if (format == Format.html) return new HtmlReporter(context, options);
    return new Reporter() {
      @Override
      public String name() { return format.name(); }

      @Override
      public void write(LintResult result, Writer out) throws IOException {
        Diagram d = DiagramBuilder.build(result.network(), result.findings(),
            HtmlReporter.ruleNames(result), options);
        out.write(switch (format) {
          case mermaid -> MermaidWriter.write(d);
          case dot -> DotWriter.write(d);
          default -> SvgWriter.write(d);
        });
      }
    };
  }
}
