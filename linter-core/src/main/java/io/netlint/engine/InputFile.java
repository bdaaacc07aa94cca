package io.netlint.engine;

import java.nio.file.Path;

/**
 * A file to lint.
 *
 * @param display the name reports use
 * @param explicit true when the user named the file itself (then it must be a template or plan)
 */
public record InputFile(Path path, String display, boolean explicit) {}
