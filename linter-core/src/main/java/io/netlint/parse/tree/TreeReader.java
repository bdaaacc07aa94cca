package io.netlint.parse.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.netlint.parse.Diagnostic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
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

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(500)
      .maxStringLength(64 * 1024 * 1024)
      .build();
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(CONSTRAINTS)
      .build();
  private static final YAMLFactory YAML;

  static {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(500);
    YAML = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(CONSTRAINTS).build();
  }

  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private JsonParser parser;
  private boolean yaml;
  private int aliases;

  private TreeReader(String file) {
    this.file = file;
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
    TreeReader reader = new TreeReader(file);
    return reader.readDocument(text, syntax);
  }

  private Result readDocument(String text, Syntax syntax) throws SyntaxError {
    yaml = syntax == Syntax.YAML;
    try (JsonParser p = (yaml ? YAML : JSON).createParser(text)) {
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
      throw new SyntaxError(problemMark(e.getOriginalMessage()).orElse(pos),
          cleanMessage(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new SyntaxError(Position.START, e.getMessage());
    }
  }

  private Node readValue(JsonToken token) throws IOException, SyntaxError {
    Position pos = position();
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
      case VALUE_STRING -> ScalarNode.string(pos, parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new ScalarNode(pos, ScalarNode.Kind.NUMBER, parser.getText());
      case VALUE_TRUE, VALUE_FALSE -> new ScalarNode(pos, ScalarNode.Kind.BOOLEAN, parser.getText());
      case VALUE_NULL -> new ScalarNode(pos, ScalarNode.Kind.NULL, null);
      default -> throw new SyntaxError(pos, "unexpected token " + token);
    };
    return tag == null ? value : applyTag(tag, pos, value);
  }

  private Node readMap(Position pos) throws IOException, SyntaxError {
    LinkedHashMap<String, MapNode.Entry> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (t != JsonToken.FIELD_NAME) throw new SyntaxError(position(), "expected a key");
      String key = parser.currentName();
      Position keyPos = position();
      Node value = readValue(parser.nextToken());
      MapNode.Entry previous = entries.remove(key);
      if (previous != null) {
        diagnostics.add(Diagnostic.error(file, keyPos.line(), keyPos.column(),
            "duplicate key '" + key + "' (first at line " + previous.keyPosition().line()
                + "); CloudFormation rejects duplicate keys and most parsers keep only the last"));
      }
      entries.put(key, new MapNode.Entry(key, keyPos, value));
    }
    return new MapNode(pos, entries);
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
    LinkedHashMap<String, MapNode.Entry> one = new LinkedHashMap<>();
    one.put(key, new MapNode.Entry(key, pos, arg));
    return new MapNode(pos, one);
  }

  private Position position() {
    JsonLocation loc = parser.currentTokenLocation();
    return new Position(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
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
