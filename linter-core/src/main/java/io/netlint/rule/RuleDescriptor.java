package io.netlint.rule;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule with its metadata: read from {@link RuleInfo}, or given explicitly for a rule that has no
 * class of its own (a compiled policy).
 */
public record RuleDescriptor(String id, String name, String summary, Severity defaultSeverity,
    List<String> tags, Rule rule) {

  public static final Pattern ID = Pattern.compile("NET[1-9][0-9]{2}");
  public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public static RuleDescriptor of(Rule rule) {
    RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(rule.getClass().getName() + " has no @RuleInfo");
    }
    return new RuleDescriptor(info.id(), info.name(), info.summary(), info.severity(),
        List.of(info.tags()), rule);
  }

  /** A rule whose metadata is not on its class; the ID and slug are checked by the registry. */
  public static RuleDescriptor of(Rule rule, String id, String name, String summary,
      Severity severity, List<String> tags) {
    return new RuleDescriptor(id, name, summary, severity, List.copyOf(tags), rule);
  }
}
