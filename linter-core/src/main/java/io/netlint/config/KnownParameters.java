package io.netlint.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters rules accept. Rules do not declare parameters themselves yet, so the loader keeps
 * this list to reject a misspelt name instead of ignoring it; {@code docs/config.schema.json}
 * mirrors it.
 */
final class KnownParameters {

  /** An integer parameter with an inclusive range. */
  record Spec(String name, long min, long max, String description) {}

  private static final Map<String, List<Spec>> BY_RULE = Map.of(
      "NET403", List.of(new Spec("threshold", 1, 100_000,
          "groups of more than this many VPCs joined by peering are reported (default 8)")));

  private KnownParameters() {}

  static List<Spec> of(String rule) {
    return BY_RULE.getOrDefault(rule, List.of());
  }

  static Optional<Spec> find(String rule, String name) {
    return of(rule).stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
