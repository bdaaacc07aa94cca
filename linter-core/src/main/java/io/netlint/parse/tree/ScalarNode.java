package io.netlint.parse.tree;

/** A string, number, boolean or null, kept as its text so nothing is lost or reformatted. */
public record ScalarNode(Position position, Kind kind, String text) implements Node {

  public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

  public boolean isNull() { return kind == Kind.NULL; }

  public static ScalarNode string(Position p, String text) {
    return new ScalarNode(p, Kind.STRING, text);
  }
}
