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
import picocli.CommandLine.Option;

/** The cfn-lint options of {@code netlint lint}. */
final class CfnLintOptions {

  /** {@code NETLINT_CFN_LINT} sets the default, e.g. to turn cfn-lint off for a whole CI job. */
  @Option(names = "--cfn-lint", defaultValue = "${env:NETLINT_CFN_LINT:-auto}",
      paramLabel = "MODE", converter = ModeConverter.class,
      description = "Also run the real cfn-lint over the CloudFormation templates: auto (when"
          + " found; a note on stderr when not), require (its absence is an error), off"
          + " (default: ${DEFAULT-VALUE}, from NETLINT_CFN_LINT when set).")
  CfnLintSettings.Mode mode = CfnLintSettings.Mode.AUTO;

  @Option(names = "--cfn-lint-path", paramLabel = "FILE",
      description = "The cfn-lint executable (default: cfn-lint on PATH).")
  Path path;

  @Option(names = "--cfn-lint-timeout", defaultValue = "300", paramLabel = "SECONDS",
      converter = TimeoutConverter.class,
      description = "Stop cfn-lint after this long: seconds, or with a unit (90s, 5m, 500ms);"
          + " the templates are then reported as not checked (default: ${DEFAULT-VALUE}).")
  Duration timeout = CfnLintSettings.DEFAULT_TIMEOUT;

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
