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
    FutureTask<RuleRegistry> task = new FutureTask<>(() -> {
      RuleRegistry rules = RuleRegistry.load(Main.class.getClassLoader());
      TreeReader.prepare();
      return rules;
    });
    Thread thread = new Thread(task, "netlint-prefetch");
    thread.setDaemon(true);
    thread.start();
    builtIn = task;
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
