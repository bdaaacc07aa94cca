package io.netlint.parse.cfn;

import io.netlint.parse.Diagnostic;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects one file's diagnostics; the same message at the same place is kept once. */
final class Diagnostics {

  private final String file;
  private final List<Diagnostic> list = new ArrayList<>();
  private final Set<Diagnostic> seen = new HashSet<>();

  Diagnostics(String file) {
    this.file = file;
  }

  String file() { return file; }

  void error(Position at, String message) {
    add(Diagnostic.error(file, line(at), column(at), message));
  }

  void warning(Position at, String message) {
    add(Diagnostic.warning(file, line(at), column(at), message));
  }

  void warning(Node at, String message) { warning(at == null ? null : at.position(), message); }

  List<Diagnostic> all() { return list; }

  private void add(Diagnostic d) {
    if (seen.add(d)) list.add(d);
  }

  private static int line(Position p) { return p == null ? 1 : p.line(); }

  private static int column(Position p) { return p == null ? 1 : p.column(); }
}
