package io.netlint.cli;

import io.netlint.parse.Diagnostic;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code netlint rules}: the catalogue of every rule that would run. */
final class RulesCommand implements Callable<Integer> {

  final CommandSpec spec = Commands.create(this, "rules",
      "Lists every rule: ID, slug, default severity and summary.");

  RulesCommand() {
    CustomRuleOptions.addTo(spec);
  }

  @Override
  public Integer call() {
    CustomRuleOptions policies = new CustomRuleOptions(spec.commandLine().getParseResult());
    RuleRegistry registry = RuleLoading.load(policies, spec.commandLine());
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
