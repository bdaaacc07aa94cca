package io.netlint.parse.tree;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.netlint.parse.Diagnostic;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads JSON or YAML text into a {@link Node} tree with positions. Jackson's tree model drops YAML
 * tags, so this reads the token stream and turns each CloudFormation short-form tag into the
 * one-key mapping of its long form. Duplicate keys, which CloudFormation rejects, are reported.
 */
public final class TreeReader {

  public enum Syntax { JSON, YAML }

  /** The tree and what was noticed while reading it. */
  public record Result(Node root, List<Diagnostic> diagnostics) {}

  private static final Set<String> TAGS_KEPT_AS_IS = Set.of("Ref", "Condition");
  private static final Set<String> INTRINSIC_TAGS = Set.of(
      "Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join", "Select", "Split",
      "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "Length", "ToJsonString",
      "GetStackOutput", "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf",
      "ValueOfAll");

  /** The parser factories of one set of limits; built once per set, as factories are costly. */
  private record Factories(KeyedJsonFactory json, YAMLFactory yaml) {
    static Factories of(ReadLimits limits) {
      StreamReadConstraints constraints = StreamReadConstraints.builder()
          .maxNestingDepth(limits.maxNestingDepth())
          .maxStringLength(limits.maxStringLength())
          .maxNameLength(limits.maxNameLength())
          .maxNumberLength(limits.maxNumberLength())
          .maxDocumentLength(limits.maxDocumentLength())
          .build();
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength()));
      // Aliases are never expanded here: each is read as its name, so a billion-laughs document
      // stays as small as its text. SnakeYAML checks this limit only when it composes a tree,
      // which Jackson's streaming parser does not; it is set low for any future composing use.
      options.setMaxAliasesForCollections(50);
      options.setNestingDepthLimit(limits.maxNestingDepth());
      return new Factories(new KeyedJsonFactory(new JsonFactoryBuilder()
              .streamReadConstraints(constraints)),
          YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build());
    }
  }

  private static final Map<ReadLimits, Factories> FACTORIES = new ConcurrentHashMap<>();

  private final String file;
  private final ReadLimits limits;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private JsonParser parser;
  private boolean yaml;
  private int aliases;
  private long tokens;

  private TreeReader(String file, ReadLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /**
   * Makes the parsers ready ahead of the first input: builds the factories of the default limits
   * and reads a tiny document of each syntax, which loads and links the parsers' code. A command
   * line calls this on a second core while it reads its arguments.
   */
  public static void prepare() {
    try {
      read("<prepare>", "{\"a\": [1, true, null, \"b\"]}", Syntax.JSON);
      read("<prepare>", "a: !Ref b\nc: [1, true, null]\n", Syntax.YAML);
    } catch (SyntaxError e) {
      throw new IllegalStateException("the parsers reject a well-formed document", e);
    }
  }

  /** JSON when the first significant character opens an object or array, else YAML. */
  public static Syntax sniff(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') continue;
      return c == '{' || c == '[' ? Syntax.JSON : Syntax.YAML;
    }
    return Syntax.YAML;
  }

  /**
   * Reads one document.
   *
   * @param file the name diagnostics carry
   * @return the root, or a null root for an empty document
   * @throws SyntaxError when the text is not well-formed
   */
  public static Result read(String file, String text, Syntax syntax) throws SyntaxError {
    return read(file, text, syntax, ReadLimits.fromSystemProperties());
  }

  /** Reads one document within the given limits. */
  public static Result read(String file, String text, Syntax syntax, ReadLimits limits)
      throws SyntaxError {
    TreeReader reader = new TreeReader(file, limits);
    return reader.readDocument(text, syntax);
  }

  private Result readDocument(String text, Syntax syntax) throws SyntaxError {
    yaml = syntax == Syntax.YAML;
    if (text.length() > limits.maxDocumentLength()) {
      throw new SyntaxError(Position.START, "input too large: the document has " + text.length()
          + " characters; " + limits.explain(ReadLimits.Limit.DOCUMENT_LENGTH));
    }
    Factories factories = FACTORIES.computeIfAbsent(limits, Factories::of);
    try (JsonParser p = yaml ? factories.yaml().createParser(text)
        : factories.json().createParser(new StringReader(text))) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) return new Result(null, diagnostics);
      Node root = readValue(first);
      if (!yaml && p.nextToken() != null) {
        throw new SyntaxError(position(), "unexpected content after the end of the JSON document");
      }
      return new Result(root, List.copyOf(diagnostics));
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      Position pos = loc == null ? Position.START
          : new Position(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
      Optional<ReadLimits.Limit> limit = limitMet(e);
      if (limit.isPresent()) {
        throw new SyntaxError(loc != null ? pos : parser == null ? Position.START
            : position(parser.currentTokenLocation()), "input too large: "
            + cleanMessage(e.getOriginalMessage()).replaceAll(", from `[^`]*`", "") + "; "
            + limits.explain(limit.get()));
      }
      throw new SyntaxError(problemMark(e.getOriginalMessage()).orElse(pos),
          cleanMessage(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new SyntaxError(Position.START, e.getMessage());
    } catch (StackOverflowError e) {
      // only when the nesting depth limit was raised past what the thread's stack holds
      throw new SyntaxError(parser == null ? Position.START : position(),
          "input too deeply nested for the thread stack; the nesting depth limit is "
              + limits.maxNestingDepth() + ": lower -Dnetlint.maxNestingDepth or give the JVM"
              + " a larger stack (-Xss)");
    }
  }

  private Node readValue(JsonToken token) throws IOException, SyntaxError {
    Position pos = valuePosition();
    count(pos);
    String tag = yaml ? ((YAMLParser) parser).getTypeId() : null;
    if (yaml && ((YAMLParser) parser).isCurrentAlias() && aliases++ == 0) {
      // One diagnostic per document: an alias bomb must not become a flood of them
      diagnostics.add(Diagnostic.warning(file, pos.line(), pos.column(),
          "YAML alias '*" + parser.getText() + "' is not allowed in CloudFormation templates"
              + " (the first of this document's aliases; each is read as its name, not expanded)"));
    }
    Node value = switch (token) {
      case START_OBJECT -> readMap(pos);
      case START_ARRAY -> readList(pos);
      case VALUE_STRING -> ScalarNode.string(pos,
          bounded(parser.getText(), pos, ReadLimits.Limit.STRING_LENGTH));
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new ScalarNode(pos, ScalarNode.Kind.NUMBER,
          bounded(parser.getText(), pos, ReadLimits.Limit.NUMBER_LENGTH));
      case VALUE_TRUE, VALUE_FALSE -> new ScalarNode(pos, ScalarNode.Kind.BOOLEAN, parser.getText());
      case VALUE_NULL -> new ScalarNode(pos, ScalarNode.Kind.NULL, null);
      default -> throw new SyntaxError(pos, "unexpected token " + token);
    };
    return tag == null ? value : applyTag(tag, pos, value);
  }

  private Node readMap(Position pos) throws IOException, SyntaxError {
    MapNode.Builder entries = new MapNode.Builder();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (t != JsonToken.FIELD_NAME) throw new SyntaxError(position(), "expected a key");
      Position keyPos = keyPosition();
      String key = bounded(parser.currentName(), keyPos, ReadLimits.Limit.NAME_LENGTH);
      count(keyPos);
      Node value = readValue(parser.nextToken());
      MapNode.Entry previous = entries.put(new MapNode.Entry(key, keyPos, value));
      if (previous != null) {
        diagnostics.add(Diagnostic.error(file, keyPos.line(), keyPos.column(),
            "duplicate key '" + key + "' (first at line " + previous.keyPosition().line()
                + "); CloudFormation rejects duplicate keys and most parsers keep only the last"));
      }
    }
    return entries.build(pos);
  }

  private Node readList(Position pos) throws IOException, SyntaxError {
    List<Node> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      items.add(readValue(t));
    }
    return new ListNode(pos, items);
  }

  private Node applyTag(String tag, Position pos, Node value) {
    if (tag.startsWith("tag:yaml.org,2002:")) return value; // a YAML core tag such as !!str
    String key;
    if (TAGS_KEPT_AS_IS.contains(tag)) {
      key = tag;
    } else if (INTRINSIC_TAGS.contains(tag)) {
      key = "Fn::" + tag;
    } else {
      diagnostics.add(Diagnostic.warning(file, pos.line(), pos.column(),
          "unknown YAML tag '!" + tag + "'; its value is read as if untagged"));
      return value;
    }
    Node arg = value;
    if (key.equals("Fn::GetAtt") && value instanceof ScalarNode s && s.text() != null) {
      String text = s.text();
      int dot = text.indexOf('.');
      arg = dot < 0 ? value : new ListNode(pos, List.of(
          ScalarNode.string(pos, text.substring(0, dot)),
          ScalarNode.string(pos, text.substring(dot + 1))));
    }
    return MapNode.of(pos, List.of(new MapNode.Entry(key, pos, arg)));
  }

  /** Every key and value becomes a node: bounding their number bounds the tree's memory. */
  private void count(Position pos) throws SyntaxError {
    if (++tokens > limits.maxTokenCount()) {
      throw new SyntaxError(pos, "input too large: more than " + limits.maxTokenCount()
          + " keys and values; " + limits.explain(ReadLimits.Limit.TOKEN_COUNT));
    }
  }

  /** Jackson's YAML parser does not apply the length limits to scalars; this does, for both. */
  private String bounded(String text, Position pos, ReadLimits.Limit limit) throws SyntaxError {
    if (text != null && text.length() > limits.value(limit)) {
      throw new SyntaxError(pos, "input too large: a " + limit.words.replace(" length", "")
          + " of " + text.length() + " characters; " + limits.explain(limit));
    }
    return text;
  }

  private Position position() {
    return position(parser.currentTokenLocation());
  }

  /** The position of the key just read; see {@link KeyedJsonFactory}. */
  private Position keyPosition() {
    return parser instanceof KeyedJsonFactory.Parser json ? json.keyPosition() : position();
  }

  /** The position of the value token just read; see {@link KeyedJsonFactory}. */
  private Position valuePosition() {
    return parser instanceof KeyedJsonFactory.Parser json ? json.valuePosition() : position();
  }

  private static Position position(JsonLocation loc) {
    return new Position(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
  }

  /** Which of the limits a parser exception reports, if any. */
  private static Optional<ReadLimits.Limit> limitMet(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      if (message.contains("getMaxNestingDepth")) return Optional.of(ReadLimits.Limit.NESTING_DEPTH);
      if (message.contains("getMaxStringLength")) return Optional.of(ReadLimits.Limit.STRING_LENGTH);
      if (message.contains("getMaxNameLength")) return Optional.of(ReadLimits.Limit.NAME_LENGTH);
      if (message.contains("getMaxNumberLength")) return Optional.of(ReadLimits.Limit.NUMBER_LENGTH);
      if (message.contains("getMaxDocumentLength")) {
        return Optional.of(ReadLimits.Limit.DOCUMENT_LENGTH);
      }
    }
    // SnakeYAML's own limits, met before Jackson's on YAML input
    if (message.contains("Nesting Depth exceeded")) return Optional.of(ReadLimits.Limit.NESTING_DEPTH);
    if (message.contains("exceeds the limit") && message.contains("code points")) {
      return Optional.of(ReadLimits.Limit.DOCUMENT_LENGTH);
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern MARK =
      java.util.regex.Pattern.compile(" in 'reader', line (\\d+), column (\\d+):");

  /** SnakeYAML names the problem's position last; Jackson's own location is the token after. */
  private static java.util.Optional<Position> problemMark(String message) {
    if (message == null) return java.util.Optional.empty();
    java.util.regex.Matcher m = MARK.matcher(message);
    Position last = null;
    while (m.find()) {
      last = new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    return java.util.Optional.ofNullable(last);
  }

  /**
   * Jackson's JSON messages end with a source excerpt; SnakeYAML's are "context, mark, problem,
   * mark" blocks. Keep the problem, and the context with its line when there is one.
   */
  static String cleanMessage(String message) {
    if (message == null || message.isBlank()) return "malformed input";
    List<String> sentences = new ArrayList<>();
    List<String> contextLines = new ArrayList<>();
    for (String line : message.split("\n")) {
      if (line.isBlank()) continue;
      if (line.startsWith(" in 'reader', ")) {
        contextLines.add(line.substring(" in 'reader', ".length()).replaceAll(":$", ""));
      } else if (!Character.isWhitespace(line.charAt(0))) {
        sentences.add(line.strip());
      }
    }
    if (sentences.isEmpty()) return message.strip().replace('\n', ' ');
    String problem = sentences.get(sentences.size() - 1);
    if (sentences.size() > 1 && contextLines.size() > 1) {
      return problem + " (" + sentences.get(0) + " at " + contextLines.get(0) + ")";
    }
    return problem;
  }
}
