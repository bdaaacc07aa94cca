package io.netlint.maven;

import static io.netlint.maven.Results.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlint.report.ReportContext;
import io.netlint.report.Reporters;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputsTest {

  @TempDir Path dir;

  @Test
  void eachFormatHasItsFileInTheOutputDirectory() {
    ReportOutputs outputs = ReportOutputs.of(List.of("text", "sarif", "json"), dir);
    assertThat(outputs.outputs()).extracting(ReportOutputs.Output::file).containsExactly(
        dir.resolve("netlint.txt"), dir.resolve("netlint.sarif"), dir.resolve("netlint.json"));
  }

  @Test
  void everyRegisteredFormatHasADistinctFileName() {
    List<String> names = Reporters.names().stream().map(ReportOutputs::fileName).toList();
    assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.startsWith("netlint."));
  }

  @Test
  void blanksAndRepeatsAreDropped() {
    ReportOutputs outputs = ReportOutputs.of(Arrays.asList(" text ", "", null, "text"), dir);
    assertThat(outputs.outputs()).extracting(ReportOutputs.Output::format).containsExactly("text");
    assertThat(ReportOutputs.of(null, dir).isEmpty()).isTrue();
  }

  @Test
  void anUnknownFormatIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> ReportOutputs.of(List.of("text", "pdf"), dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown report format 'pdf' in formats; expected one of "
            + String.join(", ", Reporters.names()));
  }

  @Test
  void writesEveryReport() throws IOException {
    ReportOutputs outputs = ReportOutputs.of(List.of("text", "json"), dir.resolve("out"));
    outputs.write(Results.of(finding("NET101", Severity.ERROR, "infra/a.yaml", 4)),
        ReportContext.plain().withWorkingDirectory(dir));
    assertThat(Files.readString(dir.resolve("out/netlint.txt")))
        .startsWith("infra/a.yaml:4:3: error NET101 message of NET101 [Res]\n");
    assertThat(Files.readString(dir.resolve("out/netlint.json"))).contains("\"NET101\"");
  }

  @Test
  void aReportThatCannotBeWrittenNamesItsFile() throws IOException {
    Path blocked = dir.resolve("blocked");
    Files.writeString(blocked, "a file where the directory should be");
    ReportOutputs outputs = ReportOutputs.of(List.of("text"), blocked);
    assertThatThrownBy(() -> outputs.write(Results.of(), ReportContext.plain()))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot write " + blocked.resolve("netlint.txt"));
  }
}
