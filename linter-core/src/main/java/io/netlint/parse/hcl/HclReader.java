package io.netlint.parse.hcl;

import io.netlint.parse.Diagnostic;
import io.netlint.parse.hcl.internal.HclLexer;
import io.netlint.parse.hcl.internal.HclParser;
import io.netlint.parse.tree.Position;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reads a {@code .tf} file into {@link HclFile}. A syntax error becomes one diagnostic with its
 * line and column; reading never throws.
 */
public final class HclReader {

  private static final Set<String> KEYWORD_LITERALS = Set.of("true", "false", "null");

  private HclReader() {}

  /** Reads a file from disk; an unreadable file is a diagnostic like a syntax error. */
  public static HclFile read(String display, Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      return failed(display, Diagnostic.warning(display, 1, 1,
          "cannot read Terraform source: not UTF-8 text"));
    } catch (IOException e) {
      return failed(display, Diagnostic.warning(display, 1, 1,
          "cannot read Terraform source: " + e.getMessage()));
    }
    return read(display, text);
  }

  public static HclFile read(String file, String text) {
    try {
      return parse(file, text);
    } catch (StackOverflowError e) {
      return failed(file, Diagnostic.warning(file, 1, 1, "Terraform source not understood"
          + " (expressions nested too deeply); findings on its resources keep their plan"
          + " location"));
    }
  }

  private static HclFile parse(String file, String text) {
    // a byte order mark is no column of the first line
    if (text.startsWith("\ufeff")) text = text.substring(1);
    FirstError errors = new FirstError(file);
    HclLexer lexer = new HclLexer(CharStreams.fromString(text, file));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    if (tooDeep(tokens)) {
      return failed(file, Diagnostic.warning(file, 1, 1, "Terraform source not understood"
          + " (expressions nested too deeply: more than " + MAX_NESTING + " levels); findings"
          + " on its resources keep their plan location"));
    }
    tokens.seek(0);
    HclParser parser = new HclParser(tokens);
    parser.removeErrorListeners();
    HclParser.ConfigFileContext tree;
    // the fast prediction mode parses almost every file; the full one only decides the rest
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      tree = parser.configFile();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.addErrorListener(errors);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      tree = parser.configFile();
    }
    List<HclComment> comments = comments(tokens);
    if (errors.diagnostic != null) {
      return new HclFile(file, List.of(), comments, List.of(errors.diagnostic));
    }
    Body body = body(tree.body());
    return new HclFile(file, body.blocks, comments, List.of());
  }

  /** Brackets, braces, quotes and interpolations open at once; no real module comes near. */
  static final int MAX_NESTING = 100;

  /**
   * The parser's prediction looks ahead across every open level, so deep nesting costs time
   * that grows much faster than the file (a fuzzed file of a few kilobytes ran for minutes);
   * a single pass over the tokens refuses it first.
   */
  private static boolean tooDeep(CommonTokenStream tokens) {
    int depth = 0;
    for (Token t : tokens.getTokens()) {
      switch (t.getType()) {
        case HclLexer.LPAREN, HclLexer.LBRACK, HclLexer.LBRACE, HclLexer.OQUOTE,
            HclLexer.INTERP_OPEN, HclLexer.DIRECTIVE_OPEN -> depth++;
        case HclLexer.RPAREN, HclLexer.RBRACK, HclLexer.RBRACE, HclLexer.CQUOTE,
            HclLexer.STRING_NEWLINE -> depth = Math.max(0, depth - 1);
        default -> { }
      }
      if (depth > MAX_NESTING) return true;
    }
    return false;
  }

  private static HclFile failed(String file, Diagnostic d) {
    return new HclFile(file, List.of(), List.of(), List.of(d));
  }

  private record Body(List<HclAttribute> attributes, List<HclBlock> blocks) {}

  private static Body body(HclParser.BodyContext ctx) {
    List<HclAttribute> attributes = new ArrayList<>();
    List<HclBlock> blocks = new ArrayList<>();
    for (ParseTree child : ctx.children == null ? List.<ParseTree>of() : ctx.children) {
      if (child instanceof HclParser.AttributeContext a) {
        String literal = literalText(a.expression());
        attributes.add(new HclAttribute(a.identifier().getText(), start(a.getStart()),
            literal != null || isLiteral(a.expression()), literal));
      } else if (child instanceof HclParser.BlockContext b) {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i < b.getChildCount(); i++) {
          ParseTree label = b.getChild(i);
          if (label instanceof HclParser.TemplateContext t) labels.add(templateText(t));
          else if (label instanceof HclParser.IdentifierContext id) labels.add(id.getText());
        }
        Body inner = body(b.body());
        blocks.add(new HclBlock(b.identifier(0).getText(), labels, start(b.getStart()),
            start(b.RBRACE().getSymbol()), inner.attributes, inner.blocks));
      }
    }
    return new Body(attributes, blocks);
  }

  /** The source text of a number or plain string value; null for anything else. */
  private static String literalText(HclParser.ExpressionContext e) {
    HclParser.PrimaryContext p = bare(e);
    if (p instanceof HclParser.NumberContext n) return n.getText();
    if (p instanceof HclParser.QuotedContext q && plain(q.template().templatePart())) {
      return templateText(q.template());
    }
    if (e instanceof HclParser.UnaryContext u && u.op.getType() == HclLexer.MINUS
        && bare(u.expression()) instanceof HclParser.NumberContext n) {
      return "-" + n.getText();
    }
    return null;
  }

  private static boolean isLiteral(HclParser.ExpressionContext e) {
    if (literalText(e) != null) return true;
    HclParser.PrimaryContext p = bare(e);
    if (p instanceof HclParser.VariableContext v) return KEYWORD_LITERALS.contains(v.getText());
    if (p instanceof HclParser.HeredocTemplateContext h) return plain(h.heredoc().templatePart());
    if (p instanceof HclParser.TupleContext t) {
      return t.expression().stream().allMatch(HclReader::isLiteral);
    }
    if (p instanceof HclParser.ObjectContext o) {
      return o.objectItem().stream().allMatch(i -> isLiteral(i.expression(1))
          && (isLiteral(i.expression(0)) || bare(i.expression(0))
              instanceof HclParser.VariableContext));
    }
    return false;
  }

  /** The primary of an expression that is nothing more: no operator, index or attribute. */
  private static HclParser.PrimaryContext bare(HclParser.ExpressionContext e) {
    if (e instanceof HclParser.TermContext t && t.exprTerm().postfix().isEmpty()) {
      return t.exprTerm().primary();
    }
    return null;
  }

  private static boolean plain(List<HclParser.TemplatePartContext> parts) {
    return parts.stream().allMatch(p -> p.getChildCount() == 1);
  }

  /** A template's text with literal parts as written and interpolations as source text. */
  private static String templateText(HclParser.TemplateContext t) {
    StringBuilder sb = new StringBuilder();
    for (HclParser.TemplatePartContext part : t.templatePart()) {
      if (part.getChildCount() == 1 && part.getChild(0) instanceof TerminalNode n
          && n.getSymbol().getType() == HclLexer.STRING_ESCAPE) {
        sb.append(unescape(n.getText()));
      } else {
        sb.append(part.getText());
      }
    }
    return sb.toString();
  }

  private static String unescape(String escape) {
    return switch (escape) {
      case "$${" -> "${";
      case "%%{" -> "%{";
      case "\\n" -> "\n";
      case "\\t" -> "\t";
      case "\\r" -> "\r";
      default -> escape.substring(1);
    };
  }

  private static List<HclComment> comments(CommonTokenStream tokens) {
    List<HclComment> out = new ArrayList<>();
    List<Token> all = tokens.getTokens();
    for (int i = 0; i < all.size(); i++) {
      Token t = all.get(i);
      if (t.getType() != HclLexer.LINE_COMMENT && t.getType() != HclLexer.BLOCK_COMMENT) continue;
      boolean ownLine = i == 0 || all.get(i - 1).getType() == HclLexer.NEWLINE;
      out.add(new HclComment(commentText(t), start(t), ownLine));
    }
    return out;
  }

  private static String commentText(Token t) {
    String s = t.getText();
    if (s.startsWith("/*")) s = s.substring(2, s.length() - 2);
    else if (s.startsWith("//")) s = s.substring(2);
    else s = s.substring(1);
    return s.strip();
  }

  private static Position start(Token t) {
    return new Position(t.getLine(), t.getCharPositionInLine() + 1);
  }

  /** Keeps the first syntax error, lexer's or parser's, as a diagnostic. */
  private static final class FirstError extends BaseErrorListener {
    private final String file;
    private Diagnostic diagnostic;

    FirstError(String file) {
      this.file = file;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
        int charPositionInLine, String msg, RecognitionException e) {
      if (diagnostic != null) return;
      diagnostic = Diagnostic.warning(file, line, charPositionInLine + 1,
          "Terraform source not understood (" + msg + "); findings on its resources keep"
              + " their plan location");
    }
  }
}
