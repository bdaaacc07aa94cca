package io.netlint.parse.tfplan;

import io.netlint.parse.Diagnostic;
import io.netlint.parse.tree.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the diagnostics of one plan file. While a resource is converted, messages name it, so
 * a problem in a one-line plan is still easy to find.
 */
final class TfIssues {
  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  private String resource;

  TfIssues(String file) {
    this.file = file;
  }

  /** The resource being converted, or null. */
  void within(String address) {
    this.resource = address;
  }

  void error(Position at, String message) {
    add(at, Diagnostic.Level.ERROR, message);
  }

  void warning(Position at, String message) {
    add(at, Diagnostic.Level.WARNING, message);
  }

  /** A warning that several readers of one value would otherwise repeat. */
  void warningOnce(Position at, String message) {
    Position p = at == null ? Position.START : at;
    if (reported.add(p.line() + ":" + p.column() + ":" + message)) warning(p, message);
  }

  private void add(Position at, Diagnostic.Level level, String message) {
    Position p = at == null ? Position.START : at;
    String text = resource == null ? message : "'" + resource + "': " + message;
    diagnostics.add(new Diagnostic(file, p.line(), p.column(), level, text));
  }

  List<Diagnostic> all() { return diagnostics; }
}
