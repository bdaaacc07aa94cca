package io.netlint.parse.tfplan;

import io.netlint.parse.Diagnostic;
import io.netlint.parse.tree.Position;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one plan file. */
final class TfIssues {
  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  TfIssues(String file) {
    this.file = file;
  }

  String file() { return file; }

  void error(Position at, String message) {
    Position p = at == null ? Position.START : at;
    diagnostics.add(Diagnostic.error(file, p.line(), p.column(), message));
  }

  void warning(Position at, String message) {
    Position p = at == null ? Position.START : at;
    diagnostics.add(Diagnostic.warning(file, p.line(), p.column(), message));
  }

  List<Diagnostic> all() { return diagnostics; }
}
