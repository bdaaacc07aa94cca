package io.netlint.policy.ast;

import java.util.List;

/** A message: text with {@code {expr}} placeholders. */
public record Template(Pos pos, List<Part> parts) {

  public Template {
    parts = List.copyOf(parts);
  }

  /** Literal text or a placeholder. */
  public sealed interface Part {}

  public record Text(String text) implements Part {}

  public record Placeholder(Expr expr) implements Part {}
}
