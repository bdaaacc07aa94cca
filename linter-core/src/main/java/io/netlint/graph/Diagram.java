package io.netlint.graph;

import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A drawing of the network: nodes (VPCs, gateways, on-premises devices, appliances, endpoints)
 * grouped in clusters (region, account, on-premises), edges between them, and the findings
 * placed on both. Every writer draws the same diagram, so Mermaid, DOT, SVG and HTML agree.
 *
 * @param findings every finding of the run, in report order; nodes and edges refer to them by
 *     index
 * @param placement for each finding (by index), the ids of the nodes and edges it is drawn on;
 *     empty when none of its elements is in the diagram
 * @param ruleNames rule ID to rule name, for the legend
 * @param collapsed how many VPCs were folded into group nodes
 */
public record Diagram(List<Cluster> clusters, List<Node> nodes, List<Edge> edges,
    List<Finding> findings, List<List<String>> placement, Map<String, String> ruleNames,
    int collapsed) {

  public Diagram {
    clusters = List.copyOf(clusters);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    findings = List.copyOf(findings);
    placement = placement.stream().map(List::copyOf).toList();
    ruleNames = Map.copyOf(ruleNames);
  }

  /** A box around nodes: a region (with its account when known) or the on-premises side. */
  public record Cluster(String id, String label) {}

  public enum NodeKind {
    VPC("VPC"), SUBNET("subnet"), TRANSIT_GATEWAY("transit gateway"),
    VPN_GATEWAY("VPN gateway"), DX_GATEWAY("Direct Connect gateway"),
    DX_CONNECTION("Direct Connect connection"), CUSTOMER_GATEWAY("customer gateway"),
    APPLIANCE("appliance"), ENDPOINT_SERVICE("endpoint service"),
    INTERFACE_ENDPOINT("interface endpoint"), CLIENT_VPN("Client VPN endpoint"),
    EXTERNAL("outside the inputs"), GROUP("group without findings");

    private final String label;

    NodeKind(String label) { this.label = label; }

    public String label() { return label; }
  }

  public enum EdgeKind {
    PEERING("peering"), TGW_ATTACHMENT("transit gateway attachment"),
    TGW_PEERING("transit gateway peering"), VGW_ATTACHMENT("VPN gateway attachment"),
    VPN("VPN connection"), DX_VIF("Direct Connect virtual interface"),
    DX_ASSOCIATION("Direct Connect gateway association"),
    APPLIANCE_ROUTE("routes through an appliance"), ENDPOINT_IN_VPC("endpoint in its VPC"),
    ENDPOINT_SERVICE("endpoint to its service"),
    ENDPOINT_SERVICE_CROSS_REGION("endpoint to a service of another region"),
    CLIENT_VPN("Client VPN into its VPC"), SUBNET("subnet of its VPC");

    private final String label;

    EdgeKind(String label) { this.label = label; }

    public String label() { return label; }
  }

  /**
   * @param id unique in the diagram, usable as a Mermaid, DOT and HTML identifier
   * @param lines the label, one entry per line; the first names the element
   * @param cluster the id of the cluster it is drawn in, or empty
   * @param elements the model keys it stands for
   * @param findings indexes into {@link Diagram#findings}
   */
  public record Node(String id, NodeKind kind, List<String> lines, Optional<String> cluster,
      List<String> elements, List<Integer> findings) {
    public Node {
      lines = List.copyOf(lines);
      elements = List.copyOf(elements);
      findings = List.copyOf(findings);
    }
  }

  /** An edge; {@code from} and {@code to} are node ids. */
  public record Edge(String id, EdgeKind kind, String from, String to, List<String> lines,
      List<String> elements, List<Integer> findings) {
    public Edge {
      lines = List.copyOf(lines);
      elements = List.copyOf(elements);
      findings = List.copyOf(findings);
    }
  }

  /** The most severe finding among these, if any. */
  public Optional<Severity> severityOf(List<Integer> findingIndexes) {
    return findingIndexes.stream().map(i -> findings.get(i).severity())
        .max(Enum::compareTo);
  }

  /** The distinct rule IDs of these findings, sorted. */
  public List<String> rulesOf(List<Integer> findingIndexes) {
    return findingIndexes.stream().map(i -> findings.get(i).ruleId()).distinct().sorted()
        .toList();
  }

  /** The distinct rule IDs of every finding placed on the diagram, sorted. */
  public List<String> drawnRules() {
    return java.util.stream.Stream.concat(nodes.stream().flatMap(n -> n.findings().stream()),
            edges.stream().flatMap(e -> e.findings().stream()))
        .map(i -> findings.get(i).ruleId()).distinct().sorted().toList();
  }
}
