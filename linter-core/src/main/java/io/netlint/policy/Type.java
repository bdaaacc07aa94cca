package io.netlint.policy;

/** The static type of a policy expression. */
sealed interface Type permits Type.Basic, Type.ListOf, ObjectType {

  /** The type as a message names it: "a cidr", "a list of subnet". */
  String describe();

  enum Basic implements Type {
    BOOL("a condition (true or false)"),
    NUMBER("a number"),
    STRING("a string"),
    CIDR("a cidr"),
    TAGS("tags"),
    /** The element type of an empty list literal; fits anything. */
    ANY("anything");

    private final String described;

    Basic(String described) { this.described = described; }

    @Override
    public String describe() { return described; }
  }

  record ListOf(Type element) implements Type {
    @Override
    public String describe() {
      String e = element.describe();
      return "a list of " + (e.startsWith("a ") ? e.substring(2) : e.startsWith("an ")
          ? e.substring(3) : e);
    }
  }

  static boolean isList(Type t) { return t instanceof ListOf; }

  static Type elementOf(Type t) { return ((ListOf) t).element(); }

  /** True when values of the two types can be compared with {@code ==}. */
  static boolean comparable(Type a, Type b) {
    if (a == Basic.ANY || b == Basic.ANY) return true;
    if (a instanceof ListOf la && b instanceof ListOf lb) {
      return comparable(la.element(), lb.element());
    }
    return a.equals(b);
  }
}
