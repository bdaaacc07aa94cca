package io.netlint.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code netlint} command. */
public final class Main implements Runnable {

  /** The subcommands, in the order help lists them. */
  private static final Map<String, Supplier<CommandSpec>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("lint", () -> new LintCommand().spec);
    COMMANDS.put("graph", () -> new GraphCommand().spec);
    COMMANDS.put("rules", () -> new RulesCommand().spec);
    COMMANDS.put("explain", () -> new ExplainCommand().spec);
  }

  private final CommandSpec spec = Commands.create(this, "netlint",
      "Lints the connectivity of AWS networks described in CloudFormation templates"
          + " and Terraform plans.")
      .versionProvider(new Version());

  public static void main(String[] args) {
    Prefetch.start();
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line and returns the exit code; for tests and embedding. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main().spec);
    // When a command is named only that one is built, which saves loading its siblings' classes
    // (a pre-commit hook starts netlint on every commit); help and errors see them all.
    Supplier<CommandSpec> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
    if (named != null) {
      cli.addSubcommand(named.get());
    } else {
      COMMANDS.values().forEach(c -> cli.addSubcommand(c.get()));
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("netlint: internal error: " + e);
      if (parsed.hasMatchedOption("--debug")) e.printStackTrace(cmd.getErr());
      return ExitCodes.ERROR;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command: lint, graph, rules or explain");
  }
}
