package io.netlint.cli;

import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.report.ReportFiles;
import io.netlint.report.Reporter;
import io.netlint.report.Reporters;
import io.netlint.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netlint lint}: lint templates and plans, report, and exit 0, 1 or 2. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Lints CloudFormation templates (JSON, YAML) and Terraform plans"
        + " (terraform show -json) as one network.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at or above --fail-on",
        "1:findings at or above --fail-on",
        "2:usage error, or an input could not be loaded (the rest is still linted)"})
final class LintCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files and directories; directories are walked for .json, .yaml, .yml and"
          + " .template files.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = FormatNames.class)
  String format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE (whole or not at all) instead of standard output.")
  Path output;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at or above LEVEL: error, warning, info or none"
          + " (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--region", paramLabel = "REGION",
      description = "The region CloudFormation stacks deploy to (resolves AWS::Region).")
  String region;

  @Option(names = "--plugin", paramLabel = "JAR", description = "A jar of third-party rules.")
  List<File> plugins = new ArrayList<>();

  @Option(names = "--debug", description = "Show internal stack traces.")
  boolean debug;

  static final class FormatNames extends ArrayList<String> {
    FormatNames() {
      super(Reporters.names());
    }
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cmd = spec.commandLine();
    Reporter reporter = Reporters.byName(format).orElseThrow(() ->
        new CommandLine.ParameterException(cmd, "--format: unknown format '" + format
            + "'; expected one of " + String.join(", ", Reporters.names())));
    Optional<Severity> threshold = parseThreshold(cmd);
    if (region != null && !region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
      throw new CommandLine.ParameterException(cmd, "--region: '" + region
          + "' is not a region name such as eu-west-1");
    }
    LintRequest request = LintRequest.of(paths.stream().map(InputPath::of).toList(),
            RuleLoading.load(plugins, cmd))
        .withRegion(Optional.ofNullable(region))
        .withDebug(debug);
    LintResult result = LintEngine.run(request);

    PrintWriter out = cmd.getOut();
    if (output == null) {
      reporter.write(result, out);
      out.flush();
    } else {
      try {
        ReportFiles.write(reporter, result, output);
      } catch (IOException e) {
        cmd.getErr().println("netlint: cannot write " + output + ": " + e.getMessage());
        return ExitCodes.ERROR;
      }
    }
    if (result.hasErrors()) return ExitCodes.ERROR;
    return result.failsAt(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Optional<Severity> parseThreshold(CommandLine cmd) {
    if (failOn.equals("none")) return Optional.empty();
    try {
      return Optional.of(Severity.parse(failOn));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, "--fail-on: '" + failOn
          + "' is not one of error, warning, info, none");
    }
  }
}
