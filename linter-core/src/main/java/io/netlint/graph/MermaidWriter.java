package io.netlint.graph;

import io.netlint.graph.Diagram.Edge;
import io.netlint.graph.Diagram.Node;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a diagram as a Mermaid flowchart, which GitHub and GitLab render in Markdown. Labels are
 * quoted with Mermaid's entity codes, so no input text can end a label or start a directive.
 */
public final class MermaidWriter {

  /** Mermaid's default {@code maxTextSize}: longer text is not rendered at all. */
  public static final int MAX_TEXT = 50_000;
  /** Mermaid's default {@code maxEdges} (since 10.9): more edges are not rendered. */
  public static final int MAX_EDGES = 500;

  private MermaidWriter() {}

  public static String write(Diagram d) {
    StringBuilder out = new StringBuilder("flowchart TB\n");
    Map<String, List<Node>> byCluster = new LinkedHashMap<>();
    for (Diagram.Cluster c : d.clusters()) byCluster.put(c.id(), new ArrayList<>());
    for (Node n : d.nodes()) {
      if (n.cluster().isEmpty()) out.append("  ").append(node(d, n)).append('\n');
      else byCluster.get(n.cluster().get()).add(n);
    }
    for (Diagram.Cluster c : d.clusters()) {
      out.append("  subgraph ").append(c.id()).append("[\"").append(escape(c.label()))
          .append("\"]\n");
      for (Node n : byCluster.get(c.id())) out.append("    ").append(node(d, n)).append('\n');
      out.append("  end\n");
    }
    Map<String, List<Integer>> linkStyles = new LinkedHashMap<>();
    int index = 0;
    for (Edge e : d.edges()) {
      out.append("  ").append(e.from()).append(' ').append(arrow(e));
      List<String> lines = Styles.lines(d, e.lines(), e.findings());
      if (!lines.isEmpty()) out.append("|\"").append(label(lines)).append("\"|");
      out.append(' ').append(e.to()).append('\n');
      Optional<Severity> s = d.severityOf(e.findings());
      String style = s.map(sev -> "stroke:" + Styles.stroke(sev) + ",stroke-width:3px")
          .orElse(e.kind() == Diagram.EdgeKind.ENDPOINT_SERVICE_CROSS_REGION
              ? "stroke:" + Styles.CROSS_REGION + ",stroke-width:2px" : null);
      if (style != null) linkStyles.computeIfAbsent(style, k -> new ArrayList<>()).add(index);
      index++;
    }
    List<Severity> severities = Styles.drawnSeverities(d);
    if (!severities.isEmpty()) {
      out.append("  subgraph legend[\"Legend\"]\n");
      for (Severity s : severities) {
        out.append("    legend_").append(s.label()).append("[\"").append(s.label())
            .append(" finding\"]:::").append(s.label()).append('\n');
      }
      out.append("    legend_rules[\"").append(label(Styles.ruleLines(d))).append("\"]\n");
      out.append("  end\n");
    }
    for (Severity s : Styles.DESCENDING) {
      out.append("  classDef ").append(s.label()).append(" fill:").append(Styles.fill(s))
          .append(",stroke:").append(Styles.stroke(s)).append(",stroke-width:3px\n");
    }
    out.append("  classDef outside stroke-dasharray:4 3\n");
    Map<String, List<String>> classes = new LinkedHashMap<>();
    for (Node n : d.nodes()) {
      d.severityOf(n.findings()).ifPresent(s ->
          classes.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(n.id()));
      if (n.kind() == Diagram.NodeKind.EXTERNAL || n.kind() == Diagram.NodeKind.GROUP) {
        classes.computeIfAbsent("outside", k -> new ArrayList<>()).add(n.id());
      }
    }
    classes.forEach((cls, ids) ->
        out.append("  class ").append(String.join(",", ids)).append(' ').append(cls)
            .append('\n'));
    linkStyles.forEach((style, idx) -> out.append("  linkStyle ")
        .append(String.join(",", idx.stream().map(String::valueOf).toList())).append(' ')
        .append(style).append('\n'));
    return out.toString();
  }

  private static String node(Diagram d, Node n) {
    String text = "\"" + label(Styles.lines(d, n.lines(), n.findings())) + "\"";
    return n.id() + switch (n.kind()) {
      case TRANSIT_GATEWAY, VPN_GATEWAY, DX_GATEWAY -> "{{" + text + "}}";
      case CUSTOMER_GATEWAY, DX_CONNECTION -> "[/" + text + "/]";
      case APPLIANCE -> "[[" + text + "]]";
      case ENDPOINT_SERVICE -> "[(" + text + ")]";
      case INTERFACE_ENDPOINT, CLIENT_VPN -> "([" + text + "])";
      default -> "[" + text + "]";
    };
  }

  private static String arrow(Edge e) {
    return switch (e.kind()) {
      case PEERING, TGW_PEERING -> "<-->";
      case VPN -> "-.-";
      case DX_VIF, DX_ASSOCIATION -> "===";
      case APPLIANCE_ROUTE, ENDPOINT_SERVICE -> "-->";
      case ENDPOINT_SERVICE_CROSS_REGION -> "-.->";
      default -> "---";
    };
  }

  private static String label(List<String> lines) {
    return String.join("<br/>", lines.stream().map(MermaidWriter::escape).toList());
  }

  /** Mermaid entity codes for every character that could end or reinterpret a quoted label. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '#' -> out.append("#35;");
        case '"' -> out.append("#quot;");
        case '&' -> out.append("#amp;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '`' -> out.append("#96;");
        // Mermaid reads \n in a label as a line break
        case '\\' -> out.append("#92;");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
