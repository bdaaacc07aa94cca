package io.netlint.parse;

import io.netlint.model.Element;
import java.util.List;

/** The elements a loader built and the diagnostics it raised. */
public record LoadResult(List<Element> elements, List<Diagnostic> diagnostics) {
  public LoadResult {
    elements = List.copyOf(elements);
    diagnostics = List.copyOf(diagnostics);
  }
}
