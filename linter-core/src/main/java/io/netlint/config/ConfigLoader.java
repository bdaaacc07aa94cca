package io.netlint.config;

import io.netlint.cfnlint.CfnLintSettings;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import io.netlint.parse.tree.ScalarNode;
import io.netlint.parse.tree.SyntaxError;
import io.netlint.parse.tree.TreeReader;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code .netlint.yml} strictly: an unknown key, a value of the wrong type or out of range
 * is an error with its line and column, never skipped, because a misspelt setting that is
 * silently ignored looks exactly like one that works. Rule IDs are checked later, against the
 * rules of the run ({@link NetlintConfig#checkRules}).
 */
public final class ConfigLoader {

  static final Comparator<ConfigProblem> ORDER = Comparator.comparingInt(ConfigProblem::line)
      .thenComparingInt(ConfigProblem::column).thenComparing(ConfigProblem::message);

  private static final Pattern RULE_ID = Pattern.compile("NET[0-9]{3}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final List<String> TOP_KEYS = List.of("fail-on", "region", "cfn-lint",
      "policies", "tf-sources", "include", "exclude", "rules", "ignore", "max-file-size");
  private static final List<String> RULE_KEYS = List.of("severity", "parameters");
  private static final List<String> IGNORE_KEYS = List.of("rule", "resource", "file", "reason");
  private static final List<String> FAIL_ON = List.of("error", "warning", "info", "none");
  private static final List<String> SEVERITIES = List.of("off", "info", "warning", "error");

  private final String display;
  private final Path base;
  private final List<ConfigProblem> problems = new ArrayList<>();

  private ConfigLoader(String display, Path base) {
    this.display = display;
    this.base = base;
  }

  /** Reads {@code file}, naming it as given in messages. */
  public static NetlintConfig load(Path file) throws ConfigException {
    return load(file, file.toString());
  }

  /** Reads {@code file}; messages and findings name it {@code display}. */
  public static NetlintConfig load(Path file, String display) throws ConfigException {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(new ConfigProblem(display, 1, 1, "not valid UTF-8 text"));
    } catch (IOException e) {
      throw new ConfigException(new ConfigProblem(display, 1, 1, "cannot be read: "
          + e.getMessage()));
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    return parse(text, display, dir, Optional.of(file));
  }

  /** Reads configuration text whose relative paths and globs are relative to {@code base}. */
  public static NetlintConfig parse(String text, String display, Path base)
      throws ConfigException {
    return parse(text, display, base, Optional.empty());
  }

  private static NetlintConfig parse(String text, String display, Path base,
      Optional<Path> file) throws ConfigException {
    TreeReader.Result tree;
    try {
      tree = TreeReader.read(display, text, TreeReader.Syntax.YAML);
    } catch (SyntaxError e) {
      throw new ConfigException(new ConfigProblem(display, e.position().line(),
          e.position().column(), "not valid YAML: " + e.getMessage()));
    }
    ConfigLoader loader = new ConfigLoader(display, base.toAbsolutePath().normalize());
    for (Diagnostic d : tree.diagnostics()) {
      // Duplicate keys are errors; the reader's other notes are about CloudFormation.
      if (d.level() == Diagnostic.Level.ERROR) {
        loader.problem(new Position(d.line(), d.column()), d.message());
      }
    }
    NetlintConfig config = loader.read(tree.root(), file);
    if (!loader.problems.isEmpty()) {
      loader.problems.sort(ORDER);
      throw new ConfigException(loader.problems);
    }
    return config;
  }

  /**
   * The {@code .netlint.yml} in {@code start} or the nearest directory above it. The walk stops at
   * the top of a git work tree (a directory holding {@code .git}), so that a file outside the
   * repository never applies to it.
   */
  public static Optional<Path> find(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    while (dir != null) {
      Path candidate = dir.resolve(NetlintConfig.FILE_NAME);
      if (Files.isRegularFile(candidate)) return Optional.of(candidate);
      if (Files.exists(dir.resolve(".git"))) return Optional.empty();
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /**
   * The nearest configuration file from {@code start} ({@link #find}), named relative to
   * {@code start} in messages; an empty configuration based at {@code start} when there is none.
   */
  public static NetlintConfig loadNearest(Path start) throws ConfigException {
    Path from = start.toAbsolutePath().normalize();
    Optional<Path> file = find(from);
    if (file.isEmpty()) return NetlintConfig.empty(from);
    return load(file.get(), from.relativize(file.get()).toString());
  }

  private NetlintConfig read(Node root, Optional<Path> file) {
    Optional<String> failOn = Optional.empty();
    Optional<String> region = Optional.empty();
    Optional<CfnLintSettings.Mode> cfnLint = Optional.empty();
    List<Path> policies = List.of();
    List<Path> tfSources = List.of();
    List<Glob> include = List.of();
    List<Glob> exclude = List.of();
    Map<String, RuleSettings> rules = Map.of();
    List<IgnoreEntry> ignore = List.of();
    Optional<Long> maxFileSize = Optional.empty();
    if (root != null && !isNull(root)) {
      if (!(root instanceof MapNode map)) {
        problem(root.position(), "expected a mapping of settings, got " + describe(root));
      } else {
        checkKeys(map, TOP_KEYS, "");
        failOn = choice(map, "fail-on", FAIL_ON);
        region = string(map, "region");
        if (region.isPresent() && !REGION.matcher(region.get()).matches()) {
          problem(map.get("region").position(), "region: '" + region.get()
              + "' is not a region name such as eu-west-1");
          region = Optional.empty();
        }
        cfnLint = choice(map, "cfn-lint", List.of("auto", "off", "require"))
            .map(CfnLintSettings.Mode::parse);
        policies = strings(map, "policies", "paths").stream()
            .map(p -> base.resolve(p).normalize()).toList();
        tfSources = strings(map, "tf-sources", "directories").stream()
            .map(p -> base.resolve(p).normalize()).toList();
        include = strings(map, "include", "path globs").stream().map(Glob::path).toList();
        exclude = strings(map, "exclude", "path globs").stream().map(Glob::path).toList();
        rules = rules(map.get("rules"));
        ignore = ignore(map.get("ignore"));
        maxFileSize = size(map, "max-file-size");
      }
    }
    return new NetlintConfig(file, display, base, failOn, region, cfnLint, policies, include,
        exclude, rules, ignore, tfSources, maxFileSize);
  }

  private Map<String, RuleSettings> rules(Node node) {
    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    if (node == null || isNull(node)) return rules;
    if (!(node instanceof MapNode map)) {
      problem(node.position(), "rules: expected a mapping of rule IDs, got " + describe(node));
      return rules;
    }
    for (MapNode.Entry e : map.entries().values()) {
      String id = e.key();
      Position at = e.keyPosition();
      if (!RULE_ID.matcher(id).matches()) {
        problem(at, "rules: '" + id + "' is not a rule ID such as NET101");
        continue;
      }
      Map<String, Object> parameters = new LinkedHashMap<>();
      Node value = e.value();
      // NET702: off is the short form of NET702: {severity: off}.
      Node level = value;
      String where = "rules." + id;
      if (value instanceof MapNode m) {
        checkKeys(m, RULE_KEYS, where + ".");
        level = m.get("severity");
        where += ".severity";
        parameters(id, m.get("parameters"), parameters);
      } else if (value instanceof ListNode) {
        problem(value.position(), where + ": expected a mapping (severity, parameters) or a"
            + " severity, got " + describe(value));
        level = null;
      }
      Optional<String> named = level instanceof ScalarNode sc && !sc.isNull()
          ? severity(sc, where) : Optional.empty();
      if (level instanceof MapNode || level instanceof ListNode) {
        problem(level.position(), where + ": expected a severity, got " + describe(level));
      }
      boolean off = named.filter("off"::equals).isPresent();
      Optional<Severity> severity = named.filter(l -> !l.equals("off")).map(Severity::parse);
      rules.put(id, new RuleSettings(id, off, severity, parameters, at.line(), at.column()));
    }
    return rules;
  }

  private Optional<String> severity(ScalarNode s, String where) {
    String text = s.text() == null ? "" : s.text().trim().toLowerCase(Locale.ROOT);
    // YAML 1.1 reads a bare 'off' as a boolean; its text is kept, so it still means off.
    if (SEVERITIES.contains(text) && (s.kind() == ScalarNode.Kind.STRING || text.equals("off"))) {
      return Optional.of(text);
    }
    problem(s.position(), where + ": expected one of " + String.join(", ", SEVERITIES)
        + ", got " + describe(s));
    return Optional.empty();
  }

  private void parameters(String rule, Node node, Map<String, Object> out) {
    if (node == null || isNull(node)) return;
    String where = "rules." + rule + ".parameters";
    if (!(node instanceof MapNode map)) {
      problem(node.position(), where + ": expected a mapping, got " + describe(node));
      return;
    }
    List<KnownParameters.Spec> known = KnownParameters.of(rule);
    for (MapNode.Entry e : map.entries().values()) {
      Optional<KnownParameters.Spec> spec = KnownParameters.find(rule, e.key());
      if (spec.isEmpty()) {
        problem(e.keyPosition(), where + ": unknown parameter '" + e.key() + "'; "
            + (known.isEmpty() ? rule + " has no parameters" : "expected "
            + String.join(", ", known.stream().map(KnownParameters.Spec::name).toList())
            + Suggestions.hint(e.key(), known.stream().map(KnownParameters.Spec::name).toList())));
        continue;
      }
      KnownParameters.Spec s = spec.get();
      Node v = e.value();
      if (!(v instanceof ScalarNode sc) || sc.kind() != ScalarNode.Kind.NUMBER
          || !INTEGER.matcher(sc.text()).matches()) {
        problem(v.position(), where + "." + s.name() + ": expected an integer, got "
            + describe(v));
        continue;
      }
      long n;
      try {
        n = Long.parseLong(sc.text());
      } catch (NumberFormatException ex) {
        n = Long.MAX_VALUE;
      }
      if (n < s.min() || n > s.max()) {
        problem(v.position(), where + "." + s.name() + ": " + sc.text() + " is outside "
            + s.min() + ".." + s.max());
        continue;
      }
      out.put(s.name(), (int) n);
    }
  }

  private List<IgnoreEntry> ignore(Node node) {
    List<IgnoreEntry> entries = new ArrayList<>();
    if (node == null || isNull(node)) return entries;
    if (!(node instanceof ListNode list)) {
      problem(node.position(), "ignore: expected a list of {rule, resource, file, reason}, got "
          + describe(node));
      return entries;
    }
    for (Node item : list.items()) {
      if (!(item instanceof MapNode m)) {
        problem(item.position(), "ignore: expected an entry {rule, resource, file, reason},"
            + " got " + describe(item));
        continue;
      }
      checkKeys(m, IGNORE_KEYS, "ignore.");
      Optional<String> rule = string(m, "rule");
      Optional<String> reason = string(m, "reason");
      Optional<String> file = string(m, "file");
      Optional<String> resource = string(m, "resource");
      boolean ok = true;
      if (rule.isEmpty()) {
        if (!m.has("rule") || isNull(m.get("rule"))) {
          problem(m.position(), "ignore: entry has no 'rule'");
        }
        ok = false;
      } else if (rule.get().equals(NetlintConfig.UNUSED_SUPPRESSION)) {
        problem(m.get("rule").position(), "ignore: " + NetlintConfig.UNUSED_SUPPRESSION
            + " cannot be ignored; set rules." + NetlintConfig.UNUSED_SUPPRESSION
            + ".severity instead");
        ok = false;
      } else if (!RULE_ID.matcher(rule.get()).matches()
          && !NetlintConfig.CFN_LINT_RULE.matcher(rule.get()).matches()) {
        problem(m.get("rule").position(), "ignore: '" + rule.get()
            + "' is not a rule ID such as NET301 (or a cfn-lint rule such as E3012)");
        ok = false;
      }
      boolean noReason = reason.isEmpty() && (!m.has("reason") || isNull(m.get("reason")));
      if (noReason || reason.isPresent() && reason.get().isBlank()) {
        Position at = m.has("reason") ? m.get("reason").position() : m.position();
        problem(at, "ignore: every entry needs a reason"
            + rule.map(r -> " (" + r + ")").orElse("")
            + "; say why the finding is accepted, for whoever reads it next");
      }
      if (reason.isEmpty() || reason.get().isBlank()) ok = false;
      for (String key : List.of("file", "resource")) {
        Optional<String> v = key.equals("file") ? file : resource;
        if (v.isPresent() && v.get().isBlank()) {
          problem(m.get(key).position(), "ignore." + key + ": empty glob; leave it out to"
              + " match every " + key);
          ok = false;
        }
      }
      if (ok) {
        entries.add(new IgnoreEntry(rule.get(), file.map(Glob::path),
            resource.map(Glob::name), reason.get().strip(), m.position().line(),
            m.position().column()));
      }
    }
    return entries;
  }

  private void checkKeys(MapNode map, List<String> allowed, String prefix) {
    for (MapNode.Entry e : map.entries().values()) {
      if (!allowed.contains(e.key())) {
        problem(e.keyPosition(), "unknown key '" + prefix + e.key() + "'"
            + Suggestions.hint(e.key(), allowed) + "; expected one of "
            + String.join(", ", allowed));
      }
    }
  }

  private Optional<String> string(MapNode map, String key) {
    Node v = map.get(key);
    if (v == null || isNull(v)) return Optional.empty();
    if (v instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
      return Optional.of(s.text());
    }
    problem(v.position(), key + ": expected a string, got " + describe(v));
    return Optional.empty();
  }

  private Optional<Long> size(MapNode map, String key) {
    Node v = map.get(key);
    if (v == null || isNull(v)) return Optional.empty();
    try {
      if (v instanceof ScalarNode s && s.text() != null
          && (s.kind() == ScalarNode.Kind.STRING || s.kind() == ScalarNode.Kind.NUMBER)) {
        return Optional.of(ByteSize.parse(s.text()));
      }
      problem(v.position(), key + ": expected a size such as 256MB, got " + describe(v));
    } catch (IllegalArgumentException e) {
      problem(v.position(), key + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  private Optional<String> choice(MapNode map, String key, List<String> allowed) {
    Node v = map.get(key);
    if (v == null || isNull(v)) return Optional.empty();
    String text = v instanceof ScalarNode s && s.text() != null
        ? s.text().trim().toLowerCase(Locale.ROOT) : null;
    // 'off' is a YAML 1.1 boolean; accept it as the word it is.
    if (text != null && allowed.contains(text) && (((ScalarNode) v).kind()
        == ScalarNode.Kind.STRING || text.equals("off"))) {
      return Optional.of(text);
    }
    problem(v.position(), key + ": expected one of " + String.join(", ", allowed) + ", got "
        + describe(v));
    return Optional.empty();
  }

  private List<String> strings(MapNode map, String key, String what) {
    Node v = map.get(key);
    if (v == null || isNull(v)) return List.of();
    if (!(v instanceof ListNode list)) {
      problem(v.position(), key + ": expected a list of " + what + ", got " + describe(v));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Node item : list.items()) {
      if (item instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING
          && !s.text().isBlank()) {
        out.add(s.text());
      } else {
        problem(item.position(), key + ": expected a non-empty string, got " + describe(item));
      }
    }
    return out;
  }

  private void problem(Position at, String message) {
    problems.add(new ConfigProblem(display, at.line(), at.column(), message));
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.isNull();
  }

  /** A value as an error message names it. */
  static String describe(Node n) {
    if (n instanceof MapNode) return "a mapping";
    if (n instanceof ListNode) return "a list";
    ScalarNode s = (ScalarNode) n;
    return switch (s.kind()) {
      case STRING -> "'" + s.text() + "'";
      case NUMBER -> "the number " + s.text();
      case BOOLEAN -> "the boolean " + s.text();
      case NULL -> "nothing";
    };
  }
}
