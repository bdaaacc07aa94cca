package io.netlint.policy;

import io.netlint.model.Element;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A kind of thing a policy can go through: a model element type (vpc, subnet, …) or a part of
 * one (a VPN tunnel, a connection between two VPCs), with its attributes.
 */
final class ObjectType implements Type {

  /** Reads one attribute of an object. */
  interface Accessor {
    Object get(NetworkView view, Object self);
  }

  /** @param doc one line for the language reference */
  record Attribute(String name, Type type, String doc, Accessor accessor) {}

  private final String name;
  private final String noun;
  private final Function<Object, Element> owner;
  private final Function<Object, List<Element>> related;
  private final Map<String, Attribute> attributes = new LinkedHashMap<>();

  /**
   * @param noun how reports name one, e.g. "VPC", "Direct Connect connection"
   * @param owner the element a finding about one is reported on
   */
  ObjectType(String name, String noun, Function<Object, Element> owner) {
    this(name, noun, owner, o -> List.of(owner.apply(o)));
  }

  /** @param related the elements a finding names as related when one is bound by a 'for' */
  ObjectType(String name, String noun, Function<Object, Element> owner,
      Function<Object, List<Element>> related) {
    this.name = name;
    this.noun = noun;
    this.owner = owner;
    this.related = related;
  }

  String name() { return name; }

  String noun() { return noun; }

  Element owner(Object value) { return owner.apply(value); }

  List<Element> related(Object value) { return related.apply(value); }

  void add(Attribute a) {
    if (attributes.putIfAbsent(a.name(), a) != null) {
      throw new IllegalStateException(name + "." + a.name() + " defined twice");
    }
  }

  Attribute attribute(String attr) { return attributes.get(attr); }

  Map<String, Attribute> attributes() { return Collections.unmodifiableMap(attributes); }

  @Override
  public String describe() {
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  @Override
  public String toString() { return name; }
}
