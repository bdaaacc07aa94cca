package io.netlint.cfnlint;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the cfn-lint executable and asks it for its version. */
public final class CfnLintLocator {

  public static final String NAME = "cfn-lint";
  private static final Pattern VERSION = Pattern.compile("(?m)^cfn-lint (\\S+)");
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private CfnLintLocator() {}

  /**
   * The executable: {@code explicit} when given (a path, or a bare name looked up on
   * {@code PATH}), otherwise {@code cfn-lint} on {@code PATH}. Empty entries of {@code PATH} are
   * skipped rather than read as the current directory, so a checkout cannot plant its own.
   */
  public static Optional<Path> find(Optional<Path> explicit, Map<String, String> env) {
    if (explicit.isPresent()) {
      Path p = explicit.get();
      if (p.getParent() != null || p.isAbsolute()) {
        return runnable(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
      }
      return onPath(p.toString(), env);
    }
    return onPath(NAME, env);
  }

  private static Optional<Path> onPath(String name, Map<String, String> env) {
    String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
    List<String> names = new ArrayList<>(List.of(name));
    if (WINDOWS) {
      for (String ext : env.getOrDefault("PATHEXT", ".EXE;.BAT;.CMD").split(";")) {
        if (!ext.isBlank()) names.add(name + ext.toLowerCase(Locale.ROOT));
      }
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) continue;
      for (String n : names) {
        try {
          Path candidate = Path.of(dir, n);
          if (runnable(candidate)) return Optional.of(candidate.toAbsolutePath());
        } catch (InvalidPathException e) {
          // A malformed PATH entry is skipped, as a shell would.
        }
      }
    }
    return Optional.empty();
  }

  private static boolean runnable(Path p) {
    return Files.isRegularFile(p) && Files.isExecutable(p);
  }

  /** The version {@code executable --version} prints, e.g. {@code 1.51.0}. */
  public static Optional<String> version(Path executable, Duration timeout) {
    try {
      ProcessRunner run = ProcessRunner.start(List.of(executable.toString(), "--version"),
          Path.of("").toAbsolutePath(), CfnLint.ENVIRONMENT, timeout);
      ProcessRunner.Outcome out = run.await();
      if (out.timedOut() || out.exitCode() != 0) return Optional.empty();
      Matcher m = VERSION.matcher(out.stdout() + "\n" + out.stderr());
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
