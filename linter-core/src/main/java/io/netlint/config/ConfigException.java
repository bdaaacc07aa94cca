package io.netlint.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration file that cannot be used. Every problem found is listed, so that one run shows
 * them all; callers exit 2.
 */
public final class ConfigException extends Exception {

  private final transient List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) throw new IllegalArgumentException("no problems");
    this.problems = List.copyOf(problems);
  }

  public ConfigException(ConfigProblem problem) {
    this(List.of(problem));
  }

  public List<ConfigProblem> problems() { return problems; }
}
