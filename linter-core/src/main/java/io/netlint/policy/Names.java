package io.netlint.policy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Suggestions for misspelt names ("did you mean …"). */
final class Names {
  private Names() {}

  /**
   * The closest candidate within a small edit distance, else one the word starts with or that
   * starts with the word ({@code cidr_block} → {@code cidr}), if any.
   */
  static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Math.max(2, word.length() / 3) + 1;
    for (String c : candidates) {
      int d = distance(word, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best == null && word.length() >= 3) {
      for (String c : candidates) {
        if (c.length() >= 3 && (word.startsWith(c) || c.startsWith(word))
            && (best == null || Math.abs(c.length() - word.length())
                < Math.abs(best.length() - word.length()))) {
          best = c;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** "; did you mean 'x'?" or nothing. */
  static String didYouMean(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** "a, b and c". */
  static String list(List<String> words) {
    if (words.size() <= 1) return String.join("", words);
    return String.join(", ", words.subList(0, words.size() - 1)) + " and "
        + words.get(words.size() - 1);
  }
}
