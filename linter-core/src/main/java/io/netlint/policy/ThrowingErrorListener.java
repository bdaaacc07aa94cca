package io.netlint.policy;

import io.netlint.policy.ast.Pos;
import io.netlint.policy.grammar.PolicyLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Stops at the first syntax error and says, in words, what was found and what could come there
 * instead. ANTLR's own messages name token types ("mismatched input … expecting {…}").
 */
final class ThrowingErrorListener extends BaseErrorListener {

  /** Tokens that start a clause of a policy: worth naming when one of them may come next. */
  private static final List<Integer> CLAUSES = List.of(PolicyLexer.POLICY, PolicyLexer.SEVERITY,
      PolicyLexer.SUMMARY, PolicyLexer.TAGS, PolicyLexer.FOR, PolicyLexer.LET, PolicyLexer.WHERE,
      PolicyLexer.REQUIRE, PolicyLexer.FORBID, PolicyLexer.WHEN, PolicyLexer.MESSAGE,
      PolicyLexer.IN, PolicyLexer.SATISFY, PolicyLexer.UNKNOWN, PolicyLexer.PASS,
      PolicyLexer.FAIL, PolicyLexer.ASSIGN, PolicyLexer.RPAREN, PolicyLexer.RBRACK,
      PolicyLexer.COMMA, PolicyLexer.EOF);

  /** Tokens that start a value. */
  private static final Set<Integer> VALUE_STARTS = Set.of(PolicyLexer.STRING, PolicyLexer.NUMBER,
      PolicyLexer.CIDR, PolicyLexer.LPAREN, PolicyLexer.LBRACK, PolicyLexer.TRUE,
      PolicyLexer.FALSE);

  private final Pos offset;
  private final boolean placeholder;

  /**
   * @param offset where the parsed text starts in its file
   * @param placeholder true for the text of a {placeholder} in a message
   */
  ThrowingErrorListener(Pos offset, boolean placeholder) {
    this.offset = offset;
    this.placeholder = placeholder;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
      int charPositionInLine, String msg, RecognitionException e) {
    Pos pos = at(offset, line, charPositionInLine);
    if (!(offendingSymbol instanceof Token token) || !(recognizer instanceof Parser parser)) {
      throw new PolicyException(pos, msg);
    }
    // a failed prediction reports what could start the whole expression; after a dot only an
    // attribute name can come
    int index = token.getTokenIndex();
    if (index > 0 && parser.getInputStream().get(index - 1).getType() == PolicyLexer.DOT) {
      throw new PolicyException(pos, (token.getType() == Token.EOF
          ? (placeholder ? "the placeholder" : "the file") + " ends too early"
          : "unexpected '" + token.getText() + "'") + "; expected an attribute name after '.'");
    }
    throw new PolicyException(pos, describe(token, parser.getExpectedTokens(), placeholder));
  }

  /** A position in the file of a position in text that starts at {@code offset}. */
  static Pos at(Pos offset, int line, int charPositionInLine) {
    return line == 1
        ? new Pos(offset.line(), offset.column() + charPositionInLine)
        : new Pos(offset.line() + line - 1, charPositionInLine + 1);
  }

  static String describe(Token token, IntervalSet expected, boolean placeholder) {
    switch (token.getType()) {
      case PolicyLexer.UNTERMINATED_STRING:
        return "this string has no closing quote on its line";
      case PolicyLexer.ADDRESS:
        return "'" + token.getText() + "' is an address; a CIDR needs a prefix length, e.g. "
            + token.getText() + "/32";
      case PolicyLexer.OTHER:
        return "unexpected character '" + token.getText() + "'" + hint(token, expected);
      default:
        break;
    }
    if (token.getType() == Token.EOF) {
      return (placeholder ? "the placeholder" : "the file") + " ends too early; expected "
          + expectation(expected);
    }
    return "unexpected '" + token.getText() + "'; expected " + expectation(expected)
        + hint(token, expected);
  }

  private static String hint(Token token, IntervalSet expected) {
    // '=' only belongs in 'let'; anywhere else it is a comparison written with one sign
    if (token.getType() == PolicyLexer.ASSIGN) return " (compare with '==')";
    if ("&&".equals(token.getText()) || "&".equals(token.getText())) return " (write 'and')";
    if ("|".equals(token.getText())) return " (write 'or')";
    if ("!".equals(token.getText())) return " (write 'not', or '!=' to compare)";
    if (token.getType() == PolicyLexer.IDENT) {
      String best = null;
      for (int type : expected.toList()) {
        String word = keyword(type);
        if (word != null && Names.distance(word, token.getText()) <= 2
            && (best == null || Names.distance(word, token.getText())
                < Names.distance(best, token.getText()))) {
          best = word;
        }
      }
      if (best != null) return "; did you mean '" + best + "'?";
    }
    return "";
  }

  /** What may come instead, in words: clause keywords first, then values, then operators. */
  static String expectation(IntervalSet expected) {
    // after a dot any word may follow, keywords included: that is "a name", not every keyword
    if (expected.contains(PolicyLexer.IDENT) && expected.contains(PolicyLexer.SATISFY)
        && expected.contains(PolicyLexer.POLICY)) {
      return "a name";
    }
    List<String> words = new ArrayList<>();
    for (int type : CLAUSES) {
      if (expected.contains(type)) words.add(name(type));
    }
    boolean value = VALUE_STARTS.stream().anyMatch(expected::contains);
    if (value) {
      words.add("a value");
    } else if (expected.contains(PolicyLexer.IDENT)) {
      words.add("a name");
    }
    if (words.isEmpty()) {
      for (int type : expected.toList()) {
        if (!VALUE_STARTS.contains(type) && type != PolicyLexer.IDENT) words.add(name(type));
      }
    }
    if (words.size() > 6) {
      words = new ArrayList<>(words.subList(0, 6));
      words.add("…");
    }
    if (words.isEmpty()) return "something else";
    if (words.size() == 1) return words.get(0);
    return String.join(", ", words.subList(0, words.size() - 1)) + " or "
        + words.get(words.size() - 1);
  }

  private static String name(int type) {
    if (type == Token.EOF) return "the end of the file";
    String word = keyword(type);
    if (word != null) return "'" + word + "'";
    String literal = PolicyLexer.VOCABULARY.getLiteralName(type);
    return literal != null ? literal : PolicyLexer.VOCABULARY.getSymbolicName(type).toLowerCase();
  }

  /** The word of a keyword token, else null. */
  private static String keyword(int type) {
    String literal = type > 0 ? PolicyLexer.VOCABULARY.getLiteralName(type) : null;
    if (literal == null) return null;
    String word = literal.substring(1, literal.length() - 1);
    return Character.isLetter(word.charAt(0)) ? word : null;
  }
}
