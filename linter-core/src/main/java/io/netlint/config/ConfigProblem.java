package io.netlint.config;

/** One thing wrong with a configuration file, where it is written (1-based). */
public record ConfigProblem(String file, int line, int column, String message) {

  public ConfigProblem {
    if (line < 1) line = 1;
    if (column < 1) column = 1;
  }

  /** {@code file:line:column: message}, as compilers print problems. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
