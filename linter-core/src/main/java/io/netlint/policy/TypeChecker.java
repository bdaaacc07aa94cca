package io.netlint.policy;

import static io.netlint.policy.Type.Basic.ANY;
import static io.netlint.policy.Type.Basic.BOOL;
import static io.netlint.policy.Type.Basic.CIDR;
import static io.netlint.policy.Type.Basic.NUMBER;
import static io.netlint.policy.Type.Basic.STRING;
import static io.netlint.policy.Type.Basic.TAGS;

import io.netlint.policy.CheckedPolicy.Run;
import io.netlint.policy.ast.Expr;
import io.netlint.policy.ast.Header;
import io.netlint.policy.ast.Name;
import io.netlint.policy.ast.PolicyDecl;
import io.netlint.policy.ast.PolicyFile;
import io.netlint.policy.ast.Pos;
import io.netlint.policy.ast.Step;
import io.netlint.policy.ast.Template;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the names and types of a policy file and compiles each policy to {@link Code}. Every
 * error names what was expected. A policy stops at its first error; the others are still checked.
 */
final class TypeChecker {

  /** The outcome for one file: the policies that passed, and one error per policy that failed. */
  record Result(List<CheckedPolicy> policies, List<PolicyException> errors) {}

  private static final Pattern POLICY_ID = Pattern.compile("NET[0-9]{3}");
  private static final Map<String, Integer> FUNCTIONS = Map.of("count", 1, "distinct", 1,
      "lower", 1, "upper", 1, "region_of", 1);

  /** A variable in scope. */
  private record Var(String name, Type type, int slot, Pos pos) {}

  private final String file;
  private final Map<String, Var> scope = new LinkedHashMap<>();
  private int slots;

  private TypeChecker(String file) {
    this.file = file;
  }

  static Result check(PolicyFile f) {
    List<CheckedPolicy> policies = new ArrayList<>();
    List<PolicyException> errors = new ArrayList<>();
    List<Run> constants = new ArrayList<>();
    TypeChecker base = new TypeChecker(f.file());
    try {
      for (Step.Let let : f.constants()) constants.add(base.let(let));
    } catch (PolicyException e) {
      // every policy of the file may use the constants: none can be checked
      errors.add(e);
      return new Result(policies, errors);
    }
    for (PolicyDecl p : f.policies()) {
      TypeChecker c = new TypeChecker(f.file());
      c.scope.putAll(base.scope);
      c.slots = base.slots;
      try {
        policies.add(c.policy(p, constants));
      } catch (PolicyException e) {
        errors.add(e);
      }
    }
    return new Result(policies, errors);
  }

  // ---- policies --------------------------------------------------------------------------------

  private CheckedPolicy policy(PolicyDecl p, List<Run> constants) {
    String id = p.id().text();
    if (!POLICY_ID.matcher(id).matches()) {
      throw error(p.id().pos(), "policy ID '" + id + "' must be NET and three digits, e.g."
          + " NET901");
    }
    if (id.charAt(3) != '9') {
      throw error(p.id().pos(), "policy ID " + id + " is outside NET900–NET999, the range kept"
          + " for your own rules");
    }
    String slug = p.slug().text();
    if (!RuleDescriptor.NAME.matcher(slug).matches()) {
      throw error(p.slug().pos(), "slug '" + slug + "' must be lower-case words joined by"
          + " hyphens, e.g. vpcs-in-corporate-range");
    }
    Severity severity = null;
    String summary = null;
    List<String> tags = new ArrayList<>();
    Map<String, Pos> seen = new LinkedHashMap<>();
    for (Header h : p.headers()) {
      String word = h instanceof Header.Severity ? "severity"
          : h instanceof Header.Summary ? "summary" : "tags";
      Pos first = seen.putIfAbsent(word, h.pos());
      if (first != null) {
        throw error(h.pos(), word + " is given twice; first at line " + first.line());
      }
      if (h instanceof Header.Severity s) {
        severity = severity(s.level());
      } else if (h instanceof Header.Summary s) {
        if (s.text().isBlank()) throw error(s.pos(), "the summary is empty");
        summary = s.text();
      } else {
        for (Name tag : ((Header.Tags) h).tags()) {
          if (!RuleDescriptor.NAME.matcher(tag.text()).matches()) {
            throw error(tag.pos(), "tag '" + tag.text() + "' must be lower-case words joined"
                + " by hyphens");
          }
          tags.add(tag.text());
        }
      }
    }
    if (severity == null) {
      throw error(p.pos(), "policy " + id + " has no severity; add 'severity error', 'severity"
          + " warning' or 'severity info'");
    }
    if (summary == null) {
      throw error(p.pos(), "policy " + id + " has no summary; add a line such as summary"
          + " \"Every VPC lies inside 10.0.0.0/8\"");
    }

    List<Run> runs = new ArrayList<>(constants);
    int subjectSlot = -1;
    ObjectType subjectType = null;
    List<Integer> objectSlots = new ArrayList<>();
    List<ObjectType> objectTypes = new ArrayList<>();
    for (Step step : p.steps()) {
      if (step instanceof Step.Let let) {
        runs.add(let(let));
      } else if (step instanceof Step.Where where) {
        runs.add(new CheckedPolicy.WhereRun(condition(where.condition(), "'where'")));
      } else {
        for (Step.Binding b : ((Step.For) step).bindings()) {
          Code source = b.source() instanceof Expr.Var v && !scope.containsKey(v.name())
              && !Schema.collections().containsKey(v.name())
              ? unknownCollection(v) : expr(b.source());
          if (!Type.isList(source.type)) {
            throw error(b.source().pos(), "'for' needs a list to go through, but '"
                + b.source().text() + "' is " + source.type.describe());
          }
          Type element = Type.elementOf(source.type);
          if (subjectSlot < 0 && !(element instanceof ObjectType)) {
            throw error(b.source().pos(), "the first 'for' must go through resources, such as"
                + " 'for vpc in vpcs', so that findings have a resource to point at; '"
                + b.source().text() + "' is " + source.type.describe());
          }
          int slot = declare(b.name(), element);
          runs.add(new CheckedPolicy.ForRun(slot, source));
          if (element instanceof ObjectType o) {
            if (subjectSlot < 0) {
              subjectSlot = slot;
              subjectType = o;
            } else {
              objectSlots.add(slot);
              objectTypes.add(o);
            }
          }
        }
      }
    }
    if (subjectSlot < 0) {
      throw error(p.verdict().pos(), "a policy needs a 'for' before '"
          + (p.verdict().forbid() ? "forbid" : "require") + "' to say what it checks, e.g."
          + " 'for vpc in vpcs'");
    }
    Code verdict = condition(p.verdict().condition(),
        p.verdict().forbid() ? "'forbid'" : "'require'");
    CheckedPolicy.WhenUnknown whenUnknown = p.whenUnknown().map(TypeChecker::whenUnknown)
        .orElse(CheckedPolicy.WhenUnknown.INFO);
    List<Object> message = new ArrayList<>();
    for (Template.Part part : p.message().parts()) {
      message.add(part instanceof Template.Text t ? t.text()
          : expr(((Template.Placeholder) part).expr()));
    }
    if (message.stream().allMatch(m -> m instanceof String s && s.isBlank())) {
      throw error(p.message().pos(), "the message is empty");
    }
    return new CheckedPolicy(file, p.id().pos(), id, slug, severity, summary, tags, runs, verdict,
        p.verdict().forbid(), whenUnknown, message, slots, subjectSlot, subjectType,
        objectSlots, objectTypes);
  }

  private static Severity severity(Name level) {
    return switch (level.text()) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      case "info" -> Severity.INFO;
      default -> throw error(level.pos(), "unknown severity '" + level.text()
          + "'; expected error, warning or info");
    };
  }

  private static CheckedPolicy.WhenUnknown whenUnknown(Name n) {
    return switch (n.text()) {
      case "pass" -> CheckedPolicy.WhenUnknown.PASS;
      case "fail" -> CheckedPolicy.WhenUnknown.FAIL;
      case "info" -> CheckedPolicy.WhenUnknown.INFO;
      default -> throw error(n.pos(), "after 'when unknown' write pass, fail or info; found '"
          + n.text() + "'");
    };
  }

  private Run let(Step.Let let) {
    Code value = expr(let.value());
    return new CheckedPolicy.LetRun(declare(let.name(), value.type), value);
  }

  private int declare(Name name, Type type) {
    Var existing = scope.get(name.text());
    if (existing != null) {
      throw error(name.pos(), "'" + name.text() + "' is already defined at line "
          + existing.pos().line());
    }
    if (Schema.collections().containsKey(name.text())) {
      throw error(name.pos(), "'" + name.text() + "' is the name of a collection; choose"
          + " another name");
    }
    int slot = slots++;
    scope.put(name.text(), new Var(name.text(), type, slot, name.pos()));
    return slot;
  }

  private static PolicyException error(Pos pos, String message) {
    return new PolicyException(pos, message);
  }

  // ---- expressions -----------------------------------------------------------------------------

  private Code condition(Expr e, String role) {
    Code c = expr(e);
    if (c.type != BOOL) {
      throw error(e.pos(), role + " needs a condition, but '" + e.text() + "' is "
          + c.type.describe());
    }
    return c;
  }

  private Code expr(Expr e) {
    if (e instanceof Expr.Str s) return new Code.Const(STRING, s.text(), s.value());
    if (e instanceof Expr.Num n) return new Code.Const(NUMBER, n.text(), n.value());
    if (e instanceof Expr.CidrLit c) return new Code.Const(CIDR, c.text(), c.value());
    if (e instanceof Expr.Bool b) return new Code.Const(BOOL, b.text(), b.value());
    if (e instanceof Expr.ListLit l) return list(l);
    if (e instanceof Expr.Var v) return variable(v);
    if (e instanceof Expr.Attr a) return attribute(a);
    if (e instanceof Expr.Lookup l) return lookup(l);
    if (e instanceof Expr.Call c) return call(c);
    if (e instanceof Expr.Not n) return new Code.Not(n.text(), condition(n.operand(), "'not'"));
    if (e instanceof Expr.Logic l) {
      String word = l.and() ? "'and'" : "'or'";
      return new Code.Logic(l.text(), l.and(), condition(l.left(), word),
          condition(l.right(), word));
    }
    if (e instanceof Expr.Compare c) return compare(c);
    if (e instanceof Expr.StateTest s) {
      return new Code.StateTest(s.text(), expr(s.operand()), s.negated(), s.unknown());
    }
    if (e instanceof Expr.Member m) return member(m);
    if (e instanceof Expr.CidrTest c) return cidrTest(c);
    if (e instanceof Expr.Matches m) return matches(m);
    return quantified((Expr.Quantified) e);
  }

  private Code list(Expr.ListLit l) {
    List<Code> items = new ArrayList<>();
    Type element = ANY;
    Code first = null;
    for (Expr item : l.items()) {
      Code c = expr(item);
      if (first == null) {
        first = c;
        element = c.type;
      } else if (!Type.comparable(element, c.type)) {
        throw error(item.pos(), "a list holds values of one type, but '" + first.text + "' is "
            + first.type.describe() + " and '" + c.text + "' is " + c.type.describe());
      }
      items.add(c);
    }
    return new Code.ListLit(new Type.ListOf(element), l.text(), items);
  }

  private Code variable(Expr.Var v) {
    Var var = scope.get(v.name());
    if (var != null) return new Code.Slot(var.type(), v.text(), var.slot());
    Schema.Collection c = Schema.collections().get(v.name());
    if (c != null) return new Code.CollectionRef(new Type.ListOf(c.type()), v.text(), c);
    List<String> names = new ArrayList<>(scope.keySet());
    names.addAll(Schema.collections().keySet());
    String suggestion = Names.didYouMean(v.name(), names);
    throw error(v.pos(), "unknown name '" + v.name() + "'" + (suggestion.isEmpty()
        ? "; expected a variable" + (scope.isEmpty() ? "" : " (" + Names.list(
            new ArrayList<>(scope.keySet())) + ")") + " or a collection such as vpcs"
        : suggestion));
  }

  private Code unknownCollection(Expr.Var v) {
    String suggestion = Names.didYouMean(v.name(), Schema.collections().keySet());
    throw error(v.pos(), "unknown collection '" + v.name() + "'" + (suggestion.isEmpty()
        ? "; collections are " + Names.list(new ArrayList<>(new TreeSet<>(
            Schema.collections().keySet())))
        : suggestion));
  }

  private Code attribute(Expr.Attr a) {
    Code target = expr(a.target());
    String name = a.name().text();
    boolean project = Type.isList(target.type);
    Type of = project ? Type.elementOf(target.type) : target.type;
    Type result;
    Code.Attr.Reader reader;
    if (of instanceof ObjectType o) {
      ObjectType.Attribute attr = o.attribute(name);
      if (attr == null) {
        String suggestion = Names.didYouMean(name, o.attributes().keySet());
        throw error(a.name().pos(), o.describe() + " has no attribute '" + name + "'"
            + (suggestion.isEmpty() ? "; its attributes are "
                + Names.list(new ArrayList<>(new TreeSet<>(o.attributes().keySet())))
                : suggestion));
      }
      result = attr.type();
      reader = Code.Attr.of(attr);
    } else if (of == CIDR) {
      result = Schema.CIDR_ATTRIBUTES.get(name);
      if (result == null) {
        String suggestion = Names.didYouMean(name, Schema.CIDR_ATTRIBUTES.keySet());
        throw error(a.name().pos(), "a cidr has no attribute '" + name + "'"
            + (suggestion.isEmpty() ? "; its attributes are family and prefix_length"
                : suggestion));
      }
      reader = Code.Attr.cidr(name);
    } else if (of == TAGS) {
      result = STRING;
      reader = Code.Attr.tag(name);
    } else {
      throw error(a.name().pos(), "'" + a.target().text() + "' is " + target.type.describe()
          + " and has no attribute '" + name + "'");
    }
    if (project) {
      result = Type.isList(result) ? result : new Type.ListOf(result);
    }
    return new Code.Attr(result, a.text(), target, project, reader);
  }

  private Code lookup(Expr.Lookup l) {
    Code target = expr(l.target());
    if (target.type != TAGS) {
      throw error(l.pos(), "[…] looks up a tag, but '" + l.target().text() + "' is "
          + target.type.describe() + ", not tags");
    }
    Code key = expr(l.key());
    if (key.type != STRING) {
      throw error(l.key().pos(), "a tag key is a string, but '" + l.key().text() + "' is "
          + key.type.describe());
    }
    return new Code.Lookup(STRING, l.text(), target, key);
  }

  private Code call(Expr.Call c) {
    String fn = c.function().text();
    Integer arity = FUNCTIONS.get(fn);
    if (arity == null) {
      String suggestion = Names.didYouMean(fn, FUNCTIONS.keySet());
      throw error(c.function().pos(), "unknown function '" + fn + "'" + (suggestion.isEmpty()
          ? "; functions are " + Names.list(new ArrayList<>(new TreeSet<>(FUNCTIONS.keySet())))
          : suggestion));
    }
    if (c.args().size() != arity) {
      throw error(c.function().pos(), fn + " takes one argument, found " + c.args().size());
    }
    Expr argExpr = c.args().get(0);
    Code arg = expr(argExpr);
    Type result;
    switch (fn) {
      case "count", "distinct" -> {
        if (!Type.isList(arg.type)) {
          throw error(argExpr.pos(), fn + " needs a list, but '" + argExpr.text() + "' is "
              + arg.type.describe());
        }
        result = fn.equals("count") ? NUMBER : arg.type;
      }
      default -> {
        if (arg.type != STRING) {
          throw error(argExpr.pos(), fn + " needs a string, but '" + argExpr.text() + "' is "
              + arg.type.describe());
        }
        result = STRING;
      }
    }
    return new Code.Call(result, c.text(), fn, arg);
  }

  private Code compare(Expr.Compare c) {
    Code l = expr(c.left());
    Code r = expr(c.right());
    boolean equality = c.op() == Expr.CompareOp.EQ || c.op() == Expr.CompareOp.NE;
    if (equality && !Type.comparable(l.type, r.type)) {
      throw error(c.pos(), "cannot compare " + l.type.describe() + " with "
          + r.type.describe() + " ('" + c.text() + "')" + prefixHint(c, l, r));
    }
    if (!equality) {
      for (Code side : List.of(l, r)) {
        if (side.type != NUMBER) {
          throw error(c.pos(), "'" + c.op().symbol + "' compares numbers, but '" + side.text
              + "' is " + side.type.describe() + prefixHint(c, l, r));
        }
      }
    }
    return new Code.Compare(c.text(), c.op(), l, r);
  }

  /** A CIDR compared with a number is almost always about its prefix length. */
  private static String prefixHint(Expr.Compare c, Code l, Code r) {
    if (l.type == CIDR && r.type == NUMBER) {
      return "; to compare its size, write " + l.text + ".prefix_length " + c.op().symbol + " "
          + r.text;
    }
    if (l.type == NUMBER && r.type == CIDR) {
      return "; to compare its size, write " + l.text + " " + c.op().symbol + " " + r.text
          + ".prefix_length";
    }
    return "";
  }

  private Code member(Expr.Member m) {
    Code l = expr(m.left());
    Code r = expr(m.right());
    String word = "'" + m.op().word + "'";
    switch (m.op()) {
      case IN -> {
        if (!Type.isList(r.type)) {
          throw error(m.pos(), word + " needs a list on its right, but '" + r.text + "' is "
              + r.type.describe());
        }
        if (!Type.comparable(l.type, Type.elementOf(r.type))) {
          throw error(m.pos(), "cannot look for " + l.type.describe() + " in "
              + r.type.describe() + " ('" + m.text() + "')");
        }
        return new Code.Member(m.text(), l, r, m.negated(), (v, a, b) -> Values.member(a, b));
      }
      case CONTAINS -> {
        if (Type.isList(l.type)) {
          if (!Type.comparable(Type.elementOf(l.type), r.type)) {
            throw error(m.pos(), l.type.describe() + " cannot contain " + r.type.describe()
                + " ('" + m.text() + "')");
          }
          return new Code.Member(m.text(), l, r, m.negated(), (v, a, b) -> Values.member(b, a));
        }
        if ((l.type == STRING || l.type == TAGS) && r.type == STRING) {
          return new Code.Member(m.text(), l, r, m.negated(), (v, a, b) -> containsText(a, b));
        }
        if (l.type == CIDR && r.type == CIDR) {
          return new Code.Member(m.text(), l, r, m.negated(), (v, a, b) -> containsCidr(a, b));
        }
        throw error(m.pos(), word + " needs a list, a string, tags or a cidr on its left and"
            + " a value of its kind on its right, but '" + l.text + "' is " + l.type.describe()
            + " and '" + r.text + "' is " + r.type.describe());
      }
      default -> {
        for (Code side : List.of(l, r)) {
          if (!(side.type instanceof ObjectType)) {
            throw error(m.pos(), word + " compares where two resources are declared, but '"
                + side.text + "' is " + side.type.describe());
          }
        }
        ObjectType tl = (ObjectType) l.type;
        ObjectType tr = (ObjectType) r.type;
        return new Code.Member(m.text(), l, r, m.negated(),
            (v, a, b) -> Values.before(v, a, b, tl, tr));
      }
    }
  }

  private static Object containsText(Object a, Object b) {
    if (a instanceof Unknown) return a;
    if (b instanceof Unknown) return b;
    if (a == None.NONE || b == None.NONE) return Boolean.FALSE;
    if (a instanceof Map<?, ?> tags) return tags.containsKey(b);
    return ((String) a).contains((String) b);
  }

  private static Object containsCidr(Object a, Object b) {
    if (a instanceof Unknown) return a;
    if (b instanceof Unknown) return b;
    if (a == None.NONE || b == None.NONE) return Boolean.FALSE;
    return ((io.netlint.model.Cidr) a).contains((io.netlint.model.Cidr) b);
  }

  private Code cidrTest(Expr.CidrTest c) {
    Code l = expr(c.left());
    Code r = expr(c.right());
    String word = c.overlaps() ? "overlaps" : "within";
    if (l.type != CIDR) {
      String hint = Type.isList(l.type) && Type.elementOf(l.type) == CIDR
          ? "; to test each, write 'all c in " + l.text + " satisfy c " + word + " …'" : "";
      throw error(c.pos(), "'" + word + "' needs a cidr on its left, but '" + l.text + "' is "
          + l.type.describe() + hint);
    }
    if (c.over() == Expr.Over.ONE && r.type != CIDR) {
      String hint = Type.isList(r.type) && Type.elementOf(r.type) == CIDR
          ? "; write '" + word + " any " + r.text + "' or '" + word + " all " + r.text + "'" : "";
      throw error(c.pos(), "'" + word + "' needs a cidr on its right, but '" + r.text + "' is "
          + r.type.describe() + hint);
    }
    if (c.over() != Expr.Over.ONE
        && !(Type.isList(r.type) && Type.comparable(Type.elementOf(r.type), CIDR))) {
      String how = c.over() == Expr.Over.ANY ? "any" : "all";
      throw error(c.pos(), "'" + word + " " + how + "' needs a list of cidr on its right, but '"
          + r.text + "' is " + r.type.describe());
    }
    return new Code.CidrTest(c.text(), c.overlaps(), c.negated(), c.over(), l, r);
  }

  private Code matches(Expr.Matches m) {
    Code l = expr(m.left());
    if (l.type != STRING) {
      throw error(m.pos(), "'matches' needs a string on its left, but '" + l.text + "' is "
          + l.type.describe());
    }
    try {
      return new Code.Matches(m.text(), l, Pattern.compile(m.pattern()), m.negated());
    } catch (PatternSyntaxException e) {
      throw error(m.patternPos(), "invalid regular expression: " + e.getDescription()
          + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
    }
  }

  private Code quantified(Expr.Quantified q) {
    Code source = expr(q.source());
    String word = q.quantifier().name().toLowerCase(java.util.Locale.ROOT);
    if (!Type.isList(source.type)) {
      throw error(q.source().pos(), "'" + word + "' needs a list after 'in', but '"
          + q.source().text() + "' is " + source.type.describe());
    }
    int slot = declare(q.variable(), Type.elementOf(source.type));
    try {
      Code body = condition(q.body(), word.equals("all") ? "'satisfy'" : "'where'");
      return new Code.Quantified(q.text(), q.quantifier(), slot, source, body);
    } finally {
      scope.remove(q.variable().text());
    }
  }
}
