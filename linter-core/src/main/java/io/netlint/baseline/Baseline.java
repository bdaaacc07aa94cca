package io.netlint.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.netlint.model.SourceRef;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.ScalarNode;
import io.netlint.parse.tree.SyntaxError;
import io.netlint.parse.tree.TreeReader;
import io.netlint.rule.Finding;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accepted findings, recorded so that a later run reports only new ones. The file is sorted,
 * indented JSON with one entry per finding, meant to be committed and reviewed in diffs:
 *
 * <pre>{@code
 * {"format": "netlint-baseline", "version": 1, "findings": [{"rule": ..., "tool": ...,
 *   "file": ..., "resource": ..., "message": ..., "related": [{"file": ..., "resource": ...}]}]}
 * }</pre>
 *
 * <p>Files are relative to the baseline's own directory, so the same baseline works wherever
 * netlint is started from. A file of another format version is refused rather than guessed at.
 */
public final class Baseline {

  public static final String FORMAT = "netlint-baseline";
  /** The format this netlint writes and reads. */
  public static final int VERSION = 1;

  private static final Set<String> TOP_KEYS = Set.of("format", "version", "findings");
  private static final Set<String> ENTRY_KEYS =
      Set.of("rule", "tool", "file", "resource", "message", "related");
  private static final Pattern LINE_WORDS = Pattern.compile(
      "(?i)\\b(lines?|columns?|col)\\s+\\d+(\\s*(?:-|\u2013|,|and|to)\\s*\\d+)*");
  private static final Pattern FILE_POSITION =
      Pattern.compile("(?i)(\\.(?:json|ya?ml|template|tf)):\\d+(?::\\d+)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Path directory;
  private final List<BaselineEntry> entries;

  private Baseline(Path directory, List<BaselineEntry> entries) {
    this.directory = directory.toAbsolutePath().normalize();
    List<BaselineEntry> sorted = new ArrayList<>(entries);
    sorted.sort(null);
    this.entries = List.copyOf(sorted);
  }

  /**
   * The baseline of {@code findings}, for a file in {@code directory}.
   *
   * @param workingDirectory where the findings' relative file names resolve
   */
  public static Baseline of(List<Finding> findings, Path directory, Path workingDirectory) {
    Path dir = directory.toAbsolutePath().normalize();
    return new Baseline(dir, findings.stream().map(f -> key(f, dir, workingDirectory)).toList());
  }

  /** The entries, sorted; a finding that occurs twice has two equal entries. */
  public List<BaselineEntry> entries() { return entries; }

  public Path directory() { return directory; }

  /** The key of {@code f} in a baseline kept in {@code directory}. */
  public static BaselineEntry key(Finding f, Path directory, Path workingDirectory) {
    List<BaselineEntry.Related> related = new ArrayList<>();
    for (SourceRef r : f.related()) {
      related.add(new BaselineEntry.Related(path(r.file(), directory, workingDirectory),
          r.resource()));
    }
    return new BaselineEntry(f.ruleId(), f.tool(),
        path(f.location().file(), directory, workingDirectory), f.location().resource(),
        normalise(f.message()), related);
  }

  /** The message without line or column numbers and with single spaces. */
  static String normalise(String message) {
    String m = LINE_WORDS.matcher(message).replaceAll("$1 #");
    m = FILE_POSITION.matcher(m).replaceAll("$1");
    return SPACES.matcher(m).replaceAll(" ").strip();
  }

  private static String path(String file, Path directory, Path workingDirectory) {
    if (file == null || file.isEmpty()) return "";
    try {
      Path abs = workingDirectory.toAbsolutePath().resolve(file).normalize();
      String s = abs.startsWith(directory) ? directory.relativize(abs).toString() : abs.toString();
      return File.separatorChar == '\\' ? s.replace('\\', '/') : s;
    } catch (InvalidPathException e) {
      return file;
    }
  }

  /** Which findings are new, which were known, and which known ones have gone. */
  public record Comparison(List<Finding> fresh, List<Finding> known, List<BaselineEntry> fixed) {
    public Comparison {
      fresh = List.copyOf(fresh);
      known = List.copyOf(known);
      fixed = List.copyOf(fixed);
    }
  }

  /**
   * Matches {@code findings} against the entries, each entry at most once: two equal findings
   * need two equal entries, so a second copy of a known problem is still new.
   */
  public Comparison compare(List<Finding> findings, Path workingDirectory) {
    Map<BaselineEntry, Integer> left = new HashMap<>();
    for (BaselineEntry e : entries) left.merge(e, 1, Integer::sum);
    List<Finding> fresh = new ArrayList<>();
    List<Finding> known = new ArrayList<>();
    for (Finding f : findings) {
      BaselineEntry k = key(f, directory, workingDirectory);
      Integer n = left.get(k);
      if (n == null) {
        fresh.add(f);
      } else {
        known.add(f);
        if (n == 1) left.remove(k); else left.put(k, n - 1);
      }
    }
    List<BaselineEntry> fixed = new ArrayList<>();
    for (BaselineEntry e : entries) {
      Integer n = left.get(e);
      if (n != null) {
        fixed.add(e);
        if (n == 1) left.remove(e); else left.put(e, n - 1);
      }
    }
    return new Comparison(fresh, known, fixed);
  }

  /** The file's text: stable for the same findings, with {@code \n} line ends. */
  public String toJson() {
    StringWriter out = new StringWriter();
    try {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void write(Writer out) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(printer);
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("version", VERSION);
      g.writeArrayFieldStart("findings");
      for (BaselineEntry e : entries) {
        g.writeStartObject();
        g.writeStringField("rule", e.rule());
        g.writeStringField("tool", e.tool());
        g.writeStringField("file", e.file());
        if (e.resource() != null) g.writeStringField("resource", e.resource());
        g.writeStringField("message", e.message());
        if (!e.related().isEmpty()) {
          g.writeArrayFieldStart("related");
          for (BaselineEntry.Related r : e.related()) {
            g.writeStartObject();
            g.writeStringField("file", r.file());
            if (r.resource() != null) g.writeStringField("resource", r.resource());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
  }

  /** Writes the file whole or not at all: into a temporary sibling, then renamed over it. */
  public void write(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, toJson(), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Reads a baseline file; its entries' paths are relative to its directory. */
  public static Baseline read(Path file) throws BaselineException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BaselineException(file + ": no such baseline; create it with --write-baseline "
          + file);
    } catch (IOException e) {
      throw new BaselineException(file + ": cannot be read: " + e.getMessage());
    }
    return parse(text, file.toString(), file.toAbsolutePath().normalize().getParent());
  }

  /** Reads baseline text named {@code display}, for a file in {@code directory}. */
  public static Baseline parse(String text, String display, Path directory)
      throws BaselineException {
    Node root;
    try {
      root = TreeReader.read(display, text, TreeReader.Syntax.JSON).root();
    } catch (SyntaxError e) {
      throw new BaselineException(display + ":" + e.position().line() + ":"
          + e.position().column() + ": not a netlint baseline: " + e.getMessage());
    }
    EntryReader r = new EntryReader(display);
    if (!(root instanceof MapNode top)
        || !(top.get("format") instanceof ScalarNode f) || !FORMAT.equals(f.text())) {
      throw new BaselineException(display + ": not a netlint baseline (no \"format\": \""
          + FORMAT + "\"); write one with --write-baseline " + display);
    }
    Node version = top.get("version");
    if (!(version instanceof ScalarNode v) || v.kind() != ScalarNode.Kind.NUMBER
        || !v.text().matches("[0-9]{1,9}")) {
      throw r.error(version == null ? top : version, "the baseline has no format version this"
          + " netlint understands; rewrite it with --write-baseline " + display);
    }
    int n = Integer.parseInt(v.text());
    if (n != VERSION) {
      String who = n > VERSION ? "a newer netlint" : "an older netlint";
      throw r.error(version, "the baseline is format version " + n + ", written by " + who
          + "; this netlint reads version " + VERSION + ". Rewrite it with --write-baseline "
          + display + " (its findings are then recorded again as they are reported now)");
    }
    for (MapNode.Entry e : top.entries().values()) {
      if (!TOP_KEYS.contains(e.key())) {
        throw r.error(e.keyPosition(), "unexpected key '" + e.key() + "' in a version "
            + VERSION + " baseline");
      }
    }
    if (!(top.get("findings") instanceof ListNode list)) {
      throw r.error(top, "the baseline has no \"findings\" list");
    }
    List<BaselineEntry> entries = new ArrayList<>();
    for (Node item : list.items()) entries.add(r.entry(item));
    return new Baseline(directory, entries);
  }

  /** Reads entries, naming the place of the first problem. */
  private record EntryReader(String display) {

    BaselineEntry entry(Node item) throws BaselineException {
      if (!(item instanceof MapNode m)) throw error(item, "a finding must be an object");
      for (MapNode.Entry e : m.entries().values()) {
        if (!ENTRY_KEYS.contains(e.key())) {
          throw error(e.keyPosition(), "unexpected key '" + e.key() + "' in a finding");
        }
      }
      List<BaselineEntry.Related> related = new ArrayList<>();
      Node rel = m.get("related");
      if (rel != null) {
        if (!(rel instanceof ListNode rl)) throw error(rel, "\"related\" must be a list");
        for (Node x : rl.items()) {
          if (!(x instanceof MapNode rm)) throw error(x, "a related place must be an object");
          related.add(new BaselineEntry.Related(text(rm, "file", true),
              text(rm, "resource", false)));
        }
      }
      return new BaselineEntry(text(m, "rule", true), text(m, "tool", true),
          text(m, "file", true), text(m, "resource", false), text(m, "message", true),
          related);
    }

    private String text(MapNode m, String key, boolean required) throws BaselineException {
      Node v = m.get(key);
      if (v == null && !required) return null;
      if (!(v instanceof ScalarNode s) || s.kind() != ScalarNode.Kind.STRING) {
        throw error(v == null ? m : v, "\"" + key + "\" must be a string");
      }
      return s.text();
    }

    BaselineException error(Node at, String message) {
      return error(at.position(), message);
    }

    BaselineException error(io.netlint.parse.tree.Position at, String message) {
      return new BaselineException(display + ":" + at.line() + ":" + at.column() + ": "
          + message);
    }
  }
}
