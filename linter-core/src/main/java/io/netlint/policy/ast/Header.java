package io.netlint.policy.ast;

import java.util.List;

/** A header clause of a policy. */
public sealed interface Header {

  Pos pos();

  /** {@code severity error}. */
  record Severity(Pos pos, Name level) implements Header {}

  /** {@code summary "…"}; adjacent strings are joined. */
  record Summary(Pos pos, String text) implements Header {}

  /** {@code tags addressing, vpc}. */
  record Tags(Pos pos, List<Name> tags) implements Header {
    public Tags {
      tags = List.copyOf(tags);
    }
  }
}
