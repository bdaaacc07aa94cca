package io.netlint.config;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rule parameters set in the configuration file ({@code rules.<ID>.parameters}), by rule ID and
 * name. The loader has already checked each against the rule's declared parameters, so a rule
 * reads a value of the type it expects.
 */
public final class RuleParameters {

  public static final RuleParameters NONE = new RuleParameters(Map.of());

  private final Map<String, Map<String, Object>> values;

  private RuleParameters(Map<String, Map<String, Object>> values) {
    Map<String, Map<String, Object>> copy = new TreeMap<>();
    values.forEach((rule, params) -> copy.put(rule, Map.copyOf(params)));
    this.values = Map.copyOf(copy);
  }

  public static RuleParameters of(Map<String, Map<String, Object>> values) {
    return values.isEmpty() ? NONE : new RuleParameters(values);
  }

  public Optional<Object> get(String rule, String name) {
    return Optional.ofNullable(values.getOrDefault(rule, Map.of()).get(name));
  }

  /** An integer parameter, or {@code defaultValue} when it is not set. */
  public int integer(String rule, String name, int defaultValue) {
    return get(rule, name).filter(Number.class::isInstance).map(v -> ((Number) v).intValue())
        .orElse(defaultValue);
  }

  public Map<String, Map<String, Object>> asMap() { return values; }

  @Override
  public String toString() { return values.toString(); }
}
