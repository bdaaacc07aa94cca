package io.netlint.cli;

import io.netlint.cfnlint.CfnLintSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The cfn-lint options of {@code netlint lint}. */
final class CfnLintOptions {

  private final CfnLintSettings.Mode mode;
  private final Path path;
  private final Duration timeout;

  /** Declares the options on {@code spec}. */
  static void addTo(CommandSpec spec) {
    // NETLINT_CFN_LINT sets the default, e.g. to turn cfn-lint off for a whole CI job.
    spec.addOption(OptionSpec.builder("--cfn-lint").paramLabel("MODE")
        .type(CfnLintSettings.Mode.class).converters(new ModeConverter())
        .defaultValue("${env:NETLINT_CFN_LINT:-auto}")
        .description("Also run the real cfn-lint over the CloudFormation templates: auto (when"
            + " found; a note on stderr when not), require (its absence is an error), off"
            + " (default: ${DEFAULT-VALUE}, from NETLINT_CFN_LINT when set).")
        .build());
    spec.addOption(OptionSpec.builder("--cfn-lint-path").paramLabel("FILE").type(Path.class)
        .description("The cfn-lint executable (default: cfn-lint on PATH).")
        .build());
    spec.addOption(OptionSpec.builder("--cfn-lint-timeout").paramLabel("SECONDS")
        .type(Duration.class).converters(new TimeoutConverter()).defaultValue("300")
        .description("Stop cfn-lint after this long: seconds, or with a unit (90s, 5m, 500ms);"
            + " the templates are then reported as not checked (default: ${DEFAULT-VALUE}).")
        .build());
  }

  /** The options' values in a parse of a command that declared them ({@link #addTo}). */
  CfnLintOptions(ParseResult parsed) {
    mode = Commands.value(parsed, "--cfn-lint");
    path = Commands.value(parsed, "--cfn-lint-path");
    timeout = Commands.value(parsed, "--cfn-lint-timeout");
  }

  /** The settings for a run; notes (cfn-lint not found) go to {@code err}. */
  CfnLintSettings settings(PrintWriter err) {
    return new CfnLintSettings(mode, Optional.ofNullable(path), timeout, note -> {
      err.println(note);
      err.flush();
    });
  }

  static final class ModeConverter implements CommandLine.ITypeConverter<CfnLintSettings.Mode> {
    @Override
    public CfnLintSettings.Mode convert(String value) {
      try {
        return CfnLintSettings.Mode.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  static final class TimeoutConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern VALUE = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    @Override
    public Duration convert(String value) {
      Matcher m = VALUE.matcher(value.trim().toLowerCase(Locale.ROOT));
      if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a positive"
            + " duration such as 300, 90s, 5m or 500ms");
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      };
    }
  }
}
