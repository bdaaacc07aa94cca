package io.netlint.report;

import io.netlint.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Renders a lint result in one format. Output is deterministic for the same result. */
public interface Reporter {

  /** The short name users pass to {@code --format}. */
  String name();

  void write(LintResult result, Writer out) throws IOException;
}
