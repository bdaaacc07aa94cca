package io.netlint.suppress;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netlint.engine.LintResult;
import io.netlint.rule.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Suppressed findings in SARIF: results like the others, each with a {@code suppressions} entry
 * (SARIF 2.1.0 §3.35) carrying the reason as its justification, so that code scanning shows them
 * as dismissed and reviewers can audit them.
 */
public final class SarifSuppressions {
  private SarifSuppressions() {}

  /** The suppressed findings of one tool's run. */
  public static List<SuppressedFinding> of(LintResult result, String tool) {
    return result.review().map(Review::suppressed).orElse(List.of()).stream()
        .filter(s -> tool.equals(s.finding().tool())).toList();
  }

  /** {@code findings} followed by the suppressed ones, in the order results are written. */
  public static List<Finding> append(List<Finding> findings, List<SuppressedFinding> hidden) {
    List<Finding> all = new ArrayList<>(findings);
    hidden.forEach(s -> all.add(s.finding()));
    return all;
  }

  /** Marks the results from {@code first} on, which are {@code hidden}'s, as suppressed. */
  public static void mark(ArrayNode results, int first, List<SuppressedFinding> hidden) {
    for (int i = 0; i < hidden.size(); i++) {
      Suppression by = hidden.get(i).by();
      ObjectNode entry = ((ObjectNode) results.get(first + i)).putArray("suppressions")
          .addObject();
      entry.put("kind", by.kind().inSource() ? "inSource" : "external");
      entry.put("status", "accepted");
      entry.put("justification", by.reason());
      entry.putObject("properties").put("source", by.kind().label())
          .put("file", by.at().file()).put("line", by.at().line());
    }
  }
}
