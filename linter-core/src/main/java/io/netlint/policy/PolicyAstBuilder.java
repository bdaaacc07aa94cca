package io.netlint.policy;

import io.netlint.model.Cidr;
import io.netlint.policy.ast.Expr;
import io.netlint.policy.ast.Header;
import io.netlint.policy.ast.Name;
import io.netlint.policy.ast.PolicyDecl;
import io.netlint.policy.ast.PolicyFile;
import io.netlint.policy.ast.Pos;
import io.netlint.policy.ast.Step;
import io.netlint.policy.ast.Template;
import io.netlint.policy.ast.Verdict;
import io.netlint.policy.grammar.PolicyLexer;
import io.netlint.policy.grammar.PolicyParser;
import io.netlint.policy.grammar.PolicyParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The only code that sees ANTLR parse trees: parses a policy file (stopping at the first syntax
 * error) and turns the tree into {@link io.netlint.policy.ast} records.
 */
final class PolicyAstBuilder extends PolicyParserBaseVisitor<Object> {

  /** Where the text being built starts in its file: 1:1, or a placeholder inside a message. */
  private final Pos offset;

  private PolicyAstBuilder(Pos offset) {
    this.offset = offset;
  }

  /** Parses a whole file; throws {@link PolicyException} at the first syntax error. */
  static PolicyFile parse(String file, String text) {
    PolicyParser parser = parser(text, new Pos(1, 1), false);
    PolicyParser.PolicyFileContext tree = parser.policyFile();
    PolicyAstBuilder b = new PolicyAstBuilder(new Pos(1, 1));
    List<Step.Let> constants = new ArrayList<>();
    for (PolicyParser.LetStepContext let : tree.letStep()) constants.add(b.let(let));
    List<PolicyDecl> policies = new ArrayList<>();
    for (PolicyParser.PolicyContext p : tree.policy()) policies.add(b.policy(p));
    return new PolicyFile(file, constants, policies);
  }

  /** Parentheses and brackets open at once, and {@code not}s in a row: the parser recurses. */
  static final int MAX_NESTING = 100;
  /** {@code and}/{@code or} operators in one policy. */
  static final int MAX_OPERATORS = 1_000;

  private static PolicyParser parser(String text, Pos offset, boolean placeholder) {
    checkLimits(text, offset);
    ThrowingErrorListener errors = new ThrowingErrorListener(offset, placeholder);
    PolicyLexer lexer = new PolicyLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    PolicyParser parser = new PolicyParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    return parser;
  }

  /**
   * Policy files can come with a pull request too. The parser and the tree built from it recurse
   * once per nesting level, so a deep expression would overflow the stack; this refuses one
   * first, in a single pass over the tokens.
   */
  private static void checkLimits(String text, Pos offset) {
    PolicyLexer lexer = new PolicyLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners(); // the parser reports lexical errors, in words
    int depth = 0;
    int nots = 0;
    int operators = 0;
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      int type = t.getType();
      if (type == PolicyLexer.LPAREN || type == PolicyLexer.LBRACK) depth++;
      if (type == PolicyLexer.RPAREN || type == PolicyLexer.RBRACK) depth = Math.max(0, depth - 1);
      nots = type == PolicyLexer.NOT ? nots + 1 : 0;
      if (type == PolicyLexer.POLICY) operators = 0;
      if (type == PolicyLexer.AND || type == PolicyLexer.OR) operators++;
      String problem = depth > MAX_NESTING
          ? "expression nested too deeply: more than " + MAX_NESTING + " parentheses or brackets"
              + " open at once"
          : nots > MAX_NESTING ? "more than " + MAX_NESTING + " 'not' in a row"
          : operators > MAX_OPERATORS ? "more than " + MAX_OPERATORS + " 'and'/'or' operators in"
              + " one policy; split it into several policies"
          : null;
      if (problem != null) {
        throw new PolicyException(ThrowingErrorListener.at(offset, t.getLine(),
            t.getCharPositionInLine()), problem);
      }
    }
  }

  // ---- declarations ----------------------------------------------------------------------------

  private PolicyDecl policy(PolicyParser.PolicyContext c) {
    List<Header> headers = new ArrayList<>();
    for (PolicyParser.HeaderContext h : c.header()) headers.add(header(h));
    List<Step> steps = new ArrayList<>();
    for (PolicyParser.StepContext s : c.step()) steps.add(step(s));
    Verdict verdict = c.verdict() instanceof PolicyParser.ForbidVerdictContext f
        ? new Verdict(pos(f.start), true, expr(f.expr()))
        : new Verdict(pos(c.verdict().start), false,
            expr(((PolicyParser.RequireVerdictContext) c.verdict()).expr()));
    Optional<Name> unknown = Optional.ofNullable(c.unknownClause())
        .map(u -> name(u.outcome));
    PolicyParser.MessageClauseContext m = c.messageClause();
    return new PolicyDecl(pos(c.start), name(c.id), slug(c.slug()), headers, steps, verdict,
        unknown, template(m.STRING()));
  }

  /** The slug exactly as written, so that "a - b" can be told from "a-b". */
  private Name slug(PolicyParser.SlugContext c) {
    return new Name(pos(c.start), source(c));
  }

  private Header header(PolicyParser.HeaderContext c) {
    if (c instanceof PolicyParser.SeverityHeaderContext s) {
      return new Header.Severity(pos(s.start), name(s.level));
    }
    if (c instanceof PolicyParser.SummaryHeaderContext s) {
      StringBuilder text = new StringBuilder();
      for (TerminalNode part : s.STRING()) text.append(unquote(part.getSymbol()));
      return new Header.Summary(pos(s.start), text.toString());
    }
    PolicyParser.TagsHeaderContext t = (PolicyParser.TagsHeaderContext) c;
    List<Name> tags = new ArrayList<>();
    for (PolicyParser.SlugContext tag : t.slug()) tags.add(slug(tag));
    return new Header.Tags(pos(t.start), tags);
  }

  private Step step(PolicyParser.StepContext c) {
    if (c instanceof PolicyParser.ForStepContext f) {
      List<Step.Binding> bindings = new ArrayList<>();
      for (PolicyParser.BindingContext b : f.binding()) {
        bindings.add(new Step.Binding(name(b.name), expr(b.expr())));
      }
      return new Step.For(pos(f.start), bindings);
    }
    if (c instanceof PolicyParser.WhereStepContext w) {
      return new Step.Where(pos(w.start), expr(w.expr()));
    }
    return let(((PolicyParser.LetDeclContext) c).letStep());
  }

  private Step.Let let(PolicyParser.LetStepContext c) {
    return new Step.Let(pos(c.start), name(c.name), expr(c.expr()));
  }

  // ---- message templates -----------------------------------------------------------------------

  /** Adjacent strings joined; {@code {expr}} parts parsed as expressions at their own place. */
  private Template template(List<TerminalNode> strings) {
    List<Template.Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (TerminalNode s : strings) {
      Token t = s.getSymbol();
      String raw = t.getText();
      int i = 1;
      while (i < raw.length() - 1) {
        char ch = raw.charAt(i);
        if (ch == '\\' && i + 1 < raw.length() - 1) {
          text.append(escaped(raw.charAt(i + 1)));
          i += 2;
        } else if (ch == '{') {
          int close = closing(raw, i);
          Pos at = new Pos(pos(t).line(), pos(t).column() + i);
          if (close < 0) {
            throw new PolicyException(at, "this '{' is not closed; write \\{ for a brace in the"
                + " text");
          }
          String inner = raw.substring(i + 1, close);
          if (inner.isBlank()) {
            throw new PolicyException(at, "empty placeholder '{}'; put a value inside, e.g. {vpc}");
          }
          if (text.length() > 0) {
            parts.add(new Template.Text(text.toString()));
            text.setLength(0);
          }
          parts.add(new Template.Placeholder(placeholder(unescape(inner),
              new Pos(at.line(), at.column() + 1))));
          i = close + 1;
        } else if (ch == '}') {
          throw new PolicyException(new Pos(pos(t).line(), pos(t).column() + i),
              "this '}' closes no placeholder; write \\} for a brace in the text");
        } else {
          text.append(ch);
          i++;
        }
      }
    }
    if (text.length() > 0) parts.add(new Template.Text(text.toString()));
    return new Template(pos(strings.get(0).getSymbol()), parts);
  }

  /** The index of the '}' that closes the placeholder opened at {@code open}; quotes skipped. */
  private static int closing(String raw, int open) {
    char quote = 0;
    for (int i = open + 1; i < raw.length() - 1; i++) {
      char ch = raw.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (quote != 0) {
        if (ch == quote) quote = 0;
      } else if (ch == '\'') {
        quote = ch;
      } else if (ch == '}') {
        return i;
      }
    }
    return -1;
  }

  private static Expr placeholder(String text, Pos at) {
    PolicyParser parser = parser(text, at, true);
    return new PolicyAstBuilder(at).expr(parser.placeholder().expr());
  }

  // ---- expressions -----------------------------------------------------------------------------

  private Expr expr(PolicyParser.ExprContext c) {
    return or(c.orExpr());
  }

  private Expr or(PolicyParser.OrExprContext c) {
    // the operand lists once: ANTLR builds a new list on every call
    List<PolicyParser.AndExprContext> operands = c.andExpr();
    Expr e = and(operands.get(0));
    for (int i = 1; i < operands.size(); i++) {
      e = new Expr.Logic(e.pos(), source(c.start, operands.get(i).stop), false, e,
          and(operands.get(i)));
    }
    return e;
  }

  private Expr and(PolicyParser.AndExprContext c) {
    List<PolicyParser.NotExprContext> operands = c.notExpr();
    Expr e = not(operands.get(0));
    for (int i = 1; i < operands.size(); i++) {
      e = new Expr.Logic(e.pos(), source(c.start, operands.get(i).stop), true, e,
          not(operands.get(i)));
    }
    return e;
  }

  private Expr not(PolicyParser.NotExprContext c) {
    if (c instanceof PolicyParser.NegationContext n) {
      return new Expr.Not(pos(n.start), source(n), not(n.notExpr()));
    }
    return predicate(((PolicyParser.PlainContext) c).predicate());
  }

  private Expr predicate(PolicyParser.PredicateContext c) {
    Pos p = pos(c.start);
    String text = source(c);
    if (c instanceof PolicyParser.SingleContext s) return value(s.value());
    if (c instanceof PolicyParser.ComparisonContext x) {
      Expr.CompareOp op = switch (x.op.getType()) {
        case PolicyLexer.EQEQ -> Expr.CompareOp.EQ;
        case PolicyLexer.NEQ -> Expr.CompareOp.NE;
        case PolicyLexer.LT -> Expr.CompareOp.LT;
        case PolicyLexer.LE -> Expr.CompareOp.LE;
        case PolicyLexer.GT -> Expr.CompareOp.GT;
        default -> Expr.CompareOp.GE;
      };
      return new Expr.Compare(pos(x.op), text, op, value(x.left), value(x.right));
    }
    if (c instanceof PolicyParser.StateTestContext x) {
      return new Expr.StateTest(p, text, value(x.left), x.NOT() != null,
          x.state.getType() == PolicyLexer.UNKNOWN);
    }
    if (c instanceof PolicyParser.MembershipContext x) {
      Expr.MemberOp op = switch (x.op.getType()) {
        case PolicyLexer.IN -> Expr.MemberOp.IN;
        case PolicyLexer.CONTAINS -> Expr.MemberOp.CONTAINS;
        default -> Expr.MemberOp.BEFORE;
      };
      return new Expr.Member(pos(x.op), text, op, x.NOT() != null, value(x.left),
          value(x.right));
    }
    if (c instanceof PolicyParser.CidrTestContext x) {
      Expr.Over over = x.over == null ? Expr.Over.ONE
          : x.over.getType() == PolicyLexer.ANY ? Expr.Over.ANY : Expr.Over.ALL;
      return new Expr.CidrTest(pos(x.op), text, x.op.getType() == PolicyLexer.OVERLAPS,
          x.NOT() != null, over, value(x.left), value(x.right));
    }
    if (c instanceof PolicyParser.RegexTestContext x) {
      return new Expr.Matches(p, text, x.NOT() != null, value(x.left), unquote(x.pattern),
          pos(x.pattern));
    }
    if (c instanceof PolicyParser.SomeOrNoneContext x) {
      Expr.Quantifier q = x.quantifier.getType() == PolicyLexer.ANY ? Expr.Quantifier.ANY
          : Expr.Quantifier.NO;
      return new Expr.Quantified(p, text, q, name(x.name), value(x.value()), expr(x.expr()));
    }
    PolicyParser.EveryContext x = (PolicyParser.EveryContext) c;
    return new Expr.Quantified(p, text, Expr.Quantifier.ALL, name(x.name), value(x.value()),
        expr(x.expr()));
  }

  private Expr value(PolicyParser.ValueContext c) {
    if (c instanceof PolicyParser.AttributeContext a) {
      return new Expr.Attr(pos(a.word().start), source(a), value(a.value()),
          new Name(pos(a.word().start), a.word().getText()));
    }
    if (c instanceof PolicyParser.LookupContext l) {
      return new Expr.Lookup(pos(l.LBRACK().getSymbol()), source(l), value(l.value()),
          expr(l.expr()));
    }
    return primary(((PolicyParser.AtomContext) c).primary());
  }

  private Expr primary(PolicyParser.PrimaryContext c) {
    Pos p = pos(c.start);
    String text = source(c);
    if (c instanceof PolicyParser.CallContext call) {
      List<Expr> args = new ArrayList<>();
      for (PolicyParser.ExprContext a : call.expr()) args.add(expr(a));
      return new Expr.Call(p, text, name(call.fn), args);
    }
    if (c instanceof PolicyParser.VariableContext) return new Expr.Var(p, text, text);
    if (c instanceof PolicyParser.TextContext t) {
      return new Expr.Str(p, text, unquote(t.STRING().getSymbol()));
    }
    if (c instanceof PolicyParser.NumberContext) {
      try {
        return new Expr.Num(p, text, Long.parseLong(text));
      } catch (NumberFormatException e) {
        throw new PolicyException(p, "the number " + text + " is too large");
      }
    }
    if (c instanceof PolicyParser.CidrContext) {
      Cidr cidr = Cidr.parse(text).orElseThrow(() -> new PolicyException(p,
          "'" + text + "' is not a CIDR; expected an address and a prefix length such as"
              + " 10.0.0.0/8 or fd00::/8"));
      return new Expr.CidrLit(p, text, cidr);
    }
    if (c instanceof PolicyParser.BoolContext) return new Expr.Bool(p, text, text.equals("true"));
    if (c instanceof PolicyParser.ListContext l) {
      List<Expr> items = new ArrayList<>();
      for (PolicyParser.ExprContext e : l.expr()) items.add(expr(e));
      return new Expr.ListLit(p, text, items);
    }
    return expr(((PolicyParser.ParensContext) c).expr());
  }

  // ---- tokens ----------------------------------------------------------------------------------

  private Pos pos(Token t) {
    return ThrowingErrorListener.at(offset, t.getLine(), t.getCharPositionInLine());
  }

  private Name name(Token t) { return new Name(pos(t), t.getText()); }

  private static String source(ParserRuleContext c) { return source(c.start, c.stop); }

  private static String source(Token start, Token stop) {
    if (stop == null || stop.getStopIndex() < start.getStartIndex()) return start.getText();
    return start.getInputStream().getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
  }

  /** The text of a string token without its quotes, escapes resolved. */
  private static String unquote(Token t) {
    String raw = t.getText();
    return unescape(raw.substring(1, raw.length() - 1));
  }

  /**
   * Resolves {@code \"}, {@code \'}, {@code \\}, {@code \{} and {@code \}}; any other backslash
   * stays, so that regular expressions such as {@code "\d+"} read as written.
   */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length()) {
        out.append(escaped(s.charAt(i + 1)));
        i++;
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static String escaped(char next) {
    return switch (next) {
      case '"', '\'', '\\', '{', '}' -> String.valueOf(next);
      default -> "\\" + next;
    };
  }
}
