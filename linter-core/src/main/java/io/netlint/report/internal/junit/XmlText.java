package io.netlint.report.internal.junit;

/** Text that XML 1.0 can hold: characters it forbids (most controls) become U+FFFD. */
public final class XmlText {
  private XmlText() {}

  /** Element text, with CR and CRLF written as LF, as any XML parser would read them anyway. */
  public static String content(String s) {
    if (s == null) return "";
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      if (allowed) b.appendCodePoint(c);
      else b.append('\uFFFD');
    }
    return b.toString();
  }

  /** For attributes: line breaks and tabs would be read back as spaces, so write spaces. */
  public static String attribute(String s) {
    return content(s).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ')
        .replace('\t', ' ');
  }
}
