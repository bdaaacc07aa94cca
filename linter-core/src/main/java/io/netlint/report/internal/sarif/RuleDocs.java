package io.netlint.report.internal.sarif;

import io.netlint.rule.RuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's documentation page, {@code docs/rules/<ID>.md}, which the rules module ships on the
 * class path as {@code netlint/docs/rules/<ID>.md}. Rule jars from elsewhere may ship theirs the
 * same way.
 */
public final class RuleDocs {
  public static final String RESOURCE_DIR = "netlint/docs/rules/";
  /** Where the pages are published; every {@code helpUri} is built from this one constant. */
  public static final String PAGES_URL =
      "https://github.com/netlint/netlint/blob/main/docs/rules/";

  private static final int MAX_DESCRIPTION = 1024;
  private static final Pattern RELATIVE_LINK =
      Pattern.compile("\\]\\((?![a-zA-Z][a-zA-Z0-9+.-]*:|#|/)([^)\\s]+)\\)");
  private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  /** The "**Default severity:** …" line that opens each page. */
  private static final Pattern METADATA = Pattern.compile("\\*\\*[^*]+:\\*\\*");
  private static final Pattern EMPHASIS = Pattern.compile("\\*([^*\\s][^*]*)\\*");

  private RuleDocs() {}

  /** Looks the page up with the rule's own class loader, then with netlint's. */
  public static Function<RuleDescriptor, Optional<String>> fromClassPath() {
    return d -> {
      String name = RESOURCE_DIR + d.id() + ".md";
      if (d.rule() != null) {
        Optional<String> own = read(d.rule().getClass().getClassLoader(), name);
        if (own.isPresent()) return own;
      }
      return read(RuleDocs.class.getClassLoader(), name);
    };
  }

  private static Optional<String> read(ClassLoader loader, String name) {
    if (loader == null) return Optional.empty();
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) return Optional.empty();
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The published page; none for rules from elsewhere ({@code NET9xx}), whose pages we do not host. */
  public static Optional<String> helpUri(String ruleId) {
    if (!RuleDescriptor.ID.matcher(ruleId).matches() || ruleId.startsWith("NET9")) {
      return Optional.empty();
    }
    return Optional.of(PAGES_URL + ruleId + ".md");
  }

  /** The page with {@code \n} line ends and links to sibling pages made absolute. */
  public static String markdown(String page) {
    String text = page.replace("\r\n", "\n").replace('\r', '\n').strip();
    Matcher m = RELATIVE_LINK.matcher(text);
    return m.replaceAll(r -> Matcher.quoteReplacement("](" + PAGES_URL + r.group(1) + ")"));
  }

  /**
   * A plain-text description from the page: the start of its "What it detects" section (or of
   * the page, after the title and the severity line), at most 1024 characters. A paragraph that
   * ends with a colon brings the list it introduces along.
   */
  public static Optional<String> description(String page) {
    List<String> blocks = blocks(section(markdown(page)));
    StringBuilder text = new StringBuilder();
    for (String block : blocks) {
      if (text.length() == 0 && METADATA.matcher(block).lookingAt()) continue;
      if (text.length() > 0) text.append(' ');
      text.append(block);
      if (!block.endsWith(":")) break;
    }
    if (text.length() == 0) return Optional.empty();
    String plain = INLINE_LINK.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    plain = EMPHASIS.matcher(plain.replace("**", "").replace("`", ""))
        .replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    return Optional.of(clip(plain.replaceAll("\\s+", " ").strip(), MAX_DESCRIPTION));
  }

  /** The body of the "What it detects" section, or the page below its title. */
  private static List<String> section(String md) {
    List<String> lines = List.of(md.split("\n", -1));
    int from = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("#{2,6}\\s+What it detects\\s*")) {
        from = i + 1;
        break;
      }
    }
    if (from < 0) {
      from = !lines.isEmpty() && lines.get(0).startsWith("# ") ? 1 : 0;
    }
    List<String> body = new ArrayList<>();
    boolean inFence = false;
    for (String line : lines.subList(from, lines.size())) {
      if (line.strip().startsWith("```")) inFence = !inFence;
      if (!inFence && line.startsWith("#")) break;
      body.add(line);
    }
    return body;
  }

  /** Prose blocks separated by blank lines; code fences, tables and HTML comments left out. */
  private static List<String> blocks(List<String> lines) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    boolean inFence = false;
    for (String line : lines) {
      String t = line.strip();
      if (t.startsWith("```")) {
        inFence = !inFence;
        continue;
      }
      if (inFence || t.startsWith("|") || t.startsWith("<!--")) continue;
      if (t.isEmpty()) {
        if (block.length() > 0) blocks.add(block.toString());
        block.setLength(0);
        continue;
      }
      if (block.length() > 0) block.append(' ');
      block.append(t);
    }
    if (block.length() > 0) blocks.add(block.toString());
    return blocks;
  }

  /** Cuts at a word boundary and marks the cut, so GitHub's length limit never rejects a rule. */
  public static String clip(String s, int max) {
    if (s.length() <= max) return s;
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut < max / 2) cut = max - 1;
    return s.substring(0, cut).stripTrailing() + "\u2026";
  }
}
