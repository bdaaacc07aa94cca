package io.netlint.engine;

import java.nio.file.Path;

/** A file or directory the user asked to lint, and the name to show for it. */
public record InputPath(Path path, String display) {
  public static InputPath of(String given) {
    return new InputPath(Path.of(given), given);
  }
}
