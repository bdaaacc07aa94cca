package io.netlint.parse.cfn;

import io.netlint.parse.cfn.CfnValue.ResRef;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The resources a value names through {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub} or an
 * import, whatever the value evaluates to: a name built into a string still ties it to them.
 */
final class Mentions {

  private final CfnEvaluator ev;
  private final List<ResRef> out = new ArrayList<>();

  private Mentions(CfnEvaluator ev) {
    this.ev = ev;
  }

  static List<ResRef> in(Node n, CfnEvaluator ev) {
    Mentions m = new Mentions(ev);
    m.walk(n, Set.of());
    return m.out;
  }

  private void walk(Node n, Set<String> locals) {
    if (n instanceof ListNode l) {
      for (Node item : l.items()) walk(item, locals);
      return;
    }
    if (!(n instanceof MapNode m)) return;
    String fn = m.singleKey();
    Node arg = fn == null ? null : m.get(fn);
    if ("Ref".equals(fn) && arg instanceof ScalarNode s) {
      add(s.text(), null);
    } else if ("Fn::GetAtt".equals(fn)) {
      if (arg instanceof ScalarNode s && s.text() != null && s.text().indexOf('.') > 0) {
        int dot = s.text().indexOf('.');
        add(s.text().substring(0, dot), s.text().substring(dot + 1));
      } else if (arg instanceof ListNode l && l.size() == 2 && l.get(0) instanceof ScalarNode s) {
        add(s.text(), l.get(1) instanceof ScalarNode a ? a.text() : null);
      }
    } else if ("Fn::Sub".equals(fn)) {
      sub(arg, locals);
    } else if ("Fn::ImportValue".equals(fn)) {
      if (ev.eval(m) instanceof ResRef r) out.add(r);
    } else {
      for (MapNode.Entry e : m.entries().values()) walk(e.value(), locals);
    }
  }

  private void sub(Node arg, Set<String> locals) {
    Node text = arg instanceof ListNode l && l.size() > 0 ? l.get(0) : arg;
    Set<String> vars = new HashSet<>(locals);
    if (arg instanceof ListNode l && l.size() == 2 && l.get(1) instanceof MapNode vm) {
      vars.addAll(vm.entries().keySet());
      walk(vm, locals);
    }
    if (!(text instanceof ScalarNode s) || s.text() == null) return;
    for (SubTemplate.Part p : SubTemplate.parse(s.text())) {
      if (p instanceof SubTemplate.Var v && !vars.contains(v.name())) {
        int dot = v.name().indexOf('.');
        add(dot > 0 ? v.name().substring(0, dot) : v.name(),
            dot > 0 ? v.name().substring(dot + 1) : null);
      }
    }
  }

  private void add(String name, String attribute) {
    CfnResource r = name == null ? null : ev.template().resources.get(name);
    if (r != null) out.add(new ResRef(ev.keyOf(name), name, r.type(), attribute));
  }
}
