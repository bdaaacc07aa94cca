package io.netlint.policy;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.policy.NetworkView.Link;
import io.netlint.policy.NetworkView.Tunnel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Operations on run-time values, with three-valued logic: a condition is {@code TRUE},
 * {@code FALSE} or an {@link Unknown}; {@link None#NONE} counts as false.
 */
final class Values {
  private Values() {}

  static Object truth(Object v) {
    if (v instanceof Boolean || v instanceof Unknown) return v;
    return Boolean.FALSE;
  }

  static Object not(Object v) {
    Object t = truth(v);
    return t instanceof Boolean b ? (Object) !b : t;
  }

  /** Kleene "and": false wins, then unknown. */
  static Object and(Object a, Object b) {
    Object x = truth(a);
    Object y = truth(b);
    if (x == Boolean.FALSE || y == Boolean.FALSE) return Boolean.FALSE;
    if (x instanceof Unknown) return x;
    return y;
  }

  /** Kleene "or": true wins, then unknown. */
  static Object or(Object a, Object b) {
    Object x = truth(a);
    Object y = truth(b);
    if (x == Boolean.TRUE || y == Boolean.TRUE) return Boolean.TRUE;
    if (x instanceof Unknown) return x;
    return y;
  }

  /** Equality; lists compare as sets; a CIDR compares by range. */
  static Object equal(Object a, Object b) {
    if (a instanceof Unknown) return a;
    if (b instanceof Unknown) return b;
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      Object unknown = firstUnknown(la);
      if (unknown == null) unknown = firstUnknown(lb);
      if (unknown != null) return unknown;
      return containsAll(la, lb) && containsAll(lb, la);
    }
    return same(a, b);
  }

  private static boolean containsAll(List<?> a, List<?> b) {
    for (Object x : b) {
      boolean found = false;
      for (Object y : a) {
        if (same(x, y)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  /** Equality of two known values. */
  static boolean same(Object a, Object b) {
    if (a instanceof Cidr x && b instanceof Cidr y) return x.sameRange(y);
    if (a instanceof Element || b instanceof Element) return a == b;
    return a.equals(b);
  }

  static Unknown firstUnknown(List<?> l) {
    for (Object o : l) {
      if (o instanceof Unknown u) return u;
    }
    return null;
  }

  /** Is {@code x} one of {@code list}? Unknown when only an unknown element could match. */
  static Object member(Object x, Object list) {
    if (x instanceof Unknown) return x;
    if (list instanceof Unknown) return list;
    if (x == None.NONE || !(list instanceof List<?> l)) return Boolean.FALSE;
    Unknown unknown = null;
    for (Object item : l) {
      if (item instanceof Unknown u) {
        if (unknown == null) unknown = u;
      } else if (same(x, item)) {
        return Boolean.TRUE;
      }
    }
    return unknown != null ? unknown : Boolean.FALSE;
  }

  /** Orders two numbers; none compares false. */
  static Object compare(Object a, Object b, java.util.function.IntPredicate test) {
    if (a instanceof Unknown) return a;
    if (b instanceof Unknown) return b;
    if (!(a instanceof Long x) || !(b instanceof Long y)) return Boolean.FALSE;
    return test.test(Long.compare(x, y));
  }

  /** Declaration order of the resources behind two objects. */
  static Object before(NetworkView view, Object a, Object b, ObjectType ta, ObjectType tb) {
    if (a instanceof Unknown) return a;
    if (b instanceof Unknown) return b;
    if (a == None.NONE || b == None.NONE) return Boolean.FALSE;
    Element x = ta.owner(a);
    Element y = tb.owner(b);
    if (x == y && a instanceof Tunnel ta2 && b instanceof Tunnel tb2) {
      return ta2.number() < tb2.number();
    }
    return view.declared(x) < view.declared(y);
  }

  /** Distinct known values in first-seen order; unknown ones stay. */
  static List<Object> distinct(List<?> values) {
    List<Object> out = new ArrayList<>();
    for (Object v : values) {
      boolean seen = false;
      if (!(v instanceof Unknown)) {
        for (Object o : out) {
          if (!(o instanceof Unknown) && same(o, v)) {
            seen = true;
            break;
          }
        }
      }
      if (!seen) out.add(v);
    }
    return out;
  }

  /** A value as a message shows it. */
  static String render(Object v) {
    if (v instanceof Element e) return "'" + e.name() + "'";
    if (v instanceof Tunnel t) return "tunnel " + t.number();
    if (v instanceof Link l) return render(l.to()) + " " + l.viaText();
    if (v instanceof Cidr c) return c.text();
    if (v instanceof Unknown) return "unknown";
    if (v instanceof List<?> l) {
      if (l.isEmpty()) return "none";
      List<String> parts = new ArrayList<>();
      for (Object o : l) parts.add(render(o));
      return String.join(", ", parts);
    }
    if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) return "none";
      List<String> parts = new ArrayList<>();
      m.forEach((k, x) -> parts.add(k + "=" + render(x)));
      return String.join(", ", parts);
    }
    return String.valueOf(v);
  }
}
