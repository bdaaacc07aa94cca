package io.netlint.report;

import java.util.List;
import java.util.Optional;

/** The built-in reporters by name. */
public final class Reporters {
  private static final List<Reporter> ALL = List.of(new TextReporter(), new JsonReporter());

  private Reporters() {}

  public static Optional<Reporter> byName(String name) {
    return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  public static List<String> names() {
    return ALL.stream().map(Reporter::name).toList();
  }
}
