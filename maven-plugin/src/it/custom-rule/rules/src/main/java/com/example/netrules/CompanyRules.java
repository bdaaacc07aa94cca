package com.example.netrules;

import io.netlint.rule.Rule;
import io.netlint.rule.RuleProvider;
import java.util.List;

/** Registered in META-INF/services, so netlint finds it on the plugin's class path. */
public final class CompanyRules implements RuleProvider {

  @Override
  public List<Rule> rules() {
    return List.of(new VpcSizeLimit());
  }
}
