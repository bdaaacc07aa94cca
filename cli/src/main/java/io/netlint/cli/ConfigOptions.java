package io.netlint.cli;

import io.netlint.baseline.Baseline;
import io.netlint.baseline.BaselineException;
import io.netlint.baseline.ChangedFiles;
import io.netlint.baseline.ChangedFilesException;
import io.netlint.cfnlint.CfnLintSettings;
import io.netlint.config.ConfigException;
import io.netlint.config.ConfigLoader;
import io.netlint.config.ConfigProblem;
import io.netlint.config.NetlintConfig;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.suppress.ReviewStep;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The options of {@code netlint lint} and {@code graph} for living with findings: the
 * configuration file, baselines, {@code --changed-since}, and {@code --region}, which the file
 * can also set. A flag given on the command line wins over the file.
 */
final class ConfigOptions {

  private final Path config;
  private final boolean noConfig;
  private final Path baseline;
  private final Path writeBaseline;
  private final String changedSince;
  private final String region;

  /** Declares the options on {@code spec}. */
  static void addTo(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("--config").paramLabel("FILE").type(Path.class)
        .description("The configuration file (default: the nearest " + NetlintConfig.FILE_NAME
            + " from the working directory up to the top of its git repository).")
        .build());
    spec.addOption(OptionSpec.builder("--no-config").type(boolean.class)
        .description("Read no configuration file.")
        .build());
    spec.addOption(OptionSpec.builder("--baseline").paramLabel("FILE").type(Path.class)
        .description("Report only findings not recorded in FILE (written by --write-baseline);"
            + " recorded ones that no longer occur are reported as fixed.")
        .build());
    spec.addOption(OptionSpec.builder("--write-baseline").paramLabel("FILE").type(Path.class)
        .description("Record today's findings in FILE, then report against it (so exit 0 unless"
            + " an input could not be loaded).")
        .build());
    spec.addOption(OptionSpec.builder("--changed-since").paramLabel("REF").type(String.class)
        .description("Lint everything, but report only findings in, or related to, a file"
            + " changed since the git REF (git diff --name-only REF, plus untracked files).")
        .build());
    spec.addOption(OptionSpec.builder("--region").paramLabel("REGION").type(String.class)
        .description("The region CloudFormation stacks deploy to (resolves AWS::Region).")
        .build());
  }

  /** The options' values in a parse of a command that declared them ({@link #addTo}). */
  ConfigOptions(ParseResult parsed) {
    config = Commands.value(parsed, "--config");
    noConfig = Commands.flag(parsed, "--no-config");
    baseline = Commands.value(parsed, "--baseline");
    writeBaseline = Commands.value(parsed, "--write-baseline");
    changedSince = Commands.value(parsed, "--changed-since");
    region = Commands.value(parsed, "--region");
  }

  /** The environment variable that sets cfn-lint's mode, which wins over the file. */
  static final String CFN_LINT_ENV = "NETLINT_CFN_LINT";

  /**
   * Reads the configuration file, the baseline and the change set before any input is read.
   *
   * @return the settings of the run, or null once the problem has been printed (exit 2)
   */
  Run prepare(CommandLine cmd, List<String> paths) {
    PrintWriter err = cmd.getErr();
    if (config != null && noConfig) {
      throw new CommandLine.ParameterException(cmd, "--config and --no-config: give one");
    }
    if (baseline != null && writeBaseline != null) {
      throw new CommandLine.ParameterException(cmd, "--baseline and --write-baseline: give one;"
          + " --write-baseline FILE already reports against the FILE it writes");
    }
    Path wd = Path.of("").toAbsolutePath();
    NetlintConfig cfg;
    try {
      cfg = load(wd);
    } catch (ConfigException e) {
      for (ConfigProblem p : e.problems()) err.println("netlint: " + p);
      err.flush();
      return null;
    }
    ReviewStep.Settings settings = ReviewStep.Settings.of(cfg).withWorkingDirectory(wd);
    try {
      if (baseline != null) {
        settings = settings.withBaseline(Baseline.read(baseline), baseline.toString());
      }
      if (changedSince != null) {
        settings = settings.withChanged(ChangedFiles.since(changedSince,
            paths.stream().map(Path::of).toList()));
      }
    } catch (BaselineException | ChangedFilesException e) {
      err.println("netlint: " + e.getMessage());
      err.flush();
      return null;
    }
    return new Run(cmd, settings, writeBaseline, region);
  }

  private NetlintConfig load(Path wd) throws ConfigException {
    if (noConfig) return NetlintConfig.empty(wd);
    if (config == null) return ConfigLoader.loadNearest(wd);
    if (!Files.isRegularFile(config)) {
      throw new ConfigException(new ConfigProblem(config.toString(), 1, 1,
          "no such configuration file"));
    }
    return ConfigLoader.load(config);
  }

  /** cfn-lint's mode: the flag, else {@code NETLINT_CFN_LINT}, else the file, else the flag's. */
  static CfnLintSettings.Mode cfnLintMode(CfnLintSettings.Mode fromFlag, boolean flagGiven,
      String env, Optional<CfnLintSettings.Mode> fromFile) {
    if (flagGiven || env != null || fromFile.isEmpty()) return fromFlag;
    return fromFile.get();
  }

  /** One run's settings, between reading the configuration and reporting. */
  static final class Run {
    private final CommandLine cmd;
    private final ReviewStep.Settings settings;
    private final Path writeBaseline;
    private final String region;

    private Run(CommandLine cmd, ReviewStep.Settings settings, Path writeBaseline,
        String region) {
      this.cmd = cmd;
      this.settings = settings;
      this.writeBaseline = writeBaseline;
      this.region = region;
    }

    NetlintConfig config() { return settings.config(); }

    /** {@code --fail-on} as given, else the file's, else the flag's default. */
    String failOn(String flag) {
      boolean given = cmd.getParseResult() != null
          && cmd.getParseResult().hasMatchedOption("--fail-on");
      return given ? flag : config().failOn().orElse(flag);
    }

    /** {@code --region} as given, else the file's; a usage error when it names no region. */
    String region() {
      String region = this.region != null ? this.region : config().region().orElse(null);
      if (region != null && !region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
        throw new CommandLine.ParameterException(cmd, "--region: '" + region
            + "' is not a region name such as eu-west-1");
      }
      return region;
    }

    /**
     * The request with the file's rules, parameters, include/exclude and cfn-lint mode; null once
     * the file's unknown rule IDs have been printed.
     */
    LintRequest apply(LintRequest request) {
      try {
        config().checkRules(request.rules());
      } catch (ConfigException e) {
        for (ConfigProblem p : e.problems()) cmd.getErr().println("netlint: " + p);
        cmd.getErr().flush();
        return null;
      }
      CfnLintSettings c = request.cfnLint();
      boolean flagGiven = cmd.getParseResult() != null
          && cmd.getParseResult().hasMatchedOption("--cfn-lint");
      CfnLintSettings.Mode mode = cfnLintMode(c.mode(), flagGiven, System.getenv(CFN_LINT_ENV),
          config().cfnLint());
      if (mode != c.mode()) {
        request = request.withCfnLint(new CfnLintSettings(mode, c.executable(), c.timeout(),
            c.notes()));
      }
      return request.withConfig(config());
    }

    /** Severities, suppressions, the baseline and the change filter; writes the baseline. */
    LintResult review(LintResult result) {
      if (writeBaseline == null) return ReviewStep.apply(result, settings);
      LintResult reviewed = ReviewStep.applyAndWriteBaseline(result, settings, writeBaseline,
          writeBaseline.toString());
      reviewed.review().flatMap(r -> r.baseline()).ifPresent(b -> {
        cmd.getErr().println("netlint: recorded " + b.known() + (b.known() == 1 ? " finding"
            : " findings") + " in " + writeBaseline);
        cmd.getErr().flush();
      });
      return reviewed;
    }
  }
}
