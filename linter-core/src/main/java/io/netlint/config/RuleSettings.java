package io.netlint.config;

import io.netlint.rule.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the configuration file says about one rule ({@code rules.<ID>}).
 *
 * @param off true for {@code severity: off}: the rule does not run
 * @param severity the severity every finding of the rule is reported at, when set
 * @param line where the rule's ID is written, for errors found once the rules are known
 */
public record RuleSettings(String id, boolean off, Optional<Severity> severity,
    Map<String, Object> parameters, int line, int column) {

  public RuleSettings {
    parameters = Map.copyOf(new TreeMap<>(parameters));
  }
}
