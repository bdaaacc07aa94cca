package io.netlint.parse.cfn;

import io.netlint.model.Cidr;
import io.netlint.model.Ref;
import io.netlint.model.Value;
import io.netlint.parse.cfn.CfnValue.Lst;
import io.netlint.parse.cfn.CfnValue.NoValue;
import io.netlint.parse.cfn.CfnValue.Obj;
import io.netlint.parse.cfn.CfnValue.ResRef;
import io.netlint.parse.cfn.CfnValue.Str;
import io.netlint.parse.cfn.CfnValue.Unknown;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The properties of a resource, or of a nested property object, read as model values. Each
 * property is evaluated only when asked for. Conversion problems (a CIDR that does not parse, a
 * word where a number belongs) become a warning at the property and an unknown value.
 */
final class Props {

  private final Function<String, CfnValue> values;
  private final Function<String, Position> positions;
  private final Diagnostics diags;

  private Props(Function<String, CfnValue> values, Function<String, Position> positions,
      Diagnostics diags) {
    this.values = values;
    this.positions = positions;
    this.diags = diags;
  }

  /** The {@code Properties} of a resource. */
  static Props of(CfnResource r, CfnEvaluator ev) {
    Node p = r.properties();
    Diagnostics d = ev.diagnostics();
    if (p == null) return new Props(n -> NoValue.INSTANCE, n -> r.position(), d);
    if (CfnEvaluator.isLiteralMap(p)) {
      MapNode m = (MapNode) p;
      return new Props(n -> ev.eval(m.get(n)),
          n -> m.get(n) == null ? r.position() : m.get(n).position(), d);
    }
    CfnValue all = ev.eval(p);
    if (all instanceof Obj o) return of(o, d);
    CfnValue each = all instanceof Unknown ? all : NoValue.INSTANCE;
    return new Props(n -> each, n -> p.position(), d);
  }

  static Props of(Obj o, Diagnostics diags) {
    return new Props(n -> o.entries().getOrDefault(n, NoValue.INSTANCE), o::positionOf, diags);
  }

  CfnValue value(String name) { return values.apply(name); }

  boolean isSet(String name) { return value(name) != NoValue.INSTANCE; }

  Position at(String name) { return positions.apply(name); }

  void warn(String name, String message) { diags.warning(at(name), message); }

  // ---- by property name ---------------------------------------------------------------------

  Ref ref(String name) { return toRef(value(name)); }

  Value<String> string(String name) { return toStringValue(value(name)); }

  Value<Cidr> cidr(String name) { return toCidr(value(name), at(name)); }

  Value<Boolean> bool(String name) {
    return scalar(name, "a boolean", t -> t.equalsIgnoreCase("true") ? Optional.of(true)
        : t.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty());
  }

  /** {@code enable} / {@code disable} options of transit gateways and their attachments. */
  Value<Boolean> enableFlag(String name) {
    return scalar(name, "'enable' or 'disable'", t -> {
      if (t.equalsIgnoreCase("enable")) return Optional.of(true);
      return t.equalsIgnoreCase("disable") ? Optional.of(false) : Optional.empty();
    });
  }

  Value<Long> longValue(String name) { return toLong(value(name), at(name)); }

  Value<Integer> integer(String name) {
    return scalar(name, "an integer", t -> Optional.ofNullable(CfnEvaluator.parseInt(t)));
  }

  /** A list of IDs; an unknown list becomes one unknown link (the model has no unknown list). */
  List<Ref> refs(String name) {
    CfnValue v = value(name);
    if (v == NoValue.INSTANCE) return List.of();
    if (v instanceof Lst l) return l.items().stream().map(Props::toRef).toList();
    if (v instanceof Str s && !s.symbolic()) {
      // a comma-joined string is accepted where CloudFormation expects a list of IDs
      List<Ref> out = new ArrayList<>();
      for (String part : s.text().split(",")) {
        if (!part.isBlank()) out.add(toRef(Str.of(part.trim())));
      }
      return out;
    }
    return List.of(toRef(v));
  }

  Value<List<String>> strings(String name) {
    CfnValue v = value(name);
    if (v == NoValue.INSTANCE) return Value.absent();
    if (!(v instanceof Lst l)) return Value.unknown(CfnValue.reasonOf(v));
    List<String> out = new ArrayList<>();
    for (CfnValue item : l.items()) {
      if (!(item instanceof Str s)) return Value.unknown(CfnValue.reasonOf(item));
      out.add(s.text());
    }
    return Value.known(List.copyOf(out));
  }

  /** A list of strings as values; an unknown list becomes a single unknown value. */
  List<Value<String>> stringValues(String name) {
    CfnValue v = value(name);
    if (v == NoValue.INSTANCE) return List.of();
    if (v instanceof Lst l) return l.items().stream().map(Props::toStringValue).toList();
    return List.of(toStringValue(v));
  }

  List<Value<Cidr>> cidrs(String name) {
    CfnValue v = value(name);
    if (v == NoValue.INSTANCE) return List.of();
    if (v instanceof Lst l) return l.items().stream().map(i -> toCidr(i, at(name))).toList();
    return List.of(toCidr(v, at(name)));
  }

  Optional<Props> object(String name) {
    return value(name) instanceof Obj o ? Optional.of(of(o, diags)) : Optional.empty();
  }

  /** The mappings of a list property, with where each was written. */
  List<Obj> objects(String name) {
    CfnValue v = value(name);
    if (!(v instanceof Lst l)) return List.of();
    List<Obj> out = new ArrayList<>();
    for (CfnValue item : l.items()) {
      if (item instanceof Obj o) out.add(o);
    }
    return out;
  }

  Props nested(Obj o) { return of(o, diags); }

  // ---- conversions --------------------------------------------------------------------------

  static Ref toRef(CfnValue v) {
    if (v == NoValue.INSTANCE) return Ref.absent();
    if (v instanceof ResRef r) return Ref.toKey(r.key());
    if (v instanceof Str s && !s.symbolic()) {
      String id = s.text().trim();
      return id.isEmpty() ? Ref.unknown("the ID is an empty string") : Ref.toAwsId(normaliseId(id));
    }
    return Ref.unknown(CfnValue.reasonOf(v));
  }

  /** Direct Connect and other properties accept an ARN where an ID is meant; keep the ID. */
  static String normaliseId(String id) {
    if (id.startsWith("arn:") && id.indexOf('/') > 0) return id.substring(id.lastIndexOf('/') + 1);
    return id;
  }

  static Value<String> toStringValue(CfnValue v) {
    if (v == NoValue.INSTANCE) return Value.absent();
    if (v instanceof Str s) return Value.known(s.text());
    return Value.unknown(CfnValue.reasonOf(v));
  }

  Value<Cidr> toCidr(CfnValue v, Position at) {
    if (v == NoValue.INSTANCE) return Value.absent();
    if (!(v instanceof Str s) || s.symbolic()) return Value.unknown(CfnValue.reasonOf(v));
    Optional<Cidr> c = Cidr.parse(s.text());
    if (c.isPresent()) return Value.known(c.get());
    String message = "'" + s.text() + "' is not a CIDR";
    diags.warning(at, message);
    return Value.unknown(message);
  }

  Value<Long> toLong(CfnValue v, Position at) {
    return convert(v, at, "a number", t -> {
      try {
        return Optional.of(Long.parseLong(t.trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  private <T> Value<T> scalar(String name, String what, Function<String, Optional<T>> parse) {
    return convert(value(name), at(name), what, parse);
  }

  private <T> Value<T> convert(CfnValue v, Position at, String what,
      Function<String, Optional<T>> parse) {
    if (v == NoValue.INSTANCE) return Value.absent();
    if (!(v instanceof Str s) || s.symbolic()) return Value.unknown(CfnValue.reasonOf(v));
    Optional<T> parsed = parse.apply(s.text());
    if (parsed.isPresent()) return Value.known(parsed.get());
    String message = "'" + s.text() + "' is not " + what;
    diags.warning(at, message);
    return Value.unknown(message);
  }
}
