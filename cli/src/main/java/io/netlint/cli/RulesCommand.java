package io.netlint.cli;

import io.netlint.parse.Diagnostic;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netlint rules}: the catalogue of every rule that would run. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists every rule: ID, slug, default severity and summary.")
final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--rules-jar", paramLabel = "JAR",
      description = "A jar of rules written in Java (docs/custom-rules.md); repeatable.")
  List<File> plugins = new ArrayList<>();

  @CommandLine.Mixin CustomRuleOptions policies = new CustomRuleOptions();

  @Override
  public Integer call() {
    RuleRegistry registry = RuleLoading.load(plugins, policies, spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    for (RuleDescriptor d : registry.rules()) {
      out.printf("%s  %-32s %-8s %s%n", d.id(), d.name(), d.defaultSeverity().label(),
          d.summary());
    }
    out.flush();
    // a policy that does not compile is not listed: say why, and fail
    for (Diagnostic d : policies.diagnostics()) {
      spec.commandLine().getErr().println(d.file() + ":" + d.line() + ":" + d.column() + ": "
          + d.level().name().toLowerCase(Locale.ROOT) + ": " + d.message());
    }
    return policies.hasErrors() ? ExitCodes.ERROR : ExitCodes.OK;
  }
}
