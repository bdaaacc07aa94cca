package io.netlint.graph;

import java.util.List;
import java.util.Map;

/**
 * Where everything of a {@link Diagram} is drawn, in absolute pixels from the top left.
 *
 * @param nodes node id to its box
 * @param clusters cluster id to its box
 * @param edges edge id to its route and label boxes
 */
public record Layout(double width, double height, Map<String, Box> nodes,
    Map<String, Box> clusters, Map<String, Route> edges) {

  public Layout {
    nodes = Map.copyOf(nodes);
    clusters = Map.copyOf(clusters);
    edges = Map.copyOf(edges);
  }

  public record Box(double x, double y, double width, double height) {}

  public record Point(double x, double y) {}

  /** An edge's path from start to end, and where its label goes. */
  public record Route(List<Point> points, List<Box> labels) {
    public Route {
      points = List.copyOf(points);
      labels = List.copyOf(labels);
    }
  }
}
