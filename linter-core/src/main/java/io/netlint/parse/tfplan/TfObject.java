package io.netlint.parse.tfplan;

import io.netlint.model.Value;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import io.netlint.parse.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * An object of planned values with its {@code after_unknown} mask (DOMAIN A.5): an attribute is
 * known when present and set, unknown when the mask marks it, otherwise not set. {@code null} and
 * {@code ""} count as not set, because SDKv2 writes unset nested strings as {@code ""}. A value
 * of an unexpected shape is unknown and reported once.
 */
final class TfObject {

  static final String AFTER_APPLY = "known after apply";

  private final MapNode values;
  private final Node mask;
  /**
   * True when a change's {@code after_unknown} covers this object, so a missing attribute is
   * known to be unset; without one (a state, a trimmed plan) it may be unknown.
   */
  private final boolean masked;
  private final TfIssues issues;

  /**
   * @param mask the {@code after_unknown} of the resource change, or null without one
   * @param issues where shape problems go; null to ignore them
   */
  TfObject(MapNode values, Node mask, TfIssues issues) {
    this(values, mask, mask != null, issues);
  }

  private TfObject(MapNode values, Node mask, boolean masked, TfIssues issues) {
    this.values = values;
    this.mask = mask;
    this.masked = masked;
    this.issues = issues;
  }

  static TfObject empty(Position at) {
    return new TfObject(MapNode.of(at, List.of()), null, null);
  }

  MapNode values() { return values; }

  Position position() { return values.position(); }

  /** True when the attribute may be unknown: marked so, or missing where no mask tells. */
  boolean maybeUnknown(String name) {
    return unknown(name) || (!masked && !values.has(name));
  }

  /** The value node; null when missing or JSON null. */
  Node node(String name) {
    Node n = values.get(name);
    return n instanceof ScalarNode s && s.isNull() ? null : n;
  }

  /** True when the whole attribute is unknown (not just some of its elements). */
  boolean unknown(String name) {
    return isTrue(maskOf(name));
  }

  /** The mask for one attribute: true, a nested mask, or null. */
  Node maskOf(String name) {
    if (isTrue(mask)) return mask;
    return mask instanceof MapNode m ? m.get(name) : null;
  }

  /** Known, non-empty scalar text; null otherwise. */
  String text(String name) {
    return node(name) instanceof ScalarNode s ? setText(s) : null;
  }

  /**
   * True (and reported) when the attribute holds a list or object where a single value belongs.
   */
  boolean malformed(String name) {
    Node n = node(name);
    if (n == null || n instanceof ScalarNode) return false;
    report(n, "'" + name + "' should be a single value, not "
        + (n instanceof ListNode ? "a list" : "an object"));
    return true;
  }

  Value<String> string(String name) {
    String t = text(name);
    if (t != null) return Value.known(t);
    if (malformed(name)) return Value.unknown("'" + name + "' is not a single value");
    return unknown(name) ? Value.unknown(AFTER_APPLY) : Value.absent();
  }

  Value<Boolean> bool(String name) {
    Node n = node(name);
    if (n instanceof ScalarNode s && s.text() != null) {
      String t = s.text().trim();
      if (t.equalsIgnoreCase("true")) return Value.known(true);
      if (t.equalsIgnoreCase("false")) return Value.known(false);
      report(s, "'" + name + "' should be true or false, not '" + t + "'");
      return Value.unknown("'" + name + "' is '" + t + "'");
    }
    if (malformed(name)) return Value.unknown("'" + name + "' is not a single value");
    return unknown(name) ? Value.unknown(AFTER_APPLY) : Value.absent();
  }

  /** A number written as a JSON number or a numeric string. */
  Value<Long> number(String name) {
    String t = text(name);
    if (t == null) {
      if (malformed(name)) return Value.unknown("'" + name + "' is not a single value");
      return unknown(name) ? Value.unknown(AFTER_APPLY) : Value.absent();
    }
    try {
      return Value.known(new java.math.BigDecimal(t.trim()).longValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      report(node(name), "'" + name + "' should be a whole number, not '" + t + "'");
      return Value.unknown("'" + name + "' is not a whole number: '" + t + "'");
    }
  }

  Value<Integer> integer(String name) {
    Value<Long> v = number(name);
    if (!v.isKnown()) return v.map(Long::intValue);
    long l = v.get();
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      report(node(name), "'" + name + "' is out of range: " + l);
      return Value.unknown("'" + name + "' is out of range");
    }
    return Value.known((int) l);
  }

  /** Nested block instances (a list of objects, or one object) with their masks. */
  List<TfObject> blocks(String name) {
    Node n = node(name);
    Node m = maskOf(name);
    List<TfObject> out = new ArrayList<>();
    if (n instanceof MapNode map) {
      out.add(new TfObject(map, m, masked, issues));
    } else if (n instanceof ListNode list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof MapNode map) {
          out.add(new TfObject(map, elementMask(m, i), masked, issues));
        } else if (!(list.get(i) instanceof ScalarNode s && s.isNull())) {
          report(list.get(i), "an element of '" + name + "' should be an object");
        }
      }
    } else if (n != null && setText((ScalarNode) n) != null) {
      report(n, "'" + name + "' should be a list of objects");
    }
    return out;
  }

  /** The items of a list or set of scalars; unknown items have null text. */
  List<Item> items(String name) {
    Node n = node(name);
    Node m = maskOf(name);
    List<Item> out = new ArrayList<>();
    if (n instanceof ListNode list) {
      for (int i = 0; i < list.size(); i++) {
        Node item = list.get(i);
        String t = item instanceof ScalarNode s ? setText(s) : null;
        if (t == null && !(item instanceof ScalarNode)) {
          report(item, "an element of '" + name + "' should be a single value");
        }
        boolean unknown = isTrue(elementMask(m, i));
        if (t != null || unknown) out.add(new Item(t, item.position()));
      }
    } else if (n instanceof ScalarNode s && setText(s) != null) {
      out.add(new Item(setText(s), s.position())); // a single value where a list belongs
    } else if (n instanceof MapNode) {
      report(n, "'" + name + "' should be a list, not an object");
    }
    return out;
  }

  /** One item of a scalar list: known text, or null text when unknown. */
  record Item(String text, Position position) {}

  /** Map entries of a map attribute (e.g. alarm dimensions) with known text. */
  LinkedHashMap<String, Item> entries(String name) {
    LinkedHashMap<String, Item> out = new LinkedHashMap<>();
    Node n = node(name);
    if (n instanceof MapNode map) {
      for (MapNode.Entry e : map.entries().values()) {
        String t = e.value() instanceof ScalarNode s ? setText(s) : null;
        if (t != null) out.put(e.key(), new Item(t, e.value().position()));
      }
    } else if (n != null) {
      report(n, "'" + name + "' should be an object");
    }
    return out;
  }

  /** Where an attribute's value is written, or this object's start. */
  Position positionOf(String name) {
    Node n = values.get(name);
    return n != null ? n.position() : values.position();
  }

  private void report(Node at, String message) {
    if (issues != null) issues.warningOnce(at == null ? values.position() : at.position(), message);
  }

  static Node elementMask(Node mask, int i) {
    if (isTrue(mask)) return mask;
    return mask instanceof ListNode l && i < l.size() ? l.get(i) : null;
  }

  static boolean isTrue(Node n) {
    return n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN
        && "true".equals(s.text());
  }

  private static String setText(ScalarNode s) {
    if (s.isNull() || s.text() == null || s.text().isEmpty()) return null;
    return s.text();
  }
}
