package io.netlint.tfsource;

import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the mapping reads from a plan: the module calls of its {@code configuration} with their
 * {@code source}, and which attribute of which resource a plan position lies in.
 */
final class PlanConfiguration {

  /** A {@code module} call; {@code calls} are the calls its module makes. */
  record ModuleCall(String name, String source, Map<String, ModuleCall> calls) {

    /** A module in a directory of the same checkout: {@code ./x}, {@code ../x}. */
    boolean local() {
      return source != null && (source.startsWith("./") || source.startsWith("../")
          || source.startsWith(".\\") || source.startsWith("..\\"));
    }
  }

  /** A top-level attribute of one resource's values. */
  private record Attribute(String address, String name) {}

  private final MapNode root;
  private final Map<String, ModuleCall> rootCalls;
  private Map<Position, Attribute> attributes;

  PlanConfiguration(Node root) {
    this.root = root instanceof MapNode m ? m : null;
    this.rootCalls = this.root != null
        && this.root.get("configuration") instanceof MapNode config
        && config.get("root_module") instanceof MapNode module ? calls(module) : Map.of();
  }

  Map<String, ModuleCall> rootCalls() { return rootCalls; }

  private static Map<String, ModuleCall> calls(MapNode module) {
    Map<String, ModuleCall> out = new LinkedHashMap<>();
    if (module.get("module_calls") instanceof MapNode calls) {
      for (MapNode.Entry e : calls.entries().values()) {
        if (!(e.value() instanceof MapNode call)) continue;
        Map<String, ModuleCall> children = call.get("module") instanceof MapNode m
            ? calls(m) : Map.of();
        out.put(e.key(), new ModuleCall(e.key(), call.text("source"), children));
      }
    }
    return out;
  }

  /**
   * The attribute of {@code address} whose key or value is written at {@code at}: a finding
   * located there concerns that attribute. Empty for the resource's own position.
   */
  Optional<String> attributeAt(String address, Position at) {
    if (root == null) return Optional.empty();
    if (attributes == null) {
      attributes = new HashMap<>();
      index(root);
    }
    Attribute a = attributes.get(at);
    return a != null && a.address().equals(address) ? Optional.of(a.name()) : Optional.empty();
  }

  // Resources are objects with an "address" and their "values" (planned_values, prior_state) or
  // a "change" with "after" (resource_changes).
  private void index(Node node) {
    if (node instanceof MapNode map) {
      String address = map.text("address");
      MapNode values = map.get("values") instanceof MapNode v ? v
          : map.get("change") instanceof MapNode c && c.get("after") instanceof MapNode a ? a
          : null;
      if (address != null && values != null) {
        for (MapNode.Entry e : values.entries().values()) {
          Attribute attribute = new Attribute(address, e.key());
          attributes.putIfAbsent(e.keyPosition(), attribute);
          mark(e.value(), attribute);
        }
        return;
      }
      for (MapNode.Entry e : map.entries().values()) index(e.value());
    } else if (node instanceof ListNode list) {
      for (Node item : list.items()) index(item);
    }
  }

  private void mark(Node node, Attribute attribute) {
    attributes.putIfAbsent(node.position(), attribute);
    if (node instanceof MapNode map) {
      for (MapNode.Entry e : map.entries().values()) {
        attributes.putIfAbsent(e.keyPosition(), attribute);
        mark(e.value(), attribute);
      }
    } else if (node instanceof ListNode list) {
      for (Node item : list.items()) mark(item, attribute);
    }
  }
}
