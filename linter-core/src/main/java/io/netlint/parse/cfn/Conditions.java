package io.netlint.parse.cfn;

import io.netlint.parse.cfn.CfnValue.Lst;
import io.netlint.parse.cfn.CfnValue.Str;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.ScalarNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code Conditions} of one template in three-valued logic, each evaluated once. A comparison
 * with a value that is not known before deployment (the region without {@code --region}, a
 * parameter without default) is unknown, and so is everything that depends on it.
 */
final class Conditions {

  private final CfnEvaluator ev;
  private final Map<String, Condition> done = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  Conditions(CfnEvaluator ev) {
    this.ev = ev;
  }

  Condition named(String name) {
    Condition c = done.get(name);
    if (c != null) return c;
    MapNode.Entry e = ev.template().conditions.get(name);
    if (e == null) return Condition.unknown("condition '" + name + "' is not defined");
    if (!inProgress.add(name)) {
      ev.diagnostics().warning(e.value(), "condition '" + name
          + "' refers to itself; it is treated as unknown");
      return Condition.unknown("condition '" + name + "' refers to itself");
    }
    try {
      c = expression(e.value());
    } catch (RuntimeException ex) {
      ev.diagnostics().warning(e.value(), "cannot evaluate condition '" + name + "' (" + ex + ")");
      c = Condition.unknown("cannot evaluate condition '" + name + "'");
    } finally {
      inProgress.remove(name);
    }
    done.put(name, c);
    return c;
  }

  /** A condition function: Fn::Equals, Fn::And, Fn::Or, Fn::Not or {@code {Condition: Name}}. */
  Condition expression(Node n) {
    if (n instanceof MapNode m && m.singleKey() != null) {
      String fn = m.singleKey();
      Node arg = m.get(fn);
      switch (fn) {
        case "Fn::Equals" -> {
          List<Node> a = CfnEvaluator.args(arg, 2, 2);
          if (a != null) return equal(ev.eval(a.get(0)), ev.eval(a.get(1)));
        }
        case "Fn::And", "Fn::Or" -> {
          List<Node> a = CfnEvaluator.args(arg, 1, 10);
          if (a != null) return combine(fn.equals("Fn::And"), a);
        }
        case "Fn::Not" -> {
          return expression(arg instanceof ListNode l && l.size() == 1 ? l.get(0) : arg).not();
        }
        case "Condition" -> {
          if (arg instanceof ScalarNode s && !s.isNull()) return named(s.text());
        }
        default -> { }
      }
    }
    if (n instanceof ScalarNode s && s.text() != null
        && ("true".equalsIgnoreCase(s.text()) || "false".equalsIgnoreCase(s.text()))) {
      return Condition.of(Boolean.parseBoolean(s.text().toLowerCase()));
    }
    ev.diagnostics().warning(n, "malformed condition; it is treated as unknown");
    return Condition.unknown("malformed condition");
  }

  private Condition combine(boolean and, List<Node> operands) {
    Condition unknown = null;
    for (Node op : operands) {
      Condition c = expression(op);
      if (and && c.isFalse()) return Condition.FALSE;
      if (!and && c.isTrue()) return Condition.TRUE;
      if (c.isUnknown() && unknown == null) unknown = c;
    }
    return unknown != null ? unknown : Condition.of(and);
  }

  private static Condition equal(CfnValue a, CfnValue b) {
    if (isPlain(a) && isPlain(b)) return Condition.of(a.equals(b));
    return Condition.unknown(CfnValue.reasonOf(isPlain(a) ? b : a));
  }

  /** A value fully known at template time: a plain string, or a list of them. */
  private static boolean isPlain(CfnValue v) {
    if (v instanceof Str s) return !s.symbolic();
    if (v instanceof Lst l) return l.items().stream().allMatch(Conditions::isPlain);
    return false;
  }
}
