package io.netlint.policy.ast;

import io.netlint.model.Cidr;
import java.util.List;

/**
 * An expression. Every node keeps its position and its source text, so that errors and "cannot
 * verify" reports can quote what the user wrote.
 */
public sealed interface Expr {

  Pos pos();

  String text();

  record Str(Pos pos, String text, String value) implements Expr {}

  record Num(Pos pos, String text, long value) implements Expr {}

  record CidrLit(Pos pos, String text, Cidr value) implements Expr {}

  record Bool(Pos pos, String text, boolean value) implements Expr {}

  record ListLit(Pos pos, String text, List<Expr> items) implements Expr {
    public ListLit {
      items = List.copyOf(items);
    }
  }

  /** A variable or a collection. */
  record Var(Pos pos, String text, String name) implements Expr {}

  /** {@code target.name}. */
  record Attr(Pos pos, String text, Expr target, Name name) implements Expr {}

  /** {@code target[key]}. */
  record Lookup(Pos pos, String text, Expr target, Expr key) implements Expr {}

  record Call(Pos pos, String text, Name function, List<Expr> args) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  record Not(Pos pos, String text, Expr operand) implements Expr {}

  /** {@code and} / {@code or}, left to right. */
  record Logic(Pos pos, String text, boolean and, Expr left, Expr right) implements Expr {}

  enum CompareOp {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    public final String symbol;

    CompareOp(String symbol) { this.symbol = symbol; }
  }

  record Compare(Pos pos, String text, CompareOp op, Expr left, Expr right) implements Expr {}

  /** {@code x is [not] set} / {@code x is [not] unknown}. */
  record StateTest(Pos pos, String text, Expr operand, boolean negated, boolean unknown)
      implements Expr {}

  enum MemberOp { IN("in"), CONTAINS("contains"), BEFORE("before");

    public final String word;

    MemberOp(String word) { this.word = word; }
  }

  record Member(Pos pos, String text, MemberOp op, boolean negated, Expr left, Expr right)
      implements Expr {}

  /** How a CIDR test reads a list on its right: not at all, any element, or all of them. */
  enum Over { ONE, ANY, ALL }

  record CidrTest(Pos pos, String text, boolean overlaps, boolean negated, Over over, Expr left,
      Expr right) implements Expr {}

  /** {@code x matches "regex"}; {@code patternPos} is where the pattern is written. */
  record Matches(Pos pos, String text, boolean negated, Expr left, String pattern,
      Pos patternPos) implements Expr {}

  enum Quantifier { ANY, NO, ALL }

  /** {@code any s in L where c}, {@code no s in L where c}, {@code all s in L satisfy c}. */
  record Quantified(Pos pos, String text, Quantifier quantifier, Name variable, Expr source,
      Expr body) implements Expr {}
}
