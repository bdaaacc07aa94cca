package com.example.netlint;

import io.netlint.rule.Rule;
import io.netlint.rule.RuleProvider;
import java.util.List;

/** What netlint finds through META-INF/services/io.netlint.rule.RuleProvider. */
public final class ExampleRules implements RuleProvider {
  @Override
  public List<Rule> rules() {
    return List.of(new VpcAddressHeadroom());
  }
}
