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
import picocli.CommandLine.Option;

/**
 * {@code --policy PATH}: policy files, or directories of them, compiled once for the run and
 * joined to the rules. Their problems become diagnostics of the run, so that a policy with an
 * error makes the run exit 2 instead of being skipped. Also {@code --plugin JAR}, the old name of
 * {@code --rules-jar}, kept out of the help.
 */
final class CustomRuleOptions {

  @Option(names = "--policy", paramLabel = "PATH",
      description = "A policy file (.netpolicy) or a directory of them; repeatable. See"
          + " docs/policies.md.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--plugin", paramLabel = "JAR", hidden = true,
      description = "The old name of --rules-jar.")
  List<File> pluginJars = new ArrayList<>();

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
