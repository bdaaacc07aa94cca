package io.netlint.parse.cfn;

import io.netlint.parse.cfn.CfnValue.Lst;
import io.netlint.parse.cfn.CfnValue.NoValue;
import io.netlint.parse.cfn.CfnValue.Str;
import io.netlint.parse.cfn.CfnValue.Symbolic;
import io.netlint.parse.cfn.CfnValue.Unknown;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Fn::Sub}, {@code Fn::Join} and {@code Fn::Split}. Pseudo parameters that are not known
 * stay in the text as their {@code ${AWS::…}} token (the result is then marked symbolic); any
 * other unknown part makes the whole string unknown.
 */
final class TextFunctions {

  private final CfnEvaluator ev;

  TextFunctions(CfnEvaluator ev) {
    this.ev = ev;
  }

  CfnValue sub(Node arg, Node at) {
    Node textNode = arg;
    MapNode vars = null;
    if (arg instanceof ListNode l) {
      if (l.size() < 1 || l.size() > 2) {
        return ev.malformed(at, "Fn::Sub needs a string or [string, {variables}]");
      }
      textNode = l.get(0);
      if (l.size() == 2) {
        if (!(l.get(1) instanceof MapNode m)) {
          return ev.malformed(at, "Fn::Sub variables must be a mapping");
        }
        vars = m;
      }
    }
    if (!(textNode instanceof ScalarNode s) || s.isNull()) {
      return ev.malformed(at, "Fn::Sub needs a string");
    }
    StringBuilder out = new StringBuilder();
    boolean symbolic = false;
    for (SubTemplate.Part part : SubTemplate.parse(s.text())) {
      if (part instanceof SubTemplate.Text t) {
        out.append(t.text());
        continue;
      }
      String name = ((SubTemplate.Var) part).name();
      CfnValue v = vars != null && vars.has(name) ? ev.eval(vars.get(name)) : variable(name);
      CfnValue text = asText(v);
      if (!(text instanceof Str str)) return text;
      out.append(str.text());
      symbolic |= str.symbolic();
    }
    return new Str(out.toString(), symbolic);
  }

  /** {@code ${Name}} is a Ref; {@code ${Resource.Attribute}} a GetAtt. */
  private CfnValue variable(String name) {
    int dot = name.indexOf('.');
    if (dot > 0 && !CfnEvaluator.PSEUDO_PARAMETERS.contains(name)) {
      return ev.attribute(name.substring(0, dot), name.substring(dot + 1));
    }
    return ev.byName(name);
  }

  /** A value as text for Sub/Join: unknown pseudo parameters stay as their ${…} token. */
  private static CfnValue asText(CfnValue v) {
    if (v instanceof Str) return v;
    if (v instanceof Symbolic s) return new Str(s.token(), true);
    if (v == NoValue.INSTANCE) return Str.of("");
    if (v instanceof Unknown) return v;
    return new Unknown(CfnValue.reasonOf(v));
  }

  CfnValue join(Node arg, Node at) {
    List<Node> a = CfnEvaluator.args(arg, 2, 2);
    if (a == null) return ev.malformed(at, "Fn::Join needs [delimiter, [values]]");
    CfnValue delim = ev.eval(a.get(0));
    if (!(delim instanceof Str d)) return new Unknown(CfnValue.reasonOf(delim));
    CfnValue list = ev.eval(a.get(1));
    if (!(list instanceof Lst l)) {
      if (list instanceof Str) return ev.malformed(at, "Fn::Join needs a list of values");
      return new Unknown(CfnValue.reasonOf(list));
    }
    StringBuilder out = new StringBuilder();
    boolean symbolic = d.symbolic();
    for (int i = 0; i < l.items().size(); i++) {
      CfnValue text = asText(l.items().get(i));
      if (!(text instanceof Str s)) return text;
      if (i > 0) out.append(d.text());
      out.append(s.text());
      symbolic |= s.symbolic();
    }
    return new Str(out.toString(), symbolic);
  }

  CfnValue split(Node arg, Node at) {
    List<Node> a = CfnEvaluator.args(arg, 2, 2);
    if (a == null) return ev.malformed(at, "Fn::Split needs [delimiter, string]");
    CfnValue delim = ev.eval(a.get(0));
    CfnValue source = ev.eval(a.get(1));
    if (!(delim instanceof Str d) || d.text().isEmpty()) {
      return delim instanceof Str ? ev.malformed(at, "Fn::Split needs a non-empty delimiter")
          : new Unknown(CfnValue.reasonOf(delim));
    }
    if (!(source instanceof Str s)) return new Unknown(CfnValue.reasonOf(source));
    List<CfnValue> items = new ArrayList<>();
    for (String part : s.text().split(Pattern.quote(d.text()), -1)) {
      items.add(new Str(part, s.symbolic() && part.contains("${")));
    }
    return new Lst(at, items);
  }
}
