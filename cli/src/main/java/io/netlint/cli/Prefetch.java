package io.netlint.cli;

import io.netlint.parse.tree.TreeReader;
import io.netlint.rule.RuleRegistry;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Start-up work that does not depend on the arguments: loading the built-in rules and making the
 * parsers ready. {@link Main#main} starts it on a second core while the first builds the command
 * line, parses the arguments and reads the configuration file; a pre-commit hook pays for
 * start-up on every commit.
 */
final class Prefetch {

  private static volatile FutureTask<RuleRegistry> builtIn;

  private Prefetch() {}

  static void start() {
    FutureTask<RuleRegistry> rules = new FutureTask<>(
        () -> RuleRegistry.load(Main.class.getClassLoader()));
    // Apart from the rules, which the run waits for before reading its inputs: the parsers
    // are first needed a little later, and are made ready meanwhile.
    start("netlint-rules", rules);
    start("netlint-parsers", new FutureTask<>(TreeReader::prepare, null));
    builtIn = rules;
  }

  private static void start(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** The built-in rules: those loaded ahead when {@link #start} ran, else loaded now. */
  static RuleRegistry builtInRules() {
    FutureTask<RuleRegistry> task = builtIn;
    if (task == null) return RuleRegistry.load(Main.class.getClassLoader());
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RuleRegistry.load(Main.class.getClassLoader());
    } catch (ExecutionException e) {
      // the same failure a load on this thread would have thrown
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }
}
