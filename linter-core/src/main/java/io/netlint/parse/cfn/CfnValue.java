package io.netlint.parse.cfn;

import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a template value evaluates to. Known values are kept as text (CloudFormation compares and
 * substitutes everything as strings); links to resources stay symbolic, and anything that is only
 * decided at deployment becomes {@link Unknown} with the reason.
 */
sealed interface CfnValue {

  /**
   * A known scalar.
   *
   * @param symbolic true when the text still holds {@code ${AWS::…}} tokens of pseudo parameters
   *     that were not known (e.g. {@code com.amazonaws.${AWS::Region}.s3})
   */
  record Str(String text, boolean symbolic) implements CfnValue {
    static Str of(String text) { return new Str(text, false); }
  }

  /** A list; {@code source} is where it was written, for positions only. */
  record Lst(Node source, List<CfnValue> items) implements CfnValue {
    public Lst {
      items = List.copyOf(items);
    }

    @Override
    public boolean equals(Object o) { return o instanceof Lst l && l.items.equals(items); }

    @Override
    public int hashCode() { return items.hashCode(); }
  }

  /** A mapping with its entries evaluated; {@code source} is where it was written. */
  record Obj(Node source, Map<String, CfnValue> entries) implements CfnValue {
    public Obj {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** Where an entry's value was written, else where the mapping starts. */
    Position positionOf(String key) {
      if (source instanceof MapNode m && m.get(key) != null) return m.get(key).position();
      return source == null ? Position.START : source.position();
    }

    @Override
    public boolean equals(Object o) { return o instanceof Obj b && b.entries.equals(entries); }

    @Override
    public int hashCode() { return entries.hashCode(); }
  }

  /**
   * The physical ID (or an ID-valued attribute) of a resource: an edge to it.
   *
   * @param key the element key, {@code file#LogicalId}
   * @param attribute the {@code Fn::GetAtt} attribute, or null for {@code Ref}
   */
  record ResRef(String key, String logicalId, String type, String attribute) implements CfnValue {}

  /** {@code Fn::GetAZs}: an account-specific list that only {@code Fn::Select} can index. */
  record AzList(String region) implements CfnValue {}

  /** A pseudo parameter that is not known, e.g. {@code ${AWS::Region}} without a region. */
  record Symbolic(String token, String reason) implements CfnValue {}

  record Unknown(String reason) implements CfnValue {
    public Unknown {
      Objects.requireNonNull(reason);
    }
  }

  /** {@code AWS::NoValue}, or a null: the property is removed. */
  enum NoValue implements CfnValue { INSTANCE }

  static CfnValue unknown(String reason) { return new Unknown(reason); }

  /** Why a value cannot serve as a plain known scalar. */
  static String reasonOf(CfnValue v) {
    if (v instanceof Unknown u) return u.reason();
    if (v instanceof Symbolic s) return s.reason();
    if (v instanceof ResRef r) {
      return r.attribute() == null
          ? "the ID of '" + r.logicalId() + "' is known only after deployment"
          : "'" + r.logicalId() + "." + r.attribute() + "' is known only after deployment";
    }
    if (v instanceof AzList) return "Fn::GetAZs returns an account-specific list";
    if (v instanceof Str s && s.symbolic()) {
      return "'" + s.text() + "' depends on pseudo parameters known only at deployment";
    }
    if (v instanceof Lst || v instanceof Obj) {
      return "a list or mapping where one value is expected";
    }
    if (v instanceof Str) return "a single value where a list or mapping is expected";
    return "no value";
  }
}
