package io.netlint.parse.cfn;

import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import io.netlint.parse.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a template for what CloudFormation itself would reject or cannot expand offline:
 * names that are neither parameters, pseudo parameters nor resources, undefined conditions, and
 * macros. Runs over every resource, whatever its type, so problems are reported once each.
 */
final class ReferenceCheck {

  private static final Set<String> EXPANDED_TRANSFORMS =
      Set.of(CfnTemplate.SAM, CfnTemplate.LANGUAGE_EXTENSIONS);

  private final CfnTemplate t;
  private final Diagnostics diags;
  /** Logical IDs of SAM resources; SAM generates resources whose names start with them. */
  private final Set<String> samPrefixes = new HashSet<>();
  /** Names not found, reported at the end: a macro anywhere may be what creates them. */
  private final List<Map.Entry<String, Position>> unresolved = new ArrayList<>();
  private boolean macros;

  private ReferenceCheck(CfnTemplate t, Diagnostics diags) {
    this.t = t;
    this.diags = diags;
    if (t.isSam()) {
      samPrefixes.add("ServerlessRestApi");
      samPrefixes.add("ServerlessHttpApi");
      t.resources.values().stream()
          .filter(r -> r.type().startsWith("AWS::Serverless::"))
          .forEach(r -> samPrefixes.add(r.logicalId()));
    }
  }

  static void run(CfnTemplate t, Diagnostics diags) {
    new ReferenceCheck(t, diags).run();
  }

  private void run() {
    for (Map.Entry<String, Position> tr : t.transforms.entrySet()) {
      if (!EXPANDED_TRANSFORMS.contains(tr.getKey())) {
        macros = true;
        diags.warning(tr.getValue(), "Transform '" + tr.getKey() + "' cannot be expanded offline;"
            + " the model may be incomplete");
      }
    }
    for (MapNode.Entry c : t.conditions.values()) walk(c.value(), Set.of(), true);
    for (CfnResource r : t.resources.values()) {
      for (MapNode.Entry e : r.node().entries().values()) {
        switch (e.key()) {
          case "Metadata", "Type" -> { }
          case "Condition" -> checkCondition(e.value());
          case "DependsOn" -> dependsOn(e.value());
          default -> walk(e.value(), Set.of(), false);
        }
      }
    }
    for (MapNode.Entry o : t.outputs.values()) {
      if (o.value() instanceof MapNode body) {
        for (MapNode.Entry e : body.entries().values()) {
          if (e.key().equals("Condition")) checkCondition(e.value());
          else walk(e.value(), Set.of(), false);
        }
      }
    }
    boolean generated = macros || t.hasForEach || t.hasMacro;
    for (Map.Entry<String, Position> u : unresolved) {
      String message = "unresolved reference '" + u.getKey() + "'";
      if (generated) {
        diags.warning(u.getValue(), message + " (Fn::ForEach or a macro may create it)");
      } else {
        diags.error(u.getValue(), message);
      }
    }
  }

  private void walk(Node n, Set<String> locals, boolean inConditions) {
    if (n instanceof ListNode l) {
      for (Node item : l.items()) walk(item, locals, inConditions);
      return;
    }
    if (!(n instanceof MapNode m)) return;
    String fn = m.singleKey();
    Node arg = fn == null ? null : m.get(fn);
    if (fn == null) {
      for (MapNode.Entry e : m.entries().values()) {
        if (e.key().equals("Fn::Transform")) macro(e.value(), e.keyPosition());
        else if (!e.key().startsWith("Fn::ForEach::")) walk(e.value(), locals, inConditions);
      }
      return;
    }
    switch (fn) {
      case "Ref" -> {
        if (arg instanceof ScalarNode s && !s.isNull()) checkName(s.text(), s.position());
        else walk(arg, locals, inConditions);
      }
      case "Fn::GetAtt" -> getAtt(arg, locals, inConditions);
      case "Fn::Sub" -> sub(arg, locals, inConditions);
      case "Fn::If" -> {
        if (arg instanceof ListNode l && l.size() > 0) {
          checkCondition(l.get(0));
          for (int i = 1; i < l.size(); i++) walk(l.get(i), locals, inConditions);
        }
      }
      case "Condition" -> {
        if (inConditions) checkCondition(arg);
        else walk(arg, locals, false);
      }
      case "Fn::Transform" -> macro(arg, m.position());
      default -> {
        if (!fn.startsWith("Fn::ForEach::")) walk(arg, locals, inConditions);
      }
    }
  }

  /** A {@code Fn::Transform} inside the template: its output is not known offline. */
  private void macro(Node arg, Position at) {
    macros = true;
    String name = arg instanceof MapNode tm && tm.text("Name") != null
        ? "'" + tm.text("Name") + "' " : "";
    diags.warning(at, "Fn::Transform macro " + name
        + "cannot be expanded offline; the model may be incomplete");
  }

  private void getAtt(Node arg, Set<String> locals, boolean inConditions) {
    if (arg instanceof ScalarNode s && s.text() != null) {
      int dot = s.text().indexOf('.');
      checkResource(dot > 0 ? s.text().substring(0, dot) : s.text(), s.position());
    } else if (arg instanceof ListNode l && l.size() > 0) {
      if (l.get(0) instanceof ScalarNode s && s.text() != null) {
        checkResource(s.text(), s.position());
      } else {
        walk(l.get(0), locals, inConditions);
      }
      for (int i = 1; i < l.size(); i++) walk(l.get(i), locals, inConditions);
    }
  }

  private void sub(Node arg, Set<String> locals, boolean inConditions) {
    Node text = arg;
    Set<String> vars = locals;
    if (arg instanceof ListNode l && l.size() > 0) {
      text = l.get(0);
      if (l.size() > 1 && l.get(1) instanceof MapNode vm) {
        walk(vm, locals, inConditions);
        vars = new HashSet<>(locals);
        vars.addAll(vm.entries().keySet());
      }
    }
    if (!(text instanceof ScalarNode s) || s.text() == null) return;
    for (SubTemplate.Part p : SubTemplate.parse(s.text())) {
      if (!(p instanceof SubTemplate.Var v) || vars.contains(v.name())) continue;
      int dot = v.name().indexOf('.');
      if (dot > 0 && !CfnEvaluator.PSEUDO_PARAMETERS.contains(v.name())) {
        checkResource(v.name().substring(0, dot), s.position());
      } else {
        checkName(v.name(), s.position());
      }
    }
  }

  private void dependsOn(Node n) {
    if (n instanceof ScalarNode s && s.text() != null) checkResource(s.text(), s.position());
    if (n instanceof ListNode l) {
      for (Node item : l.items()) dependsOn(item);
    }
  }

  private void checkCondition(Node n) {
    if (n instanceof ScalarNode s && s.text() != null && !t.conditions.containsKey(s.text())) {
      diags.error(s.position(), "unresolved condition '" + s.text() + "'");
    }
  }

  private void checkName(String name, Position at) {
    if (CfnEvaluator.PSEUDO_PARAMETERS.contains(name) || t.parameters.containsKey(name)) return;
    checkResource(name, at);
  }

  private void checkResource(String name, Position at) {
    if (t.resources.containsKey(name) || isSamGenerated(name)) return;
    unresolved.add(Map.entry(name, at));
  }

  private boolean isSamGenerated(String name) {
    for (String prefix : samPrefixes) {
      if (name.startsWith(prefix)) return true;
    }
    return false;
  }
}
