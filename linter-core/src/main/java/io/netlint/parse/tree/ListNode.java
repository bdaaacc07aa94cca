package io.netlint.parse.tree;

import java.util.List;

public record ListNode(Position position, List<Node> items) implements Node {
  public ListNode {
    items = List.copyOf(items);
  }

  public int size() { return items.size(); }

  public Node get(int i) { return items.get(i); }
}
