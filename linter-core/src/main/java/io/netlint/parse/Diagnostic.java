package io.netlint.parse;

import java.util.Comparator;

/**
 * A problem with an input rather than with the network: a file that cannot be parsed, an unknown
 * construct, a reference that does not resolve.
 *
 * @param level {@link Level#ERROR} when the input (or part of it) could not be loaded, which makes
 *     the run exit 2; {@link Level#WARNING} when it loaded but something could not be understood;
 *     {@link Level#INFO} for what the user may want to know (findings left on a plan's lines)
 */
public record Diagnostic(String file, int line, int column, Level level, String message) {

  public enum Level { INFO, WARNING, ERROR }

  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    if (line < 1) line = 1;
    if (column < 1) column = 1;
  }

  public static Diagnostic error(String file, int line, int column, String message) {
    return new Diagnostic(file, line, column, Level.ERROR, message);
  }

  public static Diagnostic info(String file, int line, int column, String message) {
    return new Diagnostic(file, line, column, Level.INFO, message);
  }

  public static Diagnostic warning(String file, int line, int column, String message) {
    return new Diagnostic(file, line, column, Level.WARNING, message);
  }
}
