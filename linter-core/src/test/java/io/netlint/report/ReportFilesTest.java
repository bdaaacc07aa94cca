package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlint.engine.LintResult;
import io.netlint.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report file is written whole or not at all, and never leaves a temporary file behind. */
class ReportFilesTest {

  private static final LintResult EMPTY =
      new LintResult(List.of(), List.of(), List.of(), 0, Network.builder().build());

  @TempDir Path dir;

  /** A reporter that writes part of a report and then fails. */
  private static Reporter failingAfter(String part, Exception failure) {
    return new Reporter() {
      @Override
      public String name() {
        return "failing";
      }

      @Override
      public void write(LintResult result, java.io.Writer out) throws IOException {
        out.write(part);
        out.flush();
        if (failure instanceof IOException io) throw io;
        throw (RuntimeException) failure;
      }
    };
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void aFailedReportLeavesThePreviousFileWholeAndNoTemporaryFile() throws IOException {
    Path sarif = dir.resolve("netlint.sarif");
    Reporter sarifReporter = Reporters.byName("sarif").orElseThrow();
    ReportFiles.write(sarifReporter, EMPTY, sarif);
    String before = Files.readString(sarif);
    assertThat(before).contains("\"version\"").endsWith("}\n");

    Reporter halfway = failingAfter("{\"version\": \"2.1.0\", \"runs\": [",
        new IOException("disk full"));
    assertThatThrownBy(() -> ReportFiles.write(halfway, EMPTY, sarif))
        .isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(Files.readString(sarif)).isEqualTo(before);
    assertThat(files()).containsExactly(sarif);

    Reporter crashing = failingAfter("{", new IllegalStateException("reporter bug"));
    assertThatThrownBy(() -> ReportFiles.write(crashing, EMPTY, sarif))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(sarif)).isEqualTo(before);
    assertThat(files()).containsExactly(sarif);
  }

  @Test
  void aFailedFirstReportLeavesNoFileAtAll() {
    Path target = dir.resolve("reports/new.sarif");
    Reporter failing = failingAfter("{", new IOException("cannot finish"));
    assertThatThrownBy(() -> ReportFiles.write(failing, EMPTY, target))
        .isInstanceOf(IOException.class);
    assertThat(Files.exists(target)).isFalse();
    assertThat(dir.resolve("reports")).isEmptyDirectory();
  }

  @Test
  void aDirectoryInTheWayIsAnErrorAndIsLeftAlone() throws IOException {
    Path target = Files.createDirectories(dir.resolve("report.json"));
    Files.writeString(target.resolve("keep.txt"), "kept");
    assertThatThrownBy(() -> ReportFiles.write(Reporters.byName("json").orElseThrow(), EMPTY,
        target)).isInstanceOf(IOException.class);
    assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("kept");
    assertThat(files()).containsExactly(target.resolve("keep.txt"));
  }
}
