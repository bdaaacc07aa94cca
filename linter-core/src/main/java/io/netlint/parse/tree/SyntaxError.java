package io.netlint.parse.tree;

/** The input is not well-formed JSON or YAML; the position is where the parser stopped. */
public final class SyntaxError extends Exception {
  private final Position position;

  public SyntaxError(Position position, String message) {
    super(message);
    this.position = position;
  }

  public Position position() { return position; }
}
