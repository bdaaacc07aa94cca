package io.netlint.parse.hcl;

import io.netlint.parse.tree.Position;

/**
 * An attribute {@code name = value} of a block or file.
 *
 * @param start where the name is written
 * @param literal true when the value is written out: a number, a string without interpolation,
 *     {@code true}/{@code false}/{@code null}, or a list or object of such values
 * @param literalText the literal's source text when it is a string or number, otherwise null
 */
public record HclAttribute(String name, Position start, boolean literal, String literalText) {}
