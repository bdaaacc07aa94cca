package io.netlint.config;

import java.util.regex.Pattern;

/**
 * A glob for file paths or resource names. Only {@code *}, {@code ?} and {@code **} are special,
 * so that Terraform addresses such as {@code aws_instance.nat[0]} can be written as they are.
 *
 * <p>For paths, {@code *} and {@code ?} stay within one segment and {@code **} spans any number
 * of them ({@code **}{@code /x.yaml} also matches {@code x.yaml}). For names there are no
 * segments: {@code *} matches any text.
 */
public final class Glob {

  private final String pattern;
  private final Pattern regex;

  private Glob(String pattern, Pattern regex) {
    this.pattern = pattern;
    this.regex = regex;
  }

  /** A path glob, matched against {@code /}-separated relative paths. */
  public static Glob path(String pattern) {
    String p = pattern.replace('\\', '/');
    while (p.startsWith("./")) p = p.substring(2);
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
        boolean slashAfter = i + 2 < p.length() && p.charAt(i + 2) == '/';
        re.append(slashAfter ? "(?:.*/)?" : ".*");
        i += slashAfter ? 3 : 2;
        continue;
      }
      if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return new Glob(pattern, Pattern.compile(re.toString()));
  }

  /** A name glob: {@code *} any text, {@code ?} one character. */
  public static Glob name(String pattern) {
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '*') {
        re.append(".*");
      } else if (c == '?') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new Glob(pattern, Pattern.compile(re.toString(), Pattern.DOTALL));
  }

  public boolean matches(String text) {
    return text != null && regex.matcher(text).matches();
  }

  /** As written in the configuration. */
  public String pattern() { return pattern; }

  @Override
  public String toString() { return pattern; }
}
