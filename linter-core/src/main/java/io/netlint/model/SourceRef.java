package io.netlint.model;

import java.util.Comparator;

/**
 * Where something was written: the file as the user named it, a 1-based line and column, and the
 * resource it belongs to (CloudFormation logical ID or Terraform address).
 */
public record SourceRef(String file, int line, int column, String resource) {

  public static final Comparator<SourceRef> ORDER =
      Comparator.comparing(SourceRef::file)
          .thenComparingInt(SourceRef::line)
          .thenComparingInt(SourceRef::column)
          .thenComparing(s -> s.resource() == null ? "" : s.resource());

  public SourceRef {
    if (line < 1) line = 1;
    if (column < 1) column = 1;
  }

  public SourceRef at(int line, int column) {
    return new SourceRef(file, line, column, resource);
  }
}
