package io.netlint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code netlint} command. */
@Command(name = "netlint", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Lints the connectivity of AWS networks described in CloudFormation templates"
        + " and Terraform plans.",
    subcommands = {LintCommand.class, GraphCommand.class, RulesCommand.class,
        ExplainCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line and returns the exit code; for tests and embedding. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
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
