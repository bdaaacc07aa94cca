package io.netlint.rule;

import io.netlint.model.SourceRef;
import java.util.Comparator;
import java.util.List;

/**
 * One problem found by a rule.
 *
 * @param location where it is, with the resource's logical ID or address
 * @param related other places involved (the other VPC of an overlap, the peering that joins them)
 */
public record Finding(String ruleId, Severity severity, String message, SourceRef location,
    List<SourceRef> related) {

  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location, SourceRef.ORDER)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Finding {
    related = List.copyOf(related);
  }
}
