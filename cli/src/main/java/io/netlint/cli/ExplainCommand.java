package io.netlint.cli;

import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code netlint explain NET301}: the rule's page, as shipped in the rules jar. */
final class ExplainCommand implements Callable<Integer> {

  static final String PAGES = "netlint/docs/rules/";

  final CommandSpec spec = Commands.create(this, "explain",
      "Prints a rule's documentation page: what it detects, why, examples, how to fix.");

  ExplainCommand() {
    spec.addPositional(PositionalParamSpec.builder().paramLabel("RULE").required(true)
        .type(String.class)
        .description("A rule ID (NET301) or slug (single-instance-appliance).")
        .build());
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cmd = spec.commandLine();
    String rule = Commands.positional(cmd.getParseResult());
    RuleRegistry registry = RuleRegistry.load(Main.class.getClassLoader());
    Optional<RuleDescriptor> found = registry.rules().stream()
        .filter(d -> d.id().equalsIgnoreCase(rule) || d.name().equals(rule.toLowerCase(Locale.ROOT)))
        .findFirst();
    if (found.isEmpty()) {
      throw new CommandLine.ParameterException(cmd, "no rule '" + rule
          + "'; 'netlint rules' lists them");
    }
    RuleDescriptor d = found.get();
    PrintWriter out = cmd.getOut();
    try (InputStream page = d.rule().getClass().getClassLoader()
        .getResourceAsStream(PAGES + d.id() + ".md")) {
      if (page == null) {
        out.printf("%s %s (%s)%n%n%s%n", d.id(), d.name(), d.defaultSeverity().label(),
            d.summary());
      } else {
        out.print(new String(page.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
