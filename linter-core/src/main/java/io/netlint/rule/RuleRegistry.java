package io.netlint.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/** The rules of a run, sorted by ID, with unique IDs and slugs. */
public final class RuleRegistry {

  private final List<RuleDescriptor> rules;

  private RuleRegistry(List<RuleDescriptor> rules) {
    List<RuleDescriptor> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(RuleDescriptor::id));
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (RuleDescriptor d : sorted) {
      if (!RuleDescriptor.ID.matcher(d.id()).matches()) {
        throw new IllegalStateException("rule ID '" + d.id() + "' is not NET followed by 3 digits");
      }
      if (!RuleDescriptor.NAME.matcher(d.name()).matches()) {
        throw new IllegalStateException("rule slug '" + d.name() + "' is not kebab-case");
      }
      if (!ids.add(d.id())) throw new IllegalStateException("duplicate rule ID " + d.id());
      if (!names.add(d.name())) throw new IllegalStateException("duplicate rule slug " + d.name());
    }
    this.rules = List.copyOf(sorted);
  }

  public static RuleRegistry of(List<Rule> rules) {
    return new RuleRegistry(rules.stream().map(RuleDescriptor::of).toList());
  }

  /** Rules whose metadata is given explicitly, such as compiled policies. */
  public static RuleRegistry ofDescriptors(List<RuleDescriptor> rules) {
    return new RuleRegistry(rules);
  }

  /** These rules and {@code more}; IDs and slugs must stay unique. */
  public RuleRegistry with(List<RuleDescriptor> more) {
    List<RuleDescriptor> all = new ArrayList<>(rules);
    all.addAll(more);
    return new RuleRegistry(all);
  }

  /** Every rule of every {@link RuleProvider} visible to the class loader. */
  public static RuleRegistry load(ClassLoader loader) {
    List<Rule> rules = new ArrayList<>();
    for (RuleProvider p : ServiceLoader.load(RuleProvider.class, loader)) {
      rules.addAll(p.rules());
    }
    return of(rules);
  }

  public List<RuleDescriptor> rules() { return rules; }
}
