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
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netlint graph}: draw the network of the inputs with the findings on it. */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Draws the network described by the inputs, with the findings of a lint drawn"
        + " on the elements they concern (docs/graph.md).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the diagram was written (findings do not change the exit code)",
        "2:usage error, a problem with the configuration file, the diagram could not be"
            + " written, or an input could not be loaded (the rest is still drawn)"})
final class GraphCommand implements Callable<Integer> {

  enum Format { mermaid, dot, svg, html }

  enum Detail { subnets }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files and directories, as for lint.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--format", defaultValue = "mermaid", paramLabel = "FORMAT",
      description = "mermaid (Markdown on GitHub and GitLab), dot (Graphviz), svg or html (laid"
          + " out here, self-contained); default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the diagram to FILE (whole or not at all) instead of standard output.")
  Path output;

  @Option(names = "--detail", paramLabel = "WHAT",
      description = "Draw more: subnets. Repeatable.")
  List<Detail> details = new ArrayList<>();

  @Option(names = "--findings-only",
      description = "Draw only the elements with findings and their direct neighbours.")
  boolean findingsOnly;

  @Option(names = "--collapse-above", paramLabel = "N",
      defaultValue = "" + GraphOptions.DEFAULT_COLLAPSE_ABOVE,
      description = "With more than N nodes, VPCs without findings that hang off the same"
          + " transit gateway (or off nothing) are drawn as one group node (default:"
          + " ${DEFAULT-VALUE}).")
  int collapseAbove;

  @Option(names = "--region", paramLabel = "REGION",
      description = "The region CloudFormation stacks deploy to (resolves AWS::Region).")
  String region;

  @Option(names = "--rules-jar", paramLabel = "JAR",
      description = "A jar of rules written in Java (docs/custom-rules.md); repeatable.")
  List<File> plugins = new ArrayList<>();

  @CommandLine.Mixin CustomRuleOptions policies = new CustomRuleOptions();

  @CommandLine.Mixin ConfigOptions config = new ConfigOptions();

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    if (collapseAbove < 0) {
      throw new CommandLine.ParameterException(cmd, "--collapse-above: give 0 or more");
    }
    ConfigOptions.Run run = config.prepare(cmd, paths);
    if (run == null) return ExitCodes.ERROR;
    region = run.region(cmd, region);
    if (policies.paths.isEmpty()) policies.paths.addAll(run.config().policies());
    LintRequest request = run.apply(LintRequest.of(paths.stream().map(InputPath::of).toList(),
            RuleLoading.load(plugins, policies, cmd))
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
