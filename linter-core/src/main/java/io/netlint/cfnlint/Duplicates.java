package io.netlint.cfnlint;

import io.netlint.model.Cidr;
import io.netlint.rule.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds a cfn-lint finding into the netlint finding that states the same fact at the same place,
 * so that it is reported once, with netlint's message and a note naming the cfn-lint rule.
 *
 * <p>Same place: the same file, and the cfn-lint line lies within the lines of the resource the
 * netlint finding is on (and cfn-lint's path, when it names a resource, names that one). Same
 * fact: a known pair of rules, the netlint message of the matching kind, and the ranges cfn-lint
 * quotes being the ones netlint names. Anything less stays reported twice, which is safe.
 */
final class Duplicates {

  /**
   * @param cidrs how many leading CIDRs of cfn-lint's message must appear in netlint's
   */
  private record Twin(String cfnLintRule, String netlintRule, Predicate<String> netlintMessage,
      int cidrs) {}

  private static final List<Twin> TWINS = List.of(
      // E3059 "'10.9.0.0/24' is not a valid subnet of ['10.0.0.0/16']": the subnet's range.
      new Twin("E3059", "NET102", m -> m.contains(" is not inside "), 1),
      // E3060 "'10.0.1.128/25' overlaps with '10.0.1.0/24'": both ranges of the pair.
      new Twin("E3060", "NET102", m -> m.contains(" overlaps subnet "), 2));

  private static final Pattern QUOTED_CIDR = Pattern.compile("'([0-9A-Fa-f:.]+/\\d{1,3})'");
  private static final Pattern CIDR = Pattern.compile("[0-9A-Fa-f:.]+/\\d{1,3}");

  /** Netlint's findings (some with a note added) and cfn-lint's that remain. */
  record Merged(List<Finding> netlint, List<Finding> cfnLint) {}

  private Duplicates() {}

  static Merged merge(List<Finding> netlint, List<Finding> cfnLint,
      Map<String, ResourceRanges> rangesByFile) {
    Map<Finding, TreeSet<String>> notes = new LinkedHashMap<>();
    List<Finding> kept = new ArrayList<>();
    for (Finding c : cfnLint) {
      Optional<Finding> twin = netlint.stream()
          .filter(n -> sameFact(c, n) && samePlace(c, n, rangesByFile.get(n.location().file())))
          .findFirst();
      if (twin.isPresent()) {
        notes.computeIfAbsent(twin.get(), k -> new TreeSet<>()).add(c.ruleId());
      } else {
        kept.add(c);
      }
    }
    List<Finding> out = new ArrayList<>(netlint.size());
    for (Finding n : netlint) {
      TreeSet<String> ids = notes.get(n);
      out.add(ids == null ? n : new Finding(n.ruleId(), n.severity(),
          n.message() + " (also cfn-lint " + String.join(", ", ids) + ")", n.location(),
          n.related(), n.tool()));
    }
    return new Merged(out, kept);
  }

  static boolean samePlace(Finding c, Finding n, ResourceRanges ranges) {
    if (ranges == null || !c.location().file().equals(n.location().file())) return false;
    String resource = n.location().resource();
    Optional<ResourceRanges.Range> range = resource == null ? Optional.empty()
        : ranges.byId(resource);
    if (range.isEmpty()) range = ranges.at(n.location().line());
    if (range.isEmpty() || !range.get().contains(c.location().line())) return false;
    String named = c.location().resource();
    return named == null || named.equals(range.get().logicalId());
  }

  static boolean sameFact(Finding c, Finding n) {
    for (Twin t : TWINS) {
      if (t.cfnLintRule().equals(c.ruleId()) && t.netlintRule().equals(n.ruleId())
          && t.netlintMessage().test(n.message())) {
        return sameRanges(c.message(), n.message(), t.cidrs());
      }
    }
    return false;
  }

  /**
   * The first {@code count} CIDRs cfn-lint quotes are each the same range as one netlint's
   * message names. When cfn-lint quotes fewer (its wording changed), place and kind decide.
   */
  private static boolean sameRanges(String cfnLintMessage, String netlintMessage, int count) {
    List<Cidr> quoted = new ArrayList<>();
    Matcher m = QUOTED_CIDR.matcher(cfnLintMessage);
    while (quoted.size() < count && m.find()) Cidr.parse(m.group(1)).ifPresent(quoted::add);
    if (quoted.size() < count) return true;
    List<Cidr> named = new ArrayList<>();
    Matcher n = CIDR.matcher(netlintMessage);
    while (n.find()) Cidr.parse(n.group()).ifPresent(named::add);
    return quoted.stream().allMatch(q -> named.stream().anyMatch(q::sameRange));
  }
}
