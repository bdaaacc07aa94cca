package io.netlint.cli;

import io.netlint.config.ByteSize;
import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.report.ReportContext;
import io.netlint.report.ReportFiles;
import io.netlint.report.Reporter;
import io.netlint.report.Reporters;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** {@code netlint lint}: lint templates and plans, report, and exit 0, 1 or 2. */
final class LintCommand implements Callable<Integer> {

  final CommandSpec spec = Commands.create(this, "lint",
      "Lints CloudFormation templates (JSON, YAML) and Terraform plans"
          + " (terraform show -json) as one network.");

  private List<String> paths;
  private List<String> formats;
  private Path output;
  private String failOn;
  private List<Path> tfSources;
  private boolean skipUnrecognized;
  private String maxFileSize;
  private boolean debug;
  private CfnLintOptions cfnLint;
  private CustomRuleOptions policies;
  private ConfigOptions config;

  LintCommand() {
    Commands.exitCodes(spec,
        "0:no finding at or above --fail-on",
        "1:findings at or above --fail-on",
        "2:usage error, a problem with the configuration file, the baseline or git, or an"
            + " input could not be loaded (the rest is still linted)");
    spec.addPositional(PositionalParamSpec.builder().paramLabel("PATH").arity("1..*")
        .required(true).type(List.class).auxiliaryTypes(String.class)
        .description("Files and directories; directories are walked for .json, .yaml, .yml and"
            + " .template files.")
        .build());
    spec.addOption(OptionSpec.builder("--format").paramLabel("NAME[=PATH]").type(List.class)
        .auxiliaryTypes(String.class).completionCandidates(Reporters.names())
        .description("Report format, repeatable: ${COMPLETION-CANDIDATES}. NAME=PATH writes that"
            + " format to PATH (whole or not at all); at most one format goes to standard output"
            + " (default: text).")
        .build());
    spec.addOption(OptionSpec.builder("--output").paramLabel("FILE").type(Path.class)
        .description("Write the one format given without a path to FILE instead of standard"
            + " output.")
        .build());
    spec.addOption(OptionSpec.builder("--fail-on").paramLabel("LEVEL").type(String.class)
        .defaultValue("error")
        .description("Exit 1 when a finding is at or above LEVEL: error, warning, info or none"
            + " (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(OptionSpec.builder("--tf-source").paramLabel("DIR").type(List.class)
        .auxiliaryTypes(Path.class)
        .description("The Terraform root module of the plans, so that findings point at its .tf"
            + " lines (default: the plan's directory, else the current one); repeatable.")
        .build());
    spec.addOption(OptionSpec.builder("--skip-unrecognized").type(boolean.class)
        .description("Skip named files that are neither a template nor a plan, as a directory"
            + " walk does (for hooks that pass every changed file).")
        .build());
    spec.addOption(OptionSpec.builder("--max-file-size").paramLabel("SIZE").type(String.class)
        .description("Refuse input files larger than SIZE unread, such as 512MB or 1GB"
            + " (default: 256MB, or max-file-size in the configuration file).")
        .build());
    spec.addOption(OptionSpec.builder("--debug").type(boolean.class)
        .description("Show internal stack traces.")
        .build());
    CfnLintOptions.addTo(spec);
    CustomRuleOptions.addTo(spec);
    ConfigOptions.addTo(spec);
  }

  /** The values given, with the defaults of those not given. */
  private void read(ParseResult parsed) {
    paths = Commands.positional(parsed);
    formats = Commands.values(parsed, "--format");
    output = Commands.value(parsed, "--output");
    failOn = Commands.value(parsed, "--fail-on");
    tfSources = Commands.values(parsed, "--tf-source");
    skipUnrecognized = Commands.flag(parsed, "--skip-unrecognized");
    maxFileSize = Commands.value(parsed, "--max-file-size");
    debug = Commands.flag(parsed, "--debug");
    cfnLint = new CfnLintOptions(parsed);
    policies = new CustomRuleOptions(parsed);
    config = new ConfigOptions(parsed);
  }

  /** One requested report: a reporter, and the file it goes to or null for standard output. */
  private record Target(String format, Path file) {}

  @Override
  public Integer call() throws IOException {
    CommandLine cmd = spec.commandLine();
    read(cmd.getParseResult());
    ConfigOptions.Run run = config.prepare(cmd, paths);
    if (run == null) return ExitCodes.ERROR; // the configuration's problems are printed
    failOn = run.failOn(failOn);
    String region = run.region();
    // --policy replaces the configuration file's policies, as every flag replaces its key
    if (policies.paths.isEmpty()) policies.paths.addAll(run.config().policies());
    List<Target> targets = parseTargets(cmd);
    Optional<Severity> threshold = parseThreshold(cmd);
    LintRequest request = run.apply(LintRequest.of(paths.stream().map(InputPath::of).toList(),
            RuleLoading.load(policies, cmd))
        .withRegion(Optional.ofNullable(region))
        .withDebug(debug)
        .withSkipUnrecognized(skipUnrecognized)
        .withCfnLint(cfnLint.settings(cmd.getErr())));
    if (request != null) {
      request = request.withTfSources(tfSources.isEmpty() ? run.config().tfSources() : tfSources);
    }
    if (request == null) return ExitCodes.ERROR; // the configuration names unknown rules
    request = request.withMaxFileSize(maxFileSize(cmd, run.config().maxFileSize()));
    LintResult linted = LintEngine.run(request);
    // policies.report rebuilds the result; the suppressions read from the inputs are kept.
    LintResult result = run.review(policies.report(linted)
        .withSuppressions(linted.suppressions()));

    ReportContext context = new ReportContext(System.getenv(), false, Path.of(""),
        Optional.ofNullable(Main.class.getPackage().getImplementationVersion()));
    boolean failed = false;
    // Files first, so that standard output ends with the report people read.
    for (Target t : targets) {
      if (t.file() == null) continue;
      Reporter reporter = Reporters.byName(t.format(), context).orElseThrow();
      try {
        ReportFiles.write(reporter, result, t.file());
      } catch (IOException e) {
        cmd.getErr().println("netlint: cannot write " + t.file() + ": " + e.getMessage());
        failed = true;
      }
    }
    for (Target t : targets) {
      if (t.file() != null) continue;
      // Colour only for text on a real terminal; tests and pipes never get it.
      boolean colour = ReportContext.colourWanted(System.console() != null, System.getenv());
      Reporter reporter = Reporters.byName(t.format(), context.withColour(colour)).orElseThrow();
      PrintWriter out = cmd.getOut();
      try {
        reporter.write(result, out);
      } catch (IOException e) {
        cmd.getErr().println("netlint: cannot write the " + t.format() + " report: "
            + e.getMessage());
        failed = true;
      }
      out.flush();
    }
    if (failed || result.hasErrors()) return ExitCodes.ERROR;
    return result.failsAt(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** {@code --format} values and {@code --output}, checked before any input is read. */
  private List<Target> parseTargets(CommandLine cmd) {
    List<String> requested = formats.isEmpty() ? List.of("text") : formats;
    List<Target> targets = new ArrayList<>();
    Set<Path> files = new HashSet<>();
    int toStdout = 0;
    for (String value : requested) {
      int eq = value.indexOf('=');
      String name = eq < 0 ? value.trim() : value.substring(0, eq).trim();
      if (Reporters.byName(name).isEmpty()) {
        throw new CommandLine.ParameterException(cmd, "--format: unknown format '" + name
            + "'; expected one of " + String.join(", ", Reporters.names()));
      }
      Path file = null;
      if (eq >= 0) {
        String path = value.substring(eq + 1);
        try {
          file = path.isBlank() ? null : Path.of(path);
        } catch (InvalidPathException e) {
          file = null;
        }
        if (file == null) {
          throw new CommandLine.ParameterException(cmd, "--format " + value
              + ": '" + path + "' is not a file path");
        }
      } else {
        toStdout++;
      }
      targets.add(new Target(name, file));
    }
    if (toStdout > 1) {
      throw new CommandLine.ParameterException(cmd, "--format: " + toStdout
          + " formats would go to standard output; give all but one a file (NAME=PATH)");
    }
    if (output != null) {
      if (toStdout == 0) {
        throw new CommandLine.ParameterException(cmd, "--output: every --format already has a"
            + " path; --output is for the one without");
      }
      targets.replaceAll(t -> t.file() == null ? new Target(t.format(), output) : t);
    }
    for (Target t : targets) {
      if (t.file() != null && !files.add(t.file().toAbsolutePath().normalize())) {
        throw new CommandLine.ParameterException(cmd, "--format: two reports would be written"
            + " to " + t.file());
      }
    }
    return targets;
  }

  /** {@code --max-file-size} as given, else the file's, else the default. */
  private long maxFileSize(CommandLine cmd, Optional<Long> configured) {
    if (maxFileSize == null) return configured.orElse(LintRequest.DEFAULT_MAX_FILE_SIZE);
    try {
      return ByteSize.parse(maxFileSize);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, "--max-file-size: " + e.getMessage());
    }
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
