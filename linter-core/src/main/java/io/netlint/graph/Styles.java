package io.netlint.graph;

import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every format shares: severity colours and the finding line of a label. */
final class Styles {

  private Styles() {}

  /** Outline colour of an element with findings of this severity. */
  static String stroke(Severity s) {
    return switch (s) {
      case ERROR -> "#cf222e";
      case WARNING -> "#bf8700";
      case INFO -> "#0969da";
    };
  }

  static String fill(Severity s) {
    return switch (s) {
      case ERROR -> "#ffebe9";
      case WARNING -> "#fff8c5";
      case INFO -> "#ddf4ff";
    };
  }

  static final String CROSS_REGION = "#bc4c00";
  static final String PLAIN_STROKE = "#57606a";
  static final String PLAIN_FILL = "#f6f8fa";

  /** Severities from most to least severe, the order of legends. */
  static final List<Severity> DESCENDING = List.of(Severity.ERROR, Severity.WARNING,
      Severity.INFO);

  /** The label lines, and a last line with the severity and rule IDs when there are findings. */
  static List<String> lines(Diagram d, List<String> lines, List<Integer> findings) {
    List<String> out = new ArrayList<>(lines);
    Optional<Severity> s = d.severityOf(findings);
    s.ifPresent(sev -> out.add(sev.label() + ": " + String.join(", ", d.rulesOf(findings))));
    return out;
  }

  /** The legend's rule lines: {@code NET101 name}. */
  static List<String> ruleLines(Diagram d) {
    List<String> out = new ArrayList<>();
    for (String id : d.drawnRules()) {
      String name = d.ruleNames().get(id);
      out.add(name == null || name.isEmpty() ? id : id + " " + name);
    }
    return out;
  }

  /** The severities of the findings drawn, most severe first. */
  static List<Severity> drawnSeverities(Diagram d) {
    List<Severity> out = new ArrayList<>();
    for (Severity s : DESCENDING) {
      boolean drawn = d.nodes().stream().anyMatch(n -> d.severityOf(n.findings()).equals(
          Optional.of(s))) || d.edges().stream().anyMatch(e -> d.severityOf(e.findings())
          .equals(Optional.of(s)));
      if (drawn) out.add(s);
    }
    return out;
  }
}
