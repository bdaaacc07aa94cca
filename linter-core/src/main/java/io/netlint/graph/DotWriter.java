package io.netlint.graph;

import io.netlint.graph.Diagram.Edge;
import io.netlint.graph.Diagram.Node;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a diagram in Graphviz DOT; regions and the on-premises side become clusters. */
public final class DotWriter {

  private DotWriter() {}

  public static String write(Diagram d) {
    StringBuilder out = new StringBuilder("digraph netlint {\n");
    out.append("  graph [rankdir=TB, fontname=\"Helvetica\", fontsize=11];\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"")
        .append(Styles.PLAIN_FILL).append("\", color=\"").append(Styles.PLAIN_STROKE)
        .append("\", fontname=\"Helvetica\", fontsize=10];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9, arrowhead=none];\n");
    Map<String, List<Node>> byCluster = new LinkedHashMap<>();
    for (Diagram.Cluster c : d.clusters()) byCluster.put(c.id(), new ArrayList<>());
    for (Node n : d.nodes()) {
      if (n.cluster().isEmpty()) out.append("  ").append(node(d, n)).append('\n');
      else byCluster.get(n.cluster().get()).add(n);
    }
    for (Diagram.Cluster c : d.clusters()) {
      out.append("  subgraph cluster_").append(c.id()).append(" {\n");
      out.append("    label=").append(quote(c.label())).append("; style=dashed; color=\"")
          .append(Styles.PLAIN_STROKE).append("\";\n");
      for (Node n : byCluster.get(c.id())) out.append("    ").append(node(d, n)).append('\n');
      out.append("  }\n");
    }
    for (Edge e : d.edges()) {
      List<String> attrs = new ArrayList<>();
      List<String> lines = Styles.lines(d, e.lines(), e.findings());
      if (!lines.isEmpty()) attrs.add("label=" + quote(String.join("\n", lines)));
      switch (e.kind()) {
        case PEERING, TGW_PEERING -> attrs.add("dir=both, arrowhead=normal, arrowtail=normal");
        case VPN -> attrs.add("style=dashed");
        case DX_VIF, DX_ASSOCIATION -> attrs.add("penwidth=2");
        case APPLIANCE_ROUTE, ENDPOINT_SERVICE -> attrs.add("arrowhead=normal");
        case ENDPOINT_SERVICE_CROSS_REGION -> attrs.add("arrowhead=normal, style=dashed");
        default -> { }
      }
      Optional<Severity> s = d.severityOf(e.findings());
      if (s.isPresent()) {
        attrs.add("color=\"" + Styles.stroke(s.get()) + "\", fontcolor=\""
            + Styles.stroke(s.get()) + "\", penwidth=3");
      } else if (e.kind() == Diagram.EdgeKind.ENDPOINT_SERVICE_CROSS_REGION) {
        attrs.add("color=\"" + Styles.CROSS_REGION + "\", fontcolor=\"" + Styles.CROSS_REGION
            + "\"");
      }
      out.append("  ").append(e.from()).append(" -> ").append(e.to());
      if (!attrs.isEmpty()) out.append(" [").append(String.join(", ", attrs)).append(']');
      out.append(";\n");
    }
    List<Severity> severities = Styles.drawnSeverities(d);
    if (!severities.isEmpty()) {
      out.append("  subgraph cluster_legend {\n    label=\"Legend\";\n");
      for (Severity s : severities) {
        out.append("    legend_").append(s.label()).append(" [label=")
            .append(quote(s.label() + " finding")).append(", fillcolor=\"")
            .append(Styles.fill(s)).append("\", color=\"").append(Styles.stroke(s))
            .append("\", penwidth=3];\n");
      }
      out.append("    legend_rules [shape=note, label=")
          .append(quote(String.join("\n", Styles.ruleLines(d)))).append("];\n");
      out.append("  }\n");
    }
    out.append("}\n");
    return out.toString();
  }

  private static String node(Diagram d, Node n) {
    List<String> attrs = new ArrayList<>();
    attrs.add("label=" + quote(String.join("\n", Styles.lines(d, n.lines(), n.findings()))));
    switch (n.kind()) {
      case TRANSIT_GATEWAY, VPN_GATEWAY, DX_GATEWAY -> attrs.add("shape=hexagon");
      case CUSTOMER_GATEWAY, DX_CONNECTION -> attrs.add("shape=parallelogram");
      case APPLIANCE -> attrs.add("shape=box3d");
      case ENDPOINT_SERVICE -> attrs.add("shape=cylinder");
      case INTERFACE_ENDPOINT, CLIENT_VPN -> attrs.add("shape=ellipse");
      case EXTERNAL, GROUP -> attrs.add("style=\"rounded,filled,dashed\"");
      default -> { }
    }
    d.severityOf(n.findings()).ifPresent(s -> attrs.add("fillcolor=\"" + Styles.fill(s)
        + "\", color=\"" + Styles.stroke(s) + "\", penwidth=3"));
    return n.id() + " [" + String.join(", ", attrs) + "];";
  }

  /** A DOT string: backslashes and quotes escaped, so no escape sequence of the input survives. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> { }
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
