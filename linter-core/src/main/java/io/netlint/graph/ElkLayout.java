package io.netlint.graph;

import io.netlint.graph.Diagram.Edge;
import io.netlint.graph.Diagram.Node;
import io.netlint.graph.Layout.Box;
import io.netlint.graph.Layout.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a diagram out with the Eclipse Layout Kernel's layered algorithm, top to bottom (left to
 * right beyond {@value #TOP_DOWN_UP_TO} nodes), with clusters as boxes around their nodes. ELK is
 * loaded only here, when an SVG or HTML diagram is drawn, so linting never pays for it. The
 * layout is deterministic: ELK's layered algorithm is given a fixed random seed and the nodes and
 * edges always in the diagram's order.
 */
public final class ElkLayout {

  /** Text is set in a monospace font, so its width follows from its length. */
  static final double FONT_SIZE = 11;
  static final double CHAR_WIDTH = FONT_SIZE * 0.6;
  static final double LINE_HEIGHT = 14;
  static final double NODE_PADDING = 8;
  static final double CLUSTER_TITLE = 22;
  static final int TOP_DOWN_UP_TO = 40;

  private static boolean registered;

  private ElkLayout() {}

  private static synchronized void register() {
    if (registered) return;
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    registered = true;
  }

  /** The label lines of every node and edge, as the SVG draws them. */
  public interface Labels {
    List<String> node(Node n);

    List<String> edge(Edge e);
  }

  public static Layout layout(Diagram d, Labels labels) {
    register();
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    // A small network reads top down; a large one runs left to right, so that the many VPCs of
    // one gateway stack in a column instead of a row thousands of pixels wide.
    root.setProperty(CoreOptions.DIRECTION,
        d.nodes().size() > TOP_DOWN_UP_TO ? Direction.RIGHT : Direction.DOWN);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
    root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);

    Map<String, ElkNode> clusters = new HashMap<>();
    for (Diagram.Cluster c : d.clusters()) {
      ElkNode cn = ElkGraphUtil.createNode(root);
      cn.setIdentifier(c.id());
      cn.setProperty(CoreOptions.PADDING, new ElkPadding(CLUSTER_TITLE + 8, 14, 14, 14));
      cn.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
          new org.eclipse.elk.core.math.KVector(c.label().length() * CHAR_WIDTH + 28, 40));
      cn.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS,
          java.util.EnumSet.of(org.eclipse.elk.core.options.SizeConstraint.MINIMUM_SIZE));
      clusters.put(c.id(), cn);
    }
    Map<String, ElkNode> nodes = new HashMap<>();
    for (Node n : d.nodes()) {
      ElkNode parent = n.cluster().map(clusters::get).orElse(root);
      ElkNode en = ElkGraphUtil.createNode(parent);
      en.setIdentifier(n.id());
      List<String> lines = labels.node(n);
      en.setDimensions(textWidth(lines) + 2 * NODE_PADDING,
          lines.size() * LINE_HEIGHT + 2 * NODE_PADDING);
      nodes.put(n.id(), en);
    }
    Map<String, ElkEdge> edges = new HashMap<>();
    for (Edge e : d.edges()) {
      ElkEdge ee = ElkGraphUtil.createSimpleEdge(nodes.get(e.from()), nodes.get(e.to()));
      ee.setIdentifier(e.id());
      List<String> lines = labels.edge(e);
      if (!lines.isEmpty()) {
        ElkLabel l = ElkGraphUtil.createLabel(String.join("\n", lines), ee);
        l.setDimensions(textWidth(lines) + 4, lines.size() * LINE_HEIGHT + 2);
        l.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      }
      edges.put(e.id(), ee);
    }

    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    Map<String, Box> nodeBoxes = new HashMap<>();
    for (Map.Entry<String, ElkNode> e : nodes.entrySet()) {
      nodeBoxes.put(e.getKey(), box(e.getValue()));
    }
    Map<String, Box> clusterBoxes = new HashMap<>();
    for (Map.Entry<String, ElkNode> e : clusters.entrySet()) {
      clusterBoxes.put(e.getKey(), box(e.getValue()));
    }
    Map<String, Layout.Route> routes = new HashMap<>();
    for (Map.Entry<String, ElkEdge> entry : edges.entrySet()) {
      ElkEdge ee = entry.getValue();
      // edge coordinates are relative to the node that contains the edge
      Point offset = origin(ee.getContainingNode());
      List<Point> points = new ArrayList<>();
      for (ElkEdgeSection s : ee.getSections()) {
        points.add(new Point(offset.x() + s.getStartX(), offset.y() + s.getStartY()));
        for (ElkBendPoint b : s.getBendPoints()) {
          points.add(new Point(offset.x() + b.getX(), offset.y() + b.getY()));
        }
        points.add(new Point(offset.x() + s.getEndX(), offset.y() + s.getEndY()));
      }
      List<Box> labelBoxes = new ArrayList<>();
      for (ElkLabel l : ee.getLabels()) {
        labelBoxes.add(new Box(offset.x() + l.getX(), offset.y() + l.getY(), l.getWidth(),
            l.getHeight()));
      }
      routes.put(entry.getKey(), new Layout.Route(points, labelBoxes));
    }
    return new Layout(root.getWidth(), root.getHeight(), nodeBoxes, clusterBoxes, routes);
  }

  static double textWidth(List<String> lines) {
    int longest = 0;
    for (String l : lines) longest = Math.max(longest, l.codePointCount(0, l.length()));
    return longest * CHAR_WIDTH;
  }

  private static Box box(ElkNode n) {
    Point o = origin(n);
    return new Box(o.x(), o.y(), n.getWidth(), n.getHeight());
  }

  /** The absolute position of a node's top left corner (of the root: 0, 0). */
  private static Point origin(ElkNode n) {
    double x = 0;
    double y = 0;
    for (ElkNode p = n; p != null && p.getParent() != null; p = p.getParent()) {
      x += p.getX();
      y += p.getY();
    }
    return new Point(x, y);
  }
}
