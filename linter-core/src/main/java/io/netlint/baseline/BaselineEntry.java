package io.netlint.baseline;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The line-independent identity of a finding: the rule and tool, the file and resource it is on,
 * the other resources involved, and its message with line and column numbers taken out. Moving
 * or reformatting a template keeps all of these; a renamed resource or a different value in the
 * message (another port, another range) makes a different entry.
 *
 * @param file relative to the baseline file's directory, with {@code /}; absolute when outside
 * @param resource the logical ID or Terraform address; null when the finding has none
 */
public record BaselineEntry(String rule, String tool, String file, String resource,
    String message, List<Related> related) implements Comparable<BaselineEntry> {

  /** Another place a finding involves. */
  public record Related(String file, String resource) implements Comparable<Related> {
    private static final Comparator<Related> ORDER = Comparator.comparing(Related::file)
        .thenComparing(r -> r.resource() == null ? "" : r.resource());

    @Override
    public int compareTo(Related o) { return ORDER.compare(this, o); }
  }

  private static final Comparator<BaselineEntry> ORDER =
      Comparator.comparing(BaselineEntry::file)
          .thenComparing(e -> e.resource() == null ? "" : e.resource())
          .thenComparing(BaselineEntry::rule)
          .thenComparing(BaselineEntry::tool)
          .thenComparing(BaselineEntry::message)
          .thenComparing(e -> e.related().toString());

  public BaselineEntry {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    related = related.stream().sorted().distinct().toList();
  }

  @Override
  public int compareTo(BaselineEntry o) { return ORDER.compare(this, o); }
}
