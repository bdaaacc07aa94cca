package io.netlint.report.internal.sarif;

import io.netlint.rule.RuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** The first paragraph of prose after the title, as plain text, at most 1024 characters. */
  public static Optional<String> firstParagraph(String page) {
    StringBuilder para = new StringBuilder();
    boolean inFence = false;
    for (String line : markdown(page).split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("```")) {
        inFence = !inFence;
        if (para.length() > 0) break;
        continue;
      }
      if (inFence) continue;
      if (t.isEmpty() || t.startsWith("#") || t.startsWith("|") || t.startsWith(">")
          || t.startsWith("<!--")) {
        if (para.length() > 0) break;
        continue;
      }
      if (para.length() > 0) para.append(' ');
      para.append(t);
    }
    if (para.length() == 0) return Optional.empty();
    String plain = INLINE_LINK.matcher(para).replaceAll(r -> Matcher.quoteReplacement(r.group(1)))
        .replace("**", "").replace("`", "");
    return Optional.of(clip(plain, MAX_DESCRIPTION));
  }

  /** Cuts at a word boundary and marks the cut, so GitHub's length limit never rejects a rule. */
  public static String clip(String s, int max) {
    if (s.length() <= max) return s;
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut < max / 2) cut = max - 1;
    return s.substring(0, cut).stripTrailing() + "\u2026";
  }
}
