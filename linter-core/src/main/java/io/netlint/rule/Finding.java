package io.netlint.rule;

import io.netlint.model.SourceRef;
import java.util.Comparator;
import java.util.List;

/**
 * One problem found by a rule.
 *
 * @param location where it is, with the resource's logical ID or address
 * @param related other places involved (the other VPC of an overlap, the peering that joins them)
 * @param tool the tool that found it: {@code netlint}, or an external linter whose findings are
 *     merged into the report (e.g. {@code cfn-lint})
 */
public record Finding(String ruleId, Severity severity, String message, SourceRef location,
    List<SourceRef> related, String tool) {

  public static final String NETLINT = "netlint";

  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location, SourceRef.ORDER)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::tool)
          .thenComparing(Finding::message);

  public Finding {
    related = List.copyOf(related);
    tool = tool == null ? NETLINT : tool;
  }

  /** A finding of netlint's own rules. */
  public Finding(String ruleId, Severity severity, String message, SourceRef location,
      List<SourceRef> related) {
    this(ruleId, severity, message, location, related, NETLINT);
  }
}
