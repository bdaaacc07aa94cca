package io.netlint.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes as people write it: {@code 268435456}, {@code 512KB}, {@code 256MB}, {@code 1GB}. */
public final class ByteSize {

  private static final Pattern SIZE = Pattern.compile("([0-9]{1,15})\\s*([KMG]I?B?|B)?");

  private ByteSize() {}

  /**
   * The number of bytes; K, M and G are powers of 1024, with or without a trailing {@code B} or
   * {@code iB}.
   *
   * @throws IllegalArgumentException when the text is not such a size, or is zero
   */
  public static long parse(String text) {
    Matcher m = SIZE.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a size such as 256MB, 1GB or"
          + " a number of bytes");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2);
    int shift = switch (unit.charAt(0)) {
      case 'K' -> 10;
      case 'M' -> 20;
      case 'G' -> 30;
      default -> 0;
    };
    if (n == 0 || n > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("'" + text + "' is not a size above zero");
    }
    return n << shift;
  }
}
