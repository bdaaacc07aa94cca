package io.netlint.policy;

import io.netlint.model.Cidr;
import io.netlint.policy.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A type-checked expression, ready to evaluate: names are resolved to slots, attributes to their
 * accessors. Built by {@link TypeChecker}; one tree per policy, shared by every run.
 */
abstract class Code {

  final Type type;
  /** The expression as written, to name it when its value turns out unknown. */
  final String text;

  Code(Type type, String text) {
    this.type = type;
    this.text = text;
  }

  abstract Object eval(Frame f);

  /** Names an unknown result after this expression, unless an inner one is named already. */
  final Object named(Object v) {
    return v instanceof Unknown u ? u.named(text) : v;
  }

  static final class Const extends Code {
    private final Object value;

    Const(Type type, String text, Object value) {
      super(type, text);
      this.value = value;
    }

    @Override
    Object eval(Frame f) { return value; }
  }

  static final class Slot extends Code {
    private final int index;

    Slot(Type type, String text, int index) {
      super(type, text);
      this.index = index;
    }

    @Override
    Object eval(Frame f) { return f.slots[index]; }
  }

  static final class CollectionRef extends Code {
    private final Schema.Collection collection;

    CollectionRef(Type type, String text, Schema.Collection collection) {
      super(type, text);
      this.collection = collection;
    }

    @Override
    Object eval(Frame f) { return collection.items().apply(f.view); }
  }

  /** An attribute of an object, a CIDR or tags; over a list, the attribute of each element. */
  static final class Attr extends Code {
    private final Code target;
    private final boolean project;
    private final Reader reader;

    interface Reader {
      Object read(Frame f, Object self);
    }

    Attr(Type type, String text, Code target, boolean project, Reader reader) {
      super(type, text);
      this.target = target;
      this.project = project;
      this.reader = reader;
    }

    @Override
    Object eval(Frame f) {
      Object t = target.eval(f);
      if (t instanceof Unknown u) return u.named(target.text);
      if (t == None.NONE) return t;
      if (!project) return elementsNamed(named(reader.read(f, t)));
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) t) {
        Object v = item instanceof Unknown ? item : reader.read(f, item);
        if (v instanceof List<?> l) {
          for (Object x : l) out.add(x instanceof Unknown u ? u.named("an element of " + text) : x);
        } else if (v instanceof Unknown u) {
          out.add(u.named(text));
        } else if (v != None.NONE) {
          out.add(v);
        }
      }
      return out;
    }

    /** Unknown elements of a list attribute are named "an element of vpc.subnets". */
    private Object elementsNamed(Object v) {
      if (!(v instanceof List<?> l) || Values.firstUnknown(l) == null) return v;
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) out.add(x instanceof Unknown u ? u.named("an element of " + text) : x);
      return out;
    }

    static Reader of(ObjectType.Attribute a) {
      return (f, self) -> a.accessor().get(f.view, self);
    }

    static Reader cidr(String name) {
      return (f, self) -> Schema.cidrAttribute(name, (Cidr) self);
    }

    static Reader tag(String key) {
      return (f, self) -> {
        Object v = ((Map<?, ?>) self).get(key);
        return v == null ? None.NONE : v;
      };
    }
  }

  /** {@code tags[key]} with a computed key. */
  static final class Lookup extends Code {
    private final Code target;
    private final Code key;

    Lookup(Type type, String text, Code target, Code key) {
      super(type, text);
      this.target = target;
      this.key = key;
    }

    @Override
    Object eval(Frame f) {
      Object t = target.eval(f);
      Object k = key.eval(f);
      if (t instanceof Unknown || t == None.NONE) return t;
      if (k instanceof Unknown) return k;
      Object v = ((Map<?, ?>) t).get(k);
      return named(v == null ? None.NONE : v);
    }
  }

  static final class Call extends Code {
    private final String function;
    private final Code arg;

    Call(Type type, String text, String function, Code arg) {
      super(type, text);
      this.function = function;
      this.arg = arg;
    }

    @Override
    Object eval(Frame f) {
      Object a = arg.eval(f);
      if (a instanceof Unknown) return a;
      if (a == None.NONE) return function.equals("count") ? (Object) 0L : None.NONE;
      return named(switch (function) {
        case "count" -> {
          Unknown u = Values.firstUnknown((List<?>) a);
          yield u != null ? u.named("an element of " + arg.text) : (Object) (long) ((List<?>) a)
              .size();
        }
        case "distinct" -> Values.distinct((List<?>) a);
        case "lower" -> ((String) a).toLowerCase(Locale.ROOT);
        case "upper" -> ((String) a).toUpperCase(Locale.ROOT);
        case "region_of" -> Schema.regionOf((String) a);
        default -> throw new IllegalStateException(function);
      });
    }
  }

  static final class ListLit extends Code {
    private final List<Code> items;

    ListLit(Type type, String text, List<Code> items) {
      super(type, text);
      this.items = List.copyOf(items);
    }

    @Override
    Object eval(Frame f) {
      List<Object> out = new ArrayList<>(items.size());
      for (Code c : items) out.add(c.eval(f));
      return out;
    }
  }

  static final class Not extends Code {
    private final Code operand;

    Not(String text, Code operand) {
      super(Type.Basic.BOOL, text);
      this.operand = operand;
    }

    @Override
    Object eval(Frame f) { return Values.not(operand.eval(f)); }
  }

  static final class Logic extends Code {
    private final boolean and;
    private final Code left;
    private final Code right;

    Logic(String text, boolean and, Code left, Code right) {
      super(Type.Basic.BOOL, text);
      this.and = and;
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object l = Values.truth(left.eval(f));
      if (and && l == Boolean.FALSE) return Boolean.FALSE;
      if (!and && l == Boolean.TRUE) return Boolean.TRUE;
      Object r = right.eval(f);
      return and ? Values.and(l, r) : Values.or(l, r);
    }
  }

  static final class Compare extends Code {
    private final Expr.CompareOp op;
    private final Code left;
    private final Code right;

    Compare(String text, Expr.CompareOp op, Code left, Code right) {
      super(Type.Basic.BOOL, text);
      this.op = op;
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object l = left.eval(f);
      Object r = right.eval(f);
      return switch (op) {
        case EQ -> Values.equal(l, r);
        case NE -> Values.not(Values.equal(l, r));
        case LT -> Values.compare(l, r, c -> c < 0);
        case LE -> Values.compare(l, r, c -> c <= 0);
        case GT -> Values.compare(l, r, c -> c > 0);
        case GE -> Values.compare(l, r, c -> c >= 0);
      };
    }
  }

  /** {@code is set}, {@code is unknown} and their negations: never unknown themselves. */
  static final class StateTest extends Code {
    private final Code operand;
    private final boolean negated;
    private final boolean unknown;

    StateTest(String text, Code operand, boolean negated, boolean unknown) {
      super(Type.Basic.BOOL, text);
      this.operand = operand;
      this.negated = negated;
      this.unknown = unknown;
    }

    @Override
    Object eval(Frame f) {
      Object v = operand.eval(f);
      boolean result = unknown ? v instanceof Unknown : v != None.NONE;
      return result != negated;
    }
  }

  /** {@code in}, {@code contains} and {@code before}. */
  static final class Member extends Code {
    interface Test {
      Object apply(NetworkView view, Object left, Object right);
    }

    private final Code left;
    private final Code right;
    private final boolean negated;
    private final Test test;

    Member(String text, Code left, Code right, boolean negated, Test test) {
      super(Type.Basic.BOOL, text);
      this.left = left;
      this.right = right;
      this.negated = negated;
      this.test = test;
    }

    @Override
    Object eval(Frame f) {
      Object r = test.apply(f.view, left.eval(f), right.eval(f));
      return negated ? Values.not(r) : Values.truth(r);
    }
  }

  /** {@code within} / {@code overlaps}, against one CIDR or any / all of a list. */
  static final class CidrTest extends Code {
    private final boolean overlaps;
    private final boolean negated;
    private final Expr.Over over;
    private final Code left;
    private final Code right;

    CidrTest(String text, boolean overlaps, boolean negated, Expr.Over over, Code left,
        Code right) {
      super(Type.Basic.BOOL, text);
      this.overlaps = overlaps;
      this.negated = negated;
      this.over = over;
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object r = test(left.eval(f), right.eval(f));
      return negated ? Values.not(r) : r;
    }

    private Object test(Object l, Object r) {
      if (l instanceof Unknown) return l;
      if (r instanceof Unknown) return r;
      if (l == None.NONE || r == None.NONE) return Boolean.FALSE;
      Cidr c = (Cidr) l;
      if (over == Expr.Over.ONE) return one(c, r);
      Object acc = over == Expr.Over.ANY ? Boolean.FALSE : Boolean.TRUE;
      for (Object item : (List<?>) r) {
        Object t = one(c, item);
        acc = over == Expr.Over.ANY ? Values.or(acc, t) : Values.and(acc, t);
      }
      return acc;
    }

    private Object one(Cidr c, Object r) {
      if (r instanceof Unknown) return r;
      if (!(r instanceof Cidr other)) return Boolean.FALSE;
      return overlaps ? c.overlaps(other) : other.contains(c);
    }
  }

  static final class Matches extends Code {
    private final Code operand;
    private final Pattern pattern;
    private final boolean negated;

    Matches(String text, Code operand, Pattern pattern, boolean negated) {
      super(Type.Basic.BOOL, text);
      this.operand = operand;
      this.pattern = pattern;
      this.negated = negated;
    }

    @Override
    Object eval(Frame f) {
      Object v = operand.eval(f);
      Object r = v instanceof Unknown ? v
          : v instanceof String s ? (Object) pattern.matcher(s).matches() : Boolean.FALSE;
      return negated ? Values.not(r) : r;
    }
  }

  /** {@code any x in L where c}, {@code no x in L where c}, {@code all x in L satisfy c}. */
  static final class Quantified extends Code {
    private final Expr.Quantifier quantifier;
    private final int slot;
    private final Code source;
    private final Code body;

    Quantified(String text, Expr.Quantifier quantifier, int slot, Code source, Code body) {
      super(Type.Basic.BOOL, text);
      this.quantifier = quantifier;
      this.slot = slot;
      this.source = source;
      this.body = body;
    }

    @Override
    Object eval(Frame f) {
      Object s = source.eval(f);
      if (s instanceof Unknown) return s;
      List<?> items = s instanceof List<?> l ? l : List.of();
      boolean all = quantifier == Expr.Quantifier.ALL;
      Object acc = all ? Boolean.TRUE : Boolean.FALSE;
      for (Object item : items) {
        f.slots[slot] = item;
        Object t = body.eval(f);
        acc = all ? Values.and(acc, t) : Values.or(acc, t);
        if (acc == (all ? Boolean.FALSE : Boolean.TRUE)) break;
      }
      return quantifier == Expr.Quantifier.NO ? Values.not(acc) : acc;
    }
  }
}
