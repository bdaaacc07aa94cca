package io.netlint.maven;

import io.netlint.engine.LintResult;
import io.netlint.report.ReportContext;
import io.netlint.report.ReportFiles;
import io.netlint.report.Reporter;
import io.netlint.report.Reporters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The report files of a run: one per format, {@code netlint.<extension>} in one directory. */
final class ReportOutputs {

  record Output(String format, Path file) {}

  private final List<Output> outputs;

  private ReportOutputs(List<Output> outputs) {
    this.outputs = List.copyOf(outputs);
  }

  /**
   * Checks every format before anything is linted, so a typo fails fast.
   *
   * @throws IllegalArgumentException naming the unknown format and the known ones
   */
  static ReportOutputs of(List<String> formats, Path directory) {
    Set<String> names = new LinkedHashSet<>();
    if (formats != null) {
      for (String f : formats) {
        if (f != null && !f.isBlank()) names.add(f.trim());
      }
    }
    List<Output> outputs = new ArrayList<>();
    for (String name : names) {
      if (Reporters.byName(name).isEmpty()) {
        throw new IllegalArgumentException("unknown report format '" + name + "' in formats;"
            + " expected one of " + String.join(", ", Reporters.names()));
      }
      outputs.add(new Output(name, directory.resolve(fileName(name))));
    }
    return new ReportOutputs(outputs);
  }

  static String fileName(String format) {
    return switch (format) {
      case "text" -> "netlint.txt";
      case "junit" -> "netlint.junit.xml";
      case "gitlab" -> "netlint.gitlab.json";
      case "github" -> "netlint.github.txt";
      default -> "netlint." + format;
    };
  }

  List<Output> outputs() { return outputs; }

  boolean isEmpty() { return outputs.isEmpty(); }

  /** Each file is written whole or not at all; the first that cannot be written stops the rest. */
  void write(LintResult result, ReportContext context) throws IOException {
    for (Output o : outputs) {
      Reporter reporter = Reporters.byName(o.format(), context).orElseThrow();
      try {
        ReportFiles.write(reporter, result, o.file());
      } catch (IOException e) {
        throw new IOException("cannot write " + o.file() + ": " + e.getMessage(), e);
      }
    }
  }
}
