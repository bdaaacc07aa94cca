package io.netlint.policy;

import io.netlint.parse.Diagnostic;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiled policies as rules, and the problems met while loading them. A policy with an error is
 * not among the rules; its error is among the diagnostics, and {@link #hasErrors()} is true, so a
 * run that uses the set fails (exit 2) rather than skipping the policy in silence.
 */
public final class PolicySet {

  /** The rules of a run with the policies joined in, and every problem met. */
  public record Joined(RuleRegistry registry, List<Diagnostic> diagnostics) {
    public Joined {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
    }
  }

  private final List<CheckedPolicy> policies;
  private final List<RuleDescriptor> rules;
  private final List<Diagnostic> diagnostics;

  PolicySet(List<CheckedPolicy> policies, List<Diagnostic> diagnostics) {
    this.policies = List.copyOf(policies);
    this.rules = policies.stream().map(PolicySet::describe).toList();
    this.diagnostics = List.copyOf(diagnostics);
  }

  private static RuleDescriptor describe(CheckedPolicy p) {
    return RuleDescriptor.of(new PolicyRule(p), p.id(), p.slug(), p.summary(), p.severity(),
        p.tags());
  }

  /** One rule per policy that compiled, in load order. */
  public List<RuleDescriptor> rules() { return rules; }

  /** Syntax, type and loading problems, in load order. */
  public List<Diagnostic> diagnostics() { return diagnostics; }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
  }

  /**
   * {@code base} (built-in and rule-jar rules) plus these policies. A policy whose ID or slug a
   * rule of {@code base} already has is left out, with an error at its ID.
   */
  public Joined joinWith(RuleRegistry base) {
    Map<String, RuleDescriptor> ids = new HashMap<>();
    Map<String, RuleDescriptor> slugs = new HashMap<>();
    for (RuleDescriptor d : base.rules()) {
      ids.put(d.id(), d);
      slugs.put(d.name(), d);
    }
    List<Diagnostic> out = new ArrayList<>(diagnostics);
    List<RuleDescriptor> joined = new ArrayList<>();
    for (int i = 0; i < policies.size(); i++) {
      CheckedPolicy p = policies.get(i);
      RuleDescriptor clash = ids.get(p.id());
      String what = "policy ID " + p.id();
      if (clash == null) {
        clash = slugs.get(p.slug());
        what = "slug '" + p.slug() + "'";
      }
      if (clash != null) {
        out.add(Diagnostic.error(p.file(), p.pos().line(), p.pos().column(), what
            + " is already taken by rule " + clash.id() + " " + clash.name()));
      } else {
        joined.add(rules.get(i));
      }
    }
    return new Joined(base.with(joined), out);
  }
}
