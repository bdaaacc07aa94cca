package io.netlint.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Finds every overlapping pair among N tagged ranges in O(N log N + K) for K pairs. Prefixes are
 * either nested or disjoint, so after sorting by start address (wider first) the ranges that can
 * still overlap the next one form a stack of enclosing ranges.
 */
public final class CidrOverlaps {

  public record Pair<T>(T first, Cidr firstCidr, T second, Cidr secondCidr) {}

  private CidrOverlaps() {}

  public static <T> List<Pair<T>> find(List<T> items, Function<T, Cidr> cidrOf) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(cidrOf, Cidr.ORDER));
    List<Pair<T>> pairs = new ArrayList<>();
    Deque<T> open = new ArrayDeque<>();
    for (T item : sorted) {
      Cidr c = cidrOf.apply(item);
      while (!open.isEmpty() && !cidrOf.apply(open.peek()).overlaps(c)) {
        open.pop();
      }
      for (T enclosing : open) {
        pairs.add(new Pair<>(enclosing, cidrOf.apply(enclosing), item, c));
      }
      open.push(item);
    }
    return pairs;
  }
}
