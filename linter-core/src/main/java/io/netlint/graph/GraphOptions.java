package io.netlint.graph;

/**
 * What a diagram shows.
 *
 * @param subnets draw subnets as nodes of their own
 * @param findingsOnly keep only the elements with findings and their direct neighbours
 * @param collapseAbove when the diagram has more nodes than this, VPCs without findings that hang
 *     off a transit gateway (or off nothing at all) are folded into one group node each
 */
public record GraphOptions(boolean subnets, boolean findingsOnly, int collapseAbove) {

  /** Beyond about this many nodes a layered drawing stops being readable on one screen. */
  public static final int DEFAULT_COLLAPSE_ABOVE = 60;

  public static GraphOptions defaults() {
    return new GraphOptions(false, false, DEFAULT_COLLAPSE_ABOVE);
  }

  public GraphOptions withSubnets(boolean s) {
    return new GraphOptions(s, findingsOnly, collapseAbove);
  }

  public GraphOptions withFindingsOnly(boolean f) {
    return new GraphOptions(subnets, f, collapseAbove);
  }

  public GraphOptions withCollapseAbove(int n) {
    return new GraphOptions(subnets, findingsOnly, n);
  }
}
