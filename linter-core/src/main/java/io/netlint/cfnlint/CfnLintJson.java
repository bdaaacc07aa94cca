package io.netlint.cfnlint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads cfn-lint's {@code --format json} report: one array of matches for all templates. Each
 * field is read defensively; {@code Filename} and {@code Location} may be null or malformed.
 */
final class CfnLintJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One match.
   *
   * @param filename as cfn-lint printed it, or null
   * @param path the logical path into the template; elements are strings or integers, or null
   *     when cfn-lint gave none
   */
  record Match(String filename, String ruleId, String level, String message, int line,
      int column, List<Object> path, String shortDescription, String description,
      String source) {}

  /**
   * @param unreadable elements that were not a match with a rule ID
   */
  record Report(List<Match> matches, int unreadable) {}

  private CfnLintJson() {}

  /** The matches, or empty when the text is not a JSON array at all. */
  static Optional<Report> parse(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (root == null || !root.isArray()) return Optional.empty();
    List<Match> matches = new ArrayList<>();
    int unreadable = 0;
    for (JsonNode m : root) {
      JsonNode rule = m.path("Rule");
      String id = text(rule.get("Id"));
      if (!m.isObject() || id == null || id.isBlank()) {
        unreadable++;
        continue;
      }
      JsonNode location = m.path("Location");
      JsonNode start = location.path("Start");
      matches.add(new Match(text(m.get("Filename")), id.trim(), text(m.get("Level")),
          Optional.ofNullable(text(m.get("Message"))).orElse(""),
          positive(start.get("LineNumber")), positive(start.get("ColumnNumber")),
          path(location.get("Path")), text(rule.get("ShortDescription")),
          text(rule.get("Description")), text(rule.get("Source"))));
    }
    return Optional.of(new Report(matches, unreadable));
  }

  private static String text(JsonNode n) {
    return n != null && n.isValueNode() && !n.isNull() ? n.asText() : null;
  }

  /** A 1-based number, or 1 when it is missing, not a number or not positive. */
  private static int positive(JsonNode n) {
    if (n == null || !n.canConvertToInt()) return 1;
    return Math.max(1, n.asInt());
  }

  private static List<Object> path(JsonNode n) {
    if (n == null || !n.isArray()) return null;
    List<Object> path = new ArrayList<>();
    for (JsonNode e : n) {
      if (e.canConvertToInt() && e.isIntegralNumber()) path.add(e.asInt());
      else if (e.isTextual()) path.add(e.asText());
      else path.add(String.valueOf(e));
    }
    return path;
  }
}
