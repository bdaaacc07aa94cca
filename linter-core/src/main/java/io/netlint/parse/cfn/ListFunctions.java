package io.netlint.parse.cfn;

import io.netlint.model.Cidr;
import io.netlint.parse.cfn.CfnValue.AzList;
import io.netlint.parse.cfn.CfnValue.Lst;
import io.netlint.parse.cfn.CfnValue.NoValue;
import io.netlint.parse.cfn.CfnValue.Obj;
import io.netlint.parse.cfn.CfnValue.Str;
import io.netlint.parse.cfn.CfnValue.Symbolic;
import io.netlint.parse.cfn.CfnValue.Unknown;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Functions over lists and mappings: Select, GetAZs, Cidr, Length and FindInMap. */
final class ListFunctions {

  private final CfnEvaluator ev;

  ListFunctions(CfnEvaluator ev) {
    this.ev = ev;
  }

  /** Indexing {@code Fn::GetAZs} gives the symbolic zone {@code GetAZs('<region>')[i]}. */
  CfnValue select(Node arg, Node at) {
    List<Node> a = CfnEvaluator.args(arg, 2, 2);
    if (a == null) return ev.malformed(at, "Fn::Select needs [index, list]");
    CfnValue index = ev.eval(a.get(0));
    if (!(index instanceof Str s) || s.symbolic()) return new Unknown(CfnValue.reasonOf(index));
    Integer i = CfnEvaluator.parseInt(s.text());
    if (i == null || i < 0) {
      return ev.malformed(at, "Fn::Select index '" + s.text() + "' is not a non-negative integer");
    }
    CfnValue list = ev.eval(a.get(1));
    if (list instanceof AzList az) return Str.of("GetAZs('" + az.region() + "')[" + i + "]");
    if (list instanceof Lst l) {
      if (i >= l.items().size()) {
        return ev.malformed(at, "Fn::Select index " + i + " is out of range for a list of "
            + l.items().size());
      }
      return l.items().get(i);
    }
    if (list instanceof Str || list instanceof Obj) {
      return ev.malformed(at, "Fn::Select needs a list");
    }
    return new Unknown(CfnValue.reasonOf(list));
  }

  /** {@code ''} and {@code AWS::Region} both mean the stack's region. */
  CfnValue getAzs(Node arg) {
    CfnValue r = ev.eval(arg);
    String stackRegion = ev.region().orElse("");
    if (r instanceof Symbolic || r == NoValue.INSTANCE) return new AzList(stackRegion);
    if (r instanceof Str s) {
      return new AzList(s.text().isEmpty() || s.symbolic() ? stackRegion : s.text());
    }
    return new Unknown(CfnValue.reasonOf(r));
  }

  /** {@code [ipBlock, count, cidrBits]}: count consecutive blocks of cidrBits host bits. */
  CfnValue cidr(Node arg, Node at) {
    List<Node> a = CfnEvaluator.args(arg, 3, 3);
    if (a == null) return ev.malformed(at, "Fn::Cidr needs [ipBlock, count, cidrBits]");
    CfnValue block = ev.eval(a.get(0));
    CfnValue count = ev.eval(a.get(1));
    CfnValue bits = ev.eval(a.get(2));
    for (CfnValue v : List.of(block, count, bits)) {
      if (!(v instanceof Str s) || s.symbolic()) return new Unknown(CfnValue.reasonOf(v));
    }
    String text = ((Str) block).text();
    Optional<Cidr> ip = Cidr.parse(text);
    if (ip.isEmpty()) return ev.malformed(at, "'" + text + "' is not a CIDR");
    Integer n = CfnEvaluator.parseInt(((Str) count).text());
    Integer host = CfnEvaluator.parseInt(((Str) bits).text());
    if (n == null || n < 1 || n > 256) {
      return ev.malformed(at, "Fn::Cidr count '" + ((Str) count).text()
          + "' is not between 1 and 256");
    }
    if (host == null || host < 0) {
      return ev.malformed(at, "Fn::Cidr cidrBits '" + ((Str) bits).text()
          + "' is not a number of host bits");
    }
    List<CfnValue> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Optional<Cidr> sub = ip.get().subnet(i, host);
      if (sub.isEmpty()) {
        return ev.malformed(at, "Fn::Cidr cannot fit " + n + " blocks with " + host
            + " host bits in " + text);
      }
      out.add(Str.of(sub.get().canonical()));
    }
    return new Lst(at, out);
  }

  CfnValue length(Node arg) {
    CfnValue v = ev.eval(arg);
    if (v instanceof Lst l) return Str.of(String.valueOf(l.items().size()));
    return new Unknown(CfnValue.reasonOf(v));
  }

  /**
   * {@code [Map, TopKey, SecondKey]} with an optional {@code {DefaultValue: x}}. A key that is not
   * known still gives a value when every entry it could select holds the same value.
   */
  CfnValue findInMap(Node arg, Node at) {
    List<Node> a = CfnEvaluator.args(arg, 3, 4);
    if (a == null) {
      return ev.malformed(at, "Fn::FindInMap needs [MapName, TopLevelKey, SecondLevelKey]");
    }
    CfnValue mapName = ev.eval(a.get(0));
    if (!isKnownKey(mapName)) return new Unknown(CfnValue.reasonOf(mapName));
    String name = ((Str) mapName).text();
    Node dflt = a.size() == 4 && a.get(3) instanceof MapNode d ? d.get("DefaultValue") : null;
    MapNode mappings = ev.template().mappings;
    Node mapNode = mappings == null ? null : mappings.get(name);
    if (!(mapNode instanceof MapNode map)) {
      return dflt != null ? ev.eval(dflt) : ev.malformed(at, "no mapping named '" + name + "'");
    }
    CfnValue top = ev.eval(a.get(1));
    CfnValue second = ev.eval(a.get(2));
    List<Node> firstLevel = lookup(map, top);
    List<Node> leaves = new ArrayList<>();
    for (Node n : firstLevel) {
      if (n instanceof MapNode inner) leaves.addAll(lookup(inner, second));
    }
    if (isKnownKey(top) && isKnownKey(second)) {
      if (!leaves.isEmpty()) return ev.eval(leaves.get(0));
      if (dflt != null) return ev.eval(dflt);
      return ev.malformed(at, "mapping '" + name + "' has no entry ['" + ((Str) top).text()
          + "', '" + ((Str) second).text() + "']");
    }
    String why = "Fn::FindInMap key: " + CfnValue.reasonOf(isKnownKey(top) ? second : top);
    // with an unknown top key, an entry lacking the second key could be the one selected
    if (leaves.isEmpty() || !isKnownKey(top) && leaves.size() < firstLevel.size()) {
      return new Unknown(why);
    }
    CfnValue first = ev.eval(leaves.get(0));
    for (Node leaf : leaves) {
      if (!ev.eval(leaf).equals(first)) return new Unknown(why);
    }
    return first;
  }

  private static boolean isKnownKey(CfnValue v) { return v instanceof Str s && !s.symbolic(); }

  private static List<Node> lookup(MapNode map, CfnValue key) {
    if (isKnownKey(key)) {
      Node n = map.get(((Str) key).text());
      return n == null ? List.of() : List.of(n);
    }
    return map.entries().values().stream().map(MapNode.Entry::value).toList();
  }
}
