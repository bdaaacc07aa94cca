package io.netlint.parse.tfplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Terraform address or reference split into names and index keys, e.g.
 * {@code module.net["a"].aws_vpc.this[0].id}. Rendering is canonical, so an address taken from
 * {@code planned_values} and one rebuilt from a configuration reference compare equal whatever
 * quoting style the Terraform version used.
 */
record TfTraversal(List<Step> steps) {

  sealed interface Step permits Name, Key {}

  record Name(String name) implements Step {}

  /**
   * An index. {@code value} is the number's digits or the string's content; null for a splat or a
   * dynamic index, which names no particular instance.
   */
  record Key(String value, boolean string) implements Step {
    static final Key ANY = new Key(null, false);

    String render() {
      if (value == null) return "*";
      return string ? quote(value) : value;
    }
  }

  TfTraversal {
    steps = List.copyOf(steps);
  }

  static Optional<TfTraversal> parse(String text) {
    if (text == null || text.isEmpty()) return Optional.empty();
    List<Step> steps = new ArrayList<>();
    int i = 0;
    int n = text.length();
    boolean expectName = true;
    while (i < n) {
      char c = text.charAt(i);
      if (expectName) {
        int start = i;
        while (i < n && isNameChar(text.charAt(i))) i++;
        if (i == start) return Optional.empty();
        steps.add(new Name(text.substring(start, i)));
        expectName = false;
      } else if (c == '.') {
        i++;
        expectName = true;
      } else if (c == '[') {
        int end = readKey(text, i + 1, steps);
        if (end < 0) return Optional.empty();
        i = end;
      } else {
        return Optional.empty();
      }
    }
    return expectName ? Optional.empty() : Optional.of(new TfTraversal(steps));
  }

  /** Reads a key after '['; returns the index after ']' or -1. */
  private static int readKey(String text, int i, List<Step> steps) {
    int n = text.length();
    if (i >= n) return -1;
    if (text.charAt(i) == '"') {
      StringBuilder sb = new StringBuilder();
      int j = i + 1;
      while (j < n && text.charAt(j) != '"') {
        char c = text.charAt(j);
        if (c == '\\' && j + 1 < n) {
          char e = text.charAt(j + 1);
          switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'u' -> {
              if (j + 6 > n) return -1;
              try {
                sb.append((char) Integer.parseInt(text.substring(j + 2, j + 6), 16));
              } catch (NumberFormatException ex) {
                return -1;
              }
              j += 4;
            }
            default -> sb.append(e);
          }
          j += 2;
        } else {
          sb.append(c);
          j++;
        }
      }
      if (j + 1 >= n || text.charAt(j + 1) != ']') return -1; // unterminated string or key
      steps.add(new Key(sb.toString(), true));
      return j + 2;
    }
    int close = text.indexOf(']', i);
    if (close < 0) return -1;
    String inner = text.substring(i, close).trim();
    if (isDigits(inner)) {
      steps.add(new Key(stripLeadingZeros(inner), false));
    } else {
      steps.add(Key.ANY);
    }
    return close + 1;
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  private static String stripLeadingZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') k++;
    return digits.substring(k);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  int size() { return steps.size(); }

  Step get(int i) { return steps.get(i); }

  /** The name at position i, or null when out of range or a key. */
  String name(int i) {
    return i < steps.size() && steps.get(i) instanceof Name nm ? nm.name() : null;
  }

  /** The key at position i, or null when out of range or a name. */
  Key key(int i) {
    return i < steps.size() && steps.get(i) instanceof Key k ? k : null;
  }

  boolean startsWith(TfTraversal prefix) {
    return prefix.steps.size() <= steps.size()
        && steps.subList(0, prefix.steps.size()).equals(prefix.steps);
  }

  String render() {
    return render(0, steps.size());
  }

  String render(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      Step s = steps.get(i);
      if (s instanceof Name nm) {
        if (sb.length() > 0) sb.append('.');
        sb.append(nm.name());
      } else {
        sb.append('[').append(((Key) s).render()).append(']');
      }
    }
    return sb.toString();
  }
}
