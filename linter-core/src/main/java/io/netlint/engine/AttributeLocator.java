package io.netlint.engine;

import io.netlint.model.Element;
import io.netlint.model.SourceRef;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an attribute of a Terraform plan resource is written: the key under the resource's
 * {@code values}. A finding placed there says which attribute it concerns, which the mapping to
 * {@code .tf} sources reads back. Other inputs keep the element's own location.
 */
final class AttributeLocator {

  private final Map<String, ParsedInput> plans = new HashMap<>();
  /** Built on first use; rules that run in parallel share it. */
  private final Map<String, Map<Position, MapNode>> indexes = new ConcurrentHashMap<>();

  AttributeLocator(List<ParsedInput> plans) {
    for (ParsedInput p : plans) this.plans.put(p.file(), p);
  }

  /** @param name the attribute in camelCase, {@code cidrBlock} for the plan's cidr_block */
  SourceRef locate(Element element, String name) {
    SourceRef at = element.source();
    ParsedInput plan = plans.get(at.file());
    if (plan == null) return at;
    MapNode values = indexes.computeIfAbsent(at.file(), f -> index(plan.root()))
        .get(new Position(at.line(), at.column()));
    String key = snakeCase(name);
    if (values == null || !values.has(key)) return at;
    Position p = values.keyPosition(key);
    return new SourceRef(at.file(), p.line(), p.column(), at.resource());
  }

  /** Resource values by the position of the resource's "address" key, where elements point. */
  private static Map<Position, MapNode> index(Node root) {
    Map<Position, MapNode> out = new HashMap<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node node, Map<Position, MapNode> out) {
    if (node instanceof MapNode map) {
      MapNode values = map.get("values") instanceof MapNode v ? v
          : map.get("change") instanceof MapNode c && c.get("after") instanceof MapNode a ? a
          : null;
      if (map.text("address") != null && values != null) {
        out.putIfAbsent(map.keyPosition("address"), values);
        return;
      }
      for (MapNode.Entry e : map.entries().values()) collect(e.value(), out);
    } else if (node instanceof ListNode list) {
      for (Node item : list.items()) collect(item, out);
    }
  }

  static String snakeCase(String camel) {
    StringBuilder sb = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) sb.append('_').append(Character.toLowerCase(c));
      else sb.append(c);
    }
    return sb.toString();
  }
}
