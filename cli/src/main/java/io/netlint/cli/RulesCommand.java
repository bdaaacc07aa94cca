package io.netlint.cli;

import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--plugin", paramLabel = "JAR", description = "A jar of third-party rules.")
  List<File> plugins = new ArrayList<>();

  @Override
  public Integer call() {
    RuleRegistry registry = RuleLoading.load(plugins, spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    for (RuleDescriptor d : registry.rules()) {
      out.printf("%s  %-32s %-8s %s%n", d.id(), d.name(), d.defaultSeverity().label(),
          d.summary());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
