package io.netlint.config;

import java.util.Collection;
import java.util.Comparator;

/** "did you mean" for a misspelt key or rule ID. */
final class Suggestions {
  private Suggestions() {}

  /** {@code " (did you mean 'x'?)"} for the closest candidate within two edits, else empty. */
  static String hint(String given, Collection<String> candidates) {
    return candidates.stream()
        .filter(c -> distance(given, c) <= Math.min(2, Math.max(1, c.length() / 3)))
        .min(Comparator.comparingInt((String c) -> distance(given, c))
            .thenComparing(Comparator.naturalOrder()))
        .map(c -> " (did you mean '" + c + "'?)")
        .orElse("");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = Character.toLowerCase(a.charAt(i - 1))
            == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
