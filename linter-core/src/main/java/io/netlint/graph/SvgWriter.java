package io.netlint.graph;

import io.netlint.graph.Diagram.Edge;
import io.netlint.graph.Diagram.EdgeKind;
import io.netlint.graph.Diagram.Node;
import io.netlint.graph.Layout.Box;
import io.netlint.graph.Layout.Point;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws a laid-out diagram as SVG with its own styles and nothing fetched from elsewhere: no
 * fonts, images or scripts, so it shows the same in a browser, a Markdown preview or offline.
 * Nodes and edges carry their finding indexes ({@code data-findings}) for the HTML report.
 */
public final class SvgWriter {

  private static final double LEGEND_GAP = 16;

  private SvgWriter() {}

  /** The label lines of nodes and edges: the diagram's, plus severity and rule IDs. */
  static ElkLayout.Labels labels(Diagram d) {
    return new ElkLayout.Labels() {
      @Override
      public List<String> node(Node n) { return wrap(Styles.lines(d, n.lines(), n.findings())); }

      @Override
      public List<String> edge(Edge e) { return wrap(Styles.lines(d, e.lines(), e.findings())); }
    };
  }

  static final int WRAP_AT = 44;

  /**
   * Long lines (Terraform module addresses) broken after a separator, so that one long name
   * does not make a box as wide as a screen.
   */
  static List<String> wrap(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String rest = line;
      while (rest.length() > WRAP_AT) {
        int cut = -1;
        for (int i = WRAP_AT; i >= WRAP_AT / 2; i--) {
          char c = rest.charAt(i - 1);
          if (c == '.' || c == ' ' || c == ',' || c == ']' || c == '/' || c == '_') {
            cut = i;
            break;
          }
        }
        if (cut < 0) cut = WRAP_AT;
        out.add(rest.substring(0, cut).stripTrailing());
        rest = rest.substring(cut).stripLeading();
      }
      out.add(rest);
    }
    return out;
  }

  /** Lays the diagram out and draws it as a standalone SVG document. */
  public static String write(Diagram d) {
    return write(d, ElkLayout.layout(d, labels(d)), true);
  }

  /**
   * @param standalone true for an SVG file (XML declaration, namespace); false for an
   *     {@code <svg>} element inside HTML
   */
  static String write(Diagram d, Layout layout, boolean standalone) {
    List<String> legend = legendLines(d);
    double legendHeight = legend.isEmpty() ? 0 : legendHeight(d) + LEGEND_GAP;
    double width = Math.max(layout.width(), legendWidth(d) + 40);
    double height = layout.height() + legendHeight;
    StringBuilder out = new StringBuilder();
    if (standalone) out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<svg");
    if (standalone) out.append(" xmlns=\"http://www.w3.org/2000/svg\"");
    out.append(" class=\"netlint-graph\" width=\"").append(num(width)).append("\" height=\"")
        .append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
        .append(num(height)).append("\" role=\"img\" aria-label=\"network diagram\">\n");
    out.append("<style>\n").append(css()).append("</style>\n");
    out.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
        + " markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\""
        + " orient=\"auto-start-reverse\">"
        + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#57606a\"/></marker></defs>\n");
    out.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(num(width))
        .append("\" height=\"").append(num(height)).append("\"/>\n");
    out.append("<g class=\"clusters\">\n");
    for (Diagram.Cluster c : d.clusters()) {
      Box b = layout.clusters().get(c.id());
      out.append("<g class=\"cluster\" id=\"g-").append(c.id()).append("\">")
          .append(rect(b, 6)).append("<text class=\"cluster-title\" x=\"")
          .append(num(b.x() + 10)).append("\" y=\"").append(num(b.y() + 16)).append("\">")
          .append(xml(c.label())).append("</text></g>\n");
    }
    out.append("</g>\n<g class=\"edges\">\n");
    for (Edge e : d.edges()) edge(out, d, e, layout.edges().get(e.id()));
    out.append("</g>\n<g class=\"nodes\">\n");
    for (Node n : d.nodes()) node(out, d, n, layout.nodes().get(n.id()));
    out.append("</g>\n");
    if (!legend.isEmpty()) legend(out, d, 20, layout.height() + LEGEND_GAP / 2);
    out.append("</svg>\n");
    return out.toString();
  }

  private static void node(StringBuilder out, Diagram d, Node n, Box b) {
    Optional<Severity> s = d.severityOf(n.findings());
    out.append("<g class=\"node kind-").append(css(n.kind().name()))
        .append(s.map(sev -> " sev-" + sev.label()).orElse("")).append("\" id=\"g-")
        .append(n.id()).append("\" data-findings=\"").append(indexes(n.findings()))
        .append("\"><title>").append(xml(n.kind().label() + ": " + n.lines().get(0)))
        .append("</title>");
    double radius = switch (n.kind()) {
      case TRANSIT_GATEWAY, VPN_GATEWAY, DX_GATEWAY -> b.height() / 2;
      case INTERFACE_ENDPOINT, CLIENT_VPN, ENDPOINT_SERVICE -> 12;
      default -> 3;
    };
    out.append(rect(b, radius));
    List<String> lines = labels(d).node(n);
    text(out, lines, b.x() + ElkLayout.NODE_PADDING, b.y() + ElkLayout.NODE_PADDING,
        s.isPresent());
    out.append("</g>\n");
  }

  private static void edge(StringBuilder out, Diagram d, Edge e, Layout.Route r) {
    Optional<Severity> s = d.severityOf(e.findings());
    out.append("<g class=\"edge kind-").append(css(e.kind().name()))
        .append(s.map(sev -> " sev-" + sev.label()).orElse("")).append("\" id=\"g-")
        .append(e.id()).append("\" data-findings=\"").append(indexes(e.findings()))
        .append("\"><title>").append(xml(e.kind().label()
            + (e.lines().isEmpty() ? "" : ": " + e.lines().get(0)))).append("</title>");
    StringBuilder path = new StringBuilder();
    for (Point p : r.points()) {
      path.append(path.length() == 0 ? "M" : " L").append(num(p.x())).append(',')
          .append(num(p.y()));
    }
    out.append("<path d=\"").append(path).append('"');
    if (ARROW_END.contains(e.kind())) out.append(" marker-end=\"url(#arrow)\"");
    if (e.kind() == EdgeKind.PEERING || e.kind() == EdgeKind.TGW_PEERING) {
      out.append(" marker-start=\"url(#arrow)\" marker-end=\"url(#arrow)\"");
    }
    out.append("/>");
    List<String> lines = labels(d).edge(e);
    for (Box b : r.labels()) {
      out.append("<rect class=\"label-bg\" x=\"").append(num(b.x())).append("\" y=\"")
          .append(num(b.y())).append("\" width=\"").append(num(b.width()))
          .append("\" height=\"").append(num(b.height())).append("\"/>");
      text(out, lines, b.x() + 2, b.y() + 1, s.isPresent());
    }
    out.append("</g>\n");
  }

  private static final Set<EdgeKind> ARROW_END = EnumSet.of(EdgeKind.APPLIANCE_ROUTE,
      EdgeKind.ENDPOINT_SERVICE, EdgeKind.ENDPOINT_SERVICE_CROSS_REGION);

  /** Lines of text from the top left; with findings, the last line is the rule line. */
  private static void text(StringBuilder out, List<String> lines, double x, double top,
      boolean lastIsFindings) {
    out.append("<text>");
    for (int i = 0; i < lines.size(); i++) {
      String cls = i == 0 ? "name" : lastIsFindings && i == lines.size() - 1 ? "rules" : null;
      out.append("<tspan x=\"").append(num(x)).append("\" y=\"")
          .append(num(top + ElkLayout.LINE_HEIGHT * (i + 1) - 3)).append('"');
      if (cls != null) out.append(" class=\"").append(cls).append('"');
      out.append('>').append(xml(lines.get(i))).append("</tspan>");
    }
    out.append("</text>");
  }

  // ---- legend

  private static List<String> legendLines(Diagram d) {
    List<String> lines = new ArrayList<>();
    for (Severity s : Styles.drawnSeverities(d)) lines.add(severityText(s));
    lines.addAll(Styles.ruleLines(d));
    for (EdgeKind k : drawnEdgeKinds(d)) lines.add(k.label());
    return lines;
  }

  private static String severityText(Severity s) {
    return s.label() + " finding: outlined, with its rule IDs";
  }

  private static List<EdgeKind> drawnEdgeKinds(Diagram d) {
    Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
    for (Edge e : d.edges()) kinds.add(e.kind());
    return List.copyOf(kinds);
  }

  private static double legendHeight(Diagram d) {
    int rows = Styles.drawnSeverities(d).size() + Styles.ruleLines(d).size()
        + drawnEdgeKinds(d).size();
    return ElkLayout.LINE_HEIGHT * 2 + rows * (ElkLayout.LINE_HEIGHT + 4) + 8;
  }

  private static double legendWidth(Diagram d) {
    return 60 + ElkLayout.textWidth(legendLines(d));
  }

  private static void legend(StringBuilder out, Diagram d, double x, double y) {
    double step = ElkLayout.LINE_HEIGHT + 4;
    out.append("<g class=\"legend\">");
    out.append("<rect class=\"legend-box\" x=\"").append(num(x - 8)).append("\" y=\"")
        .append(num(y)).append("\" width=\"").append(num(legendWidth(d)))
        .append("\" height=\"").append(num(legendHeight(d))).append("\"/>");
    double row = y + ElkLayout.LINE_HEIGHT + 4;
    out.append("<text class=\"cluster-title\" x=\"").append(num(x)).append("\" y=\"")
        .append(num(row)).append("\">Legend</text>");
    row += step;
    for (Severity s : Styles.drawnSeverities(d)) {
      out.append("<g class=\"node sev-").append(s.label()).append("\"><rect x=\"")
          .append(num(x)).append("\" y=\"").append(num(row - 11)).append("\" width=\"28\""
              + " height=\"14\" rx=\"3\"/></g><text x=\"").append(num(x + 40))
          .append("\" y=\"").append(num(row)).append("\">").append(severityText(s))
          .append("</text>");
      row += step;
    }
    for (String rule : Styles.ruleLines(d)) {
      out.append("<text x=\"").append(num(x + 40)).append("\" y=\"").append(num(row))
          .append("\">").append(xml(rule)).append("</text>");
      row += step;
    }
    for (EdgeKind k : drawnEdgeKinds(d)) {
      out.append("<g class=\"edge kind-").append(css(k.name())).append("\"><path d=\"M")
          .append(num(x)).append(',').append(num(row - 4)).append(" L").append(num(x + 28))
          .append(',').append(num(row - 4)).append("\"/></g><text x=\"").append(num(x + 40))
          .append("\" y=\"").append(num(row)).append("\">").append(xml(k.label()))
          .append("</text>");
      row += step;
    }
    out.append("</g>\n");
  }

  // ---- styles and text

  private static String css() {
    StringBuilder css = new StringBuilder();
    css.append(".netlint-graph{font-family:ui-monospace,Menlo,Consolas,'DejaVu Sans Mono',"
        + "monospace;font-size:").append(num(ElkLayout.FONT_SIZE)).append("px}\n");
    css.append(".netlint-graph .background{fill:#ffffff}\n");
    css.append(".netlint-graph text{fill:#1f2328}\n");
    css.append(".netlint-graph .name{font-weight:bold}\n");
    css.append(".netlint-graph .cluster rect{fill:#f6f8fa;stroke:#8c959f;stroke-dasharray:6 4}\n");
    css.append(".netlint-graph .cluster-title{font-weight:bold;fill:#57606a}\n");
    css.append(".netlint-graph .node rect{fill:#ffffff;stroke:").append(Styles.PLAIN_STROKE)
        .append(";stroke-width:1.5}\n");
    css.append(".netlint-graph .kind-transit_gateway rect,.netlint-graph .kind-vpn_gateway rect,"
        + ".netlint-graph .kind-dx_gateway rect{fill:#eef1f4}\n");
    css.append(".netlint-graph .kind-customer_gateway rect,.netlint-graph .kind-dx_connection"
        + " rect{fill:#f0ebff}\n");
    css.append(".netlint-graph .kind-external rect,.netlint-graph .kind-group rect"
        + "{stroke-dasharray:5 3}\n");
    css.append(".netlint-graph .edge path{fill:none;stroke:").append(Styles.PLAIN_STROKE)
        .append(";stroke-width:1.5}\n");
    css.append(".netlint-graph .kind-vpn path{stroke-dasharray:6 4}\n");
    css.append(".netlint-graph .kind-dx_vif path,.netlint-graph .kind-dx_association path"
        + "{stroke-width:3}\n");
    css.append(".netlint-graph .kind-endpoint_service_cross_region path{stroke:")
        .append(Styles.CROSS_REGION).append(";stroke-dasharray:3 3;stroke-width:2}\n");
    css.append(".netlint-graph .label-bg{fill:#ffffff;fill-opacity:0.85}\n");
    for (Severity s : Styles.DESCENDING) {
      String sev = ".netlint-graph .sev-" + s.label();
      css.append(".netlint-graph .node.sev-").append(s.label()).append(" rect{fill:")
          .append(Styles.fill(s)).append(";stroke:")
          .append(Styles.stroke(s)).append(";stroke-width:3}\n");
      css.append(sev).append(" path{stroke:").append(Styles.stroke(s))
          .append(";stroke-width:3}\n");
      css.append(sev).append(" .label-bg{fill:").append(Styles.fill(s)).append("}\n");
      css.append(sev).append(" .rules{fill:").append(Styles.stroke(s))
          .append(";font-weight:bold}\n");
    }
    css.append(".netlint-graph .legend-box{fill:#ffffff;stroke:#d0d7de}\n");
    return css.toString();
  }

  private static String indexes(List<Integer> findings) {
    return findings.stream().map(String::valueOf).collect(Collectors.joining(" "));
  }

  private static String rect(Box b, double radius) {
    return "<rect x=\"" + num(b.x()) + "\" y=\"" + num(b.y()) + "\" width=\"" + num(b.width())
        + "\" height=\"" + num(b.height()) + "\" rx=\"" + num(radius) + "\"/>";
  }

  /** A CSS class name of an enum constant. */
  private static String css(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** At most one decimal, no exponent, no locale: the same bytes on every machine. */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    tenths = Math.abs(tenths);
    return sign + (tenths / 10) + (tenths % 10 == 0 ? "" : "." + (tenths % 10));
  }

  static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // characters XML 1.0 does not allow are left out
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.append(c);
        }
      }
    }
    return out.toString();
  }
}
