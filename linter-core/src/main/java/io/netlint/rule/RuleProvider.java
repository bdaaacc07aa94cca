package io.netlint.rule;

import java.util.List;

/**
 * Supplies rules to the engine. Found with {@link java.util.ServiceLoader}: a jar on the class path
 * with {@code META-INF/services/io.netlint.rule.RuleProvider} adds its rules without any change to
 * netlint.
 */
public interface RuleProvider {
  List<Rule> rules();
}
