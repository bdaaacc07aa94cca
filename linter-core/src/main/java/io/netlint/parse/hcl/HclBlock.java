package io.netlint.parse.hcl;

import io.netlint.parse.tree.Position;
import java.util.List;
import java.util.Optional;

/**
 * A block such as {@code resource "aws_vpc" "main" { ... }}.
 *
 * @param type the block type ({@code resource}, {@code module}, {@code ingress})
 * @param labels the labels' literal text; an interpolated label keeps its source text
 * @param start where the block type is written
 * @param end where its closing brace is
 */
public record HclBlock(String type, List<String> labels, Position start, Position end,
    List<HclAttribute> attributes, List<HclBlock> blocks) {

  public HclBlock {
    labels = List.copyOf(labels);
    attributes = List.copyOf(attributes);
    blocks = List.copyOf(blocks);
  }

  public Optional<HclAttribute> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** True for {@code type "labels[0]" "labels[1]" ...} with exactly these labels. */
  public boolean is(String blockType, String... expectedLabels) {
    return type.equals(blockType) && labels.equals(List.of(expectedLabels));
  }
}
