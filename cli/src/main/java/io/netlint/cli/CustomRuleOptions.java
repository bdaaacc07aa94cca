package io.netlint.cli;

import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.policy.Policies;
import io.netlint.policy.PolicySet;
import io.netlint.rule.RuleRegistry;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code --policy PATH}: policy files, or directories of them, compiled once for the run and
 * joined to the rules. Their problems become diagnostics of the run, so that a policy with an
 * error makes the run exit 2 instead of being skipped. Also {@code --rules-jar JAR}, rules written
 * in Java, and {@code --plugin JAR}, its old name, kept out of the help.
 */
final class CustomRuleOptions {

  /** {@code --policy}; a command adds the configuration file's when none is given. */
  final List<Path> paths;
  /** {@code --rules-jar} and {@code --plugin}, in that order. */
  final List<File> jars;

  /** Declares the options on {@code spec}. */
  static void addTo(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("--policy").paramLabel("PATH").type(List.class)
        .auxiliaryTypes(Path.class)
        .description("A policy file (.netpolicy) or a directory of them; repeatable. See"
            + " docs/policies.md.")
        .build());
    spec.addOption(OptionSpec.builder("--rules-jar").paramLabel("JAR").type(List.class)
        .auxiliaryTypes(File.class)
        .description("A jar of rules written in Java (docs/custom-rules.md); repeatable.")
        .build());
    spec.addOption(OptionSpec.builder("--plugin").paramLabel("JAR").type(List.class)
        .auxiliaryTypes(File.class).hidden(true)
        .description("The old name of --rules-jar.")
        .build());
  }

  /** The options' values in a parse of a command that declared them ({@link #addTo}). */
  CustomRuleOptions(ParseResult parsed) {
    paths = Commands.values(parsed, "--policy");
    jars = Commands.values(parsed, "--rules-jar");
    jars.addAll(Commands.values(parsed, "--plugin"));
  }

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** {@code base} with the policies joined in; their problems are kept for {@link #report}. */
  RuleRegistry join(RuleRegistry base) {
    diagnostics.clear();
    if (paths.isEmpty()) return base;
    PolicySet.Joined joined = Policies.load(paths).joinWith(base);
    diagnostics.addAll(joined.diagnostics());
    return joined.registry();
  }

  /** Problems met loading the policies, first in the run's diagnostics. */
  List<Diagnostic> diagnostics() { return List.copyOf(diagnostics); }

  /** The result with the policies' problems before its own. */
  LintResult report(LintResult result) {
    if (diagnostics.isEmpty()) return result;
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(result.diagnostics());
    return result.withDiagnostics(all);
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
  }
}
