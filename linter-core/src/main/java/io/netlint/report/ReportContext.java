package io.netlint.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reporter may know about where it runs, passed in rather than read from the process so
 * that tests control it.
 *
 * @param env environment variables (only {@code GITHUB_STEP_SUMMARY} is read today)
 * @param colour whether the text report may use ANSI colour; see {@link #colourWanted}
 * @param workingDirectory where relative input paths resolve; report paths are made relative to
 *     it and SARIF reads source text from it
 * @param toolVersion the netlint version, when the build knows it
 */
public record ReportContext(Map<String, String> env, boolean colour, Path workingDirectory,
    Optional<String> toolVersion) {

  public ReportContext {
    env = Map.copyOf(env);
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
    Objects.requireNonNull(toolVersion, "toolVersion");
  }

  /** No environment, no colour, the current directory, no version. */
  public static ReportContext plain() {
    return new ReportContext(Map.of(), false, Path.of(""), Optional.empty());
  }

  public ReportContext withEnv(Map<String, String> e) {
    return new ReportContext(e, colour, workingDirectory, toolVersion);
  }

  public ReportContext withColour(boolean c) {
    return new ReportContext(env, c, workingDirectory, toolVersion);
  }

  public ReportContext withWorkingDirectory(Path dir) {
    return new ReportContext(env, colour, dir, toolVersion);
  }

  public ReportContext withToolVersion(Optional<String> v) {
    return new ReportContext(env, colour, workingDirectory, v);
  }

  /**
   * Colour only on a terminal, and never when {@code NO_COLOR} is present: no-color.org asks for
   * a non-empty value, but an empty one is read as "no colour" too, as the safer side.
   */
  public static boolean colourWanted(boolean terminal, Map<String, String> env) {
    return terminal && !env.containsKey("NO_COLOR");
  }
}
