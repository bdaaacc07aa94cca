package io.netlint.suppress;

import io.netlint.config.NetlintConfig;
import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.InputKind;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import io.netlint.parse.tree.ScalarNode;
import io.netlint.parse.tree.TreeReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * The suppressions written in a CloudFormation template: resource {@code Metadata} and
 * {@code # netlint:ignore} comments. A suppression netlint cannot use (no reason, a malformed
 * entry, a comment attached to no resource) is an error diagnostic and suppresses nothing, so
 * that it is fixed rather than trusted.
 */
public final class SourceSuppressions {

  /** The suppressions of one input and the problems with the ones that could not be read. */
  public record Result(List<Suppression> suppressions, List<Diagnostic> diagnostics) {
    public Result {
      suppressions = List.copyOf(suppressions);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  static final Pattern RULE = Pattern.compile("NET[0-9]{3}");
  static final Pattern DIRECTIVE = Pattern.compile("netlint:\\s*([A-Za-z-]*)(.*)",
      Pattern.DOTALL);
  static final Pattern IDS = Pattern.compile(
      "\\s+([A-Za-z0-9]+(?:\\s*,\\s*[A-Za-z0-9]+)*)(.*)", Pattern.DOTALL);
  private static final Set<String> NETLINT_KEYS = Set.of("ignore", "reason");
  private static final Set<String> ENTRY_KEYS = Set.of("rule", "reason");

  private final ParsedInput input;
  private final List<Suppression> suppressions = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private SourceSuppressions(ParsedInput input) {
    this.input = input;
  }

  /** Nothing for inputs other than CloudFormation templates; plans carry no suppressions. */
  public static Result read(ParsedInput input) {
    SourceSuppressions reader = new SourceSuppressions(input);
    if (input.kind() == InputKind.CLOUDFORMATION && input.root() instanceof MapNode root) {
      reader.readTemplate(root);
    }
    return new Result(reader.suppressions, reader.diagnostics);
  }

  private void readTemplate(MapNode root) {
    if (root.get("Metadata") instanceof MapNode meta && meta.has("netlint")) {
      Position p = meta.keyPosition("netlint");
      diagnostics.add(Diagnostic.warning(input.file(), p.line(), p.column(),
          "netlint suppressions in the template's own Metadata are not read; put them in the"
              + " resource's Metadata, or in an ignore: entry of " + NetlintConfig.FILE_NAME));
    }
    Map<Integer, String> resourceLines = new HashMap<>();
    if (root.get("Resources") instanceof MapNode resources) {
      for (MapNode.Entry e : resources.entries().values()) {
        resourceLines.putIfAbsent(e.keyPosition().line(), e.key());
        if (e.value() instanceof MapNode r && r.get("Metadata") instanceof MapNode meta
            && meta.has("netlint")) {
          readMetadata(e.key(), meta.keyPosition("netlint"), meta.get("netlint"));
        }
      }
    }
    String text = input.text();
    if (text != null && text.contains("netlint:")
        && TreeReader.sniff(text) == TreeReader.Syntax.YAML) {
      readComments(text, resourceLines);
    }
  }

  // Metadata: {netlint: {ignore: [{rule: NET301, reason: "..."}, NET302], reason: "..."}}
  private void readMetadata(String resource, Position at, Node node) {
    if (!(node instanceof MapNode netlint)) {
      error(node.position(), "Metadata.netlint of '" + resource + "' must be a mapping with"
          + " 'ignore' (and 'reason' for plain rule IDs)");
      return;
    }
    for (MapNode.Entry e : netlint.entries().values()) {
      if (!NETLINT_KEYS.contains(e.key())) {
        error(e.keyPosition(), "unknown key '" + e.key() + "' in Metadata.netlint of '"
            + resource + "'; expected ignore, reason");
      }
    }
    String shared = netlint.get("reason") instanceof ScalarNode s
        && s.kind() == ScalarNode.Kind.STRING && !s.text().isBlank() ? s.text().strip() : null;
    Node sharedNode = netlint.get("reason");
    if (sharedNode != null && shared == null) {
      error(sharedNode.position(), "Metadata.netlint.reason of '" + resource
          + "' must be a non-empty string");
    }
    Node ignore = netlint.get("ignore");
    if (!(ignore instanceof ListNode list)) {
      error(ignore == null ? at : ignore.position(), "Metadata.netlint.ignore of '" + resource
          + "' must be a list of rule IDs or {rule, reason} entries");
      return;
    }
    for (Node item : list.items()) {
      if (item instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
        if (!knownShape(s.text(), s.position(), resource)) continue;
        if (shared == null) {
          error(s.position(), "suppression of " + s.text() + " on '" + resource
              + "' has no reason: write {rule: " + s.text() + ", reason: ...}, or give"
              + " Metadata.netlint.reason for the plain IDs");
          continue;
        }
        add(Suppression.Kind.METADATA, s.text(), shared, s.position(), resource);
      } else if (item instanceof MapNode m) {
        for (MapNode.Entry e : m.entries().values()) {
          if (!ENTRY_KEYS.contains(e.key())) {
            error(e.keyPosition(), "unknown key '" + e.key() + "' in a suppression of '"
                + resource + "'; expected rule, reason");
          }
        }
        String rule = m.text("rule");
        if (rule == null) {
          error(m.position(), "a suppression of '" + resource + "' has no rule");
          continue;
        }
        if (!knownShape(rule, m.get("rule").position(), resource)) continue;
        String reason = m.get("reason") instanceof ScalarNode r
            && r.kind() == ScalarNode.Kind.STRING ? r.text() : null;
        if (reason == null || reason.isBlank()) {
          error(m.position(), "suppression of " + rule + " on '" + resource
              + "' has no reason: say why the finding is accepted");
          continue;
        }
        add(Suppression.Kind.METADATA, rule, reason.strip(), m.position(), resource);
      } else {
        error(item.position(), "Metadata.netlint.ignore of '" + resource
            + "': expected a rule ID or {rule, reason}");
      }
    }
  }

  private void readComments(String text, Map<Integer, String> resourceLines) {
    List<CommentEvent> comments = new ArrayList<>();
    Set<Integer> commentOnly = new TreeSet<>();
    try {
      LoaderOptions options = new LoaderOptions();
      options.setProcessComments(true);
      options.setCodePointLimit(Integer.MAX_VALUE);
      options.setMaxAliasesForCollections(50);
      options.setNestingDepthLimit(500);
      for (Event e : new Yaml(options).parse(new StringReader(text))) {
        if (e instanceof CommentEvent c) {
          if (c.getCommentType() == CommentType.BLOCK) {
            commentOnly.add(c.getStartMark().getLine() + 1);
          }
          if (c.getCommentType() != CommentType.BLANK_LINE) comments.add(c);
        }
      }
    } catch (RuntimeException e) {
      diagnostics.add(Diagnostic.warning(input.file(), 1, 1, "netlint:ignore comments could"
          + " not be read (" + e.getClass().getSimpleName() + "); use resource Metadata"));
      return;
    }
    for (CommentEvent c : comments) {
      String body = c.getValue().strip();
      if (!body.startsWith("netlint:")) continue;
      Position at = new Position(c.getStartMark().getLine() + 1,
          c.getStartMark().getColumn() + 1);
      Matcher d = DIRECTIVE.matcher(body);
      if (!d.matches() || !d.group(1).equals("ignore")) {
        error(at, "unknown netlint comment '" + body + "'; the form is"
            + " # netlint:ignore RULE[,RULE...] reason");
        continue;
      }
      String resource = attached(at.line(), c.getCommentType(), resourceLines, commentOnly);
      if (resource == null) {
        error(at, "a netlint:ignore comment must be on a resource's line or directly above it"
            + " (under Resources)");
        continue;
      }
      Matcher ids = IDS.matcher(d.group(2));
      if (!ids.matches()) {
        error(at, "netlint:ignore names no rule; the form is"
            + " # netlint:ignore RULE[,RULE...] reason");
        continue;
      }
      String reason = ids.group(2).strip().replaceFirst("^[-:\u2013\u2014]+\\s*", "");
      for (String rule : ids.group(1).split("\\s*,\\s*")) {
        if (!knownShape(rule, at, resource)) continue;
        if (reason.isBlank()) {
          error(at, "suppression of " + rule + " on '" + resource + "' has no reason: write"
              + " # netlint:ignore " + rule + " <why the finding is accepted>");
          continue;
        }
        add(Suppression.Kind.COMMENT, rule, reason, at, resource);
      }
    }
  }

  /** The resource a comment belongs to: its own line's, or the first after a run of comments. */
  private static String attached(int line, CommentType type, Map<Integer, String> resourceLines,
      Set<Integer> commentOnly) {
    if (type == CommentType.IN_LINE) return resourceLines.get(line);
    int next = line + 1;
    while (commentOnly.contains(next)) next++;
    return resourceLines.get(next);
  }

  private boolean knownShape(String rule, Position at, String resource) {
    if (RULE.matcher(rule).matches() && !rule.equals(NetlintConfig.UNUSED_SUPPRESSION)
        || NetlintConfig.CFN_LINT_RULE.matcher(rule).matches()) {
      return true;
    }
    error(at, "'" + rule + "' in a suppression of '" + resource + "' is not a rule ID such as"
        + " NET301 (or a cfn-lint rule such as E3012)");
    return false;
  }

  private void add(Suppression.Kind kind, String rule, String reason, Position at,
      String resource) {
    SourceRef where = new SourceRef(input.file(), at.line(), at.column(), resource);
    suppressions.add(new Suppression(kind, rule, reason, where,
        new Suppression.Resource(input.file(), resource)));
  }

  private void error(Position at, String message) {
    diagnostics.add(Diagnostic.error(input.file(), at.line(), at.column(), message));
  }
}
