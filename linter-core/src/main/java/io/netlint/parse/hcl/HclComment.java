package io.netlint.parse.hcl;

import io.netlint.parse.tree.Position;

/**
 * A comment, {@code #}, {@code //} or {@code /* *}{@code /}.
 *
 * @param text the comment without its markers, stripped
 * @param start where the comment starts
 * @param ownLine true when nothing but whitespace precedes it on its line
 */
public record HclComment(String text, Position start, boolean ownLine) {}
