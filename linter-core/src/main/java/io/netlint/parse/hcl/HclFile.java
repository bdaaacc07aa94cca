package io.netlint.parse.hcl;

import io.netlint.parse.Diagnostic;
import java.util.List;

/**
 * One {@code .tf} file as read.
 *
 * @param file the name reports use
 * @param blocks the top-level blocks in source order; empty when the file has a syntax error,
 *     because positions after an error cannot be trusted
 * @param comments every comment, in source order
 * @param diagnostics the first syntax error, if any
 */
public record HclFile(String file, List<HclBlock> blocks, List<HclComment> comments,
    List<Diagnostic> diagnostics) {

  public HclFile {
    blocks = List.copyOf(blocks);
    comments = List.copyOf(comments);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean parsed() { return diagnostics.isEmpty(); }
}
