package io.netlint.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParseResult;

/**
 * The commands' picocli models are built in code: reading them from annotations costs about 80 ms
 * of reflection at every start, and a pre-commit hook starts netlint on every commit.
 */
final class Commands {
  private Commands() {}

  /** A command that runs {@code command}, with {@code -h, --help} and {@code -V, --version}. */
  static CommandSpec create(Object command, String name, String description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description);
    // What mixinStandardHelpOptions adds, which reads the options from picocli's annotations.
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** The exit codes help lists, each as {@code "code:meaning"}. */
  static void exitCodes(CommandSpec spec, String... codes) {
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(UsageMessageSpec.keyValuesMap(codes));
  }

  /** An option's value after parsing: as given, else its default value, else null. */
  static <T> T value(ParseResult parsed, String option) {
    return parsed.commandSpec().findOption(option).getValue();
  }

  /** Whether a flag was given (and not given as {@code =false}). */
  static boolean flag(ParseResult parsed, String option) {
    return Boolean.TRUE.equals(value(parsed, option));
  }

  /** A repeatable option's values, in a list of the caller's. */
  static <T> List<T> values(ParseResult parsed, String option) {
    List<T> values = value(parsed, option);
    return values == null ? new ArrayList<>() : new ArrayList<>(values);
  }

  /** The value of the command's positional parameter (it has one). */
  static <T> T positional(ParseResult parsed) {
    return parsed.commandSpec().positionalParameters().get(0).getValue();
  }
}
