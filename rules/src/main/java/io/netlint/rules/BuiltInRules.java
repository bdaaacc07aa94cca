package io.netlint.rules;

import io.netlint.rule.Rule;
import io.netlint.rule.RuleProvider;
import java.util.List;

/** The built-in rules, listed explicitly so that the defaults are reviewable in one place. */
public final class BuiltInRules implements RuleProvider {

  @Override
  public List<Rule> rules() {
    return List.of();
  }
}
