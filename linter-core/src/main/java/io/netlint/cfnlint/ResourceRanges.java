package io.netlint.cfnlint;

import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The lines each resource of a template spans: from its logical ID to the line before the next
 * entry of the template (the next resource, or the next top-level section after
 * {@code Resources}). On a minified JSON template several resources share a line; callers that
 * know the logical ID should check it as well.
 */
final class ResourceRanges {

  record Range(String logicalId, int first, int last) {
    boolean contains(int line) {
      return line >= first && line <= last;
    }
  }

  private final List<Range> ranges;

  private ResourceRanges(List<Range> ranges) {
    this.ranges = ranges;
  }

  static ResourceRanges of(Node root) {
    List<Range> ranges = new ArrayList<>();
    if (!(root instanceof MapNode top) || !(top.get("Resources") instanceof MapNode resources)) {
      return new ResourceRanges(ranges);
    }
    int resourcesLine = top.keyPosition("Resources").line();
    // The first top-level key written below Resources closes the last resource.
    int end = top.entries().values().stream()
        .mapToInt(e -> e.keyPosition().line())
        .filter(l -> l > resourcesLine)
        .min().orElse(Integer.MAX_VALUE);
    List<MapNode.Entry> entries = new ArrayList<>(resources.entries().values());
    entries.sort(Comparator.comparingInt(e -> e.keyPosition().line()));
    for (int i = 0; i < entries.size(); i++) {
      int first = entries.get(i).keyPosition().line();
      int next = i + 1 < entries.size() ? entries.get(i + 1).keyPosition().line() : end;
      int last = next == Integer.MAX_VALUE ? next : Math.max(first, next - 1);
      ranges.add(new Range(entries.get(i).key(), first, last));
    }
    return new ResourceRanges(ranges);
  }

  Optional<Range> byId(String logicalId) {
    return ranges.stream().filter(r -> r.logicalId().equals(logicalId)).findFirst();
  }

  /** The resource whose lines hold {@code line}, when exactly one does. */
  Optional<Range> at(int line) {
    List<Range> hits = ranges.stream().filter(r -> r.contains(line)).toList();
    return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
  }
}
