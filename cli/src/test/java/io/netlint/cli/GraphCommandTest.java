package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {

  private static final Path ESTATE = Path.of(System.getProperty("netlint.projectRoot", ".."))
      .toAbsolutePath().normalize().resolve("examples/estate");

  @TempDir Path tmp;

  @Test
  void findingsDoNotChangeTheExitCodeOfAGraph() {
    CliRun run = CliRun.of("graph", "--no-config", ESTATE.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("flowchart TB\n").contains("error: NET101");
  }

  @Test
  void anUnknownFormatOrDetailIsAUsageError() {
    CliRun png = CliRun.of("graph", "--format", "png", ESTATE.toString());
    assertThat(png.exitCode()).isEqualTo(ExitCodes.ERROR);
    assertThat(png.err()).contains("--format").contains("mermaid, dot, svg, html");
    CliRun detail = CliRun.of("graph", "--detail", "routes", ESTATE.toString());
    assertThat(detail.exitCode()).isEqualTo(ExitCodes.ERROR);
    assertThat(detail.err()).contains("--detail");
    CliRun negative = CliRun.of("graph", "--collapse-above", "-1", ESTATE.toString());
    assertThat(negative.exitCode()).isEqualTo(ExitCodes.ERROR);
    assertThat(negative.err()).contains("--collapse-above: give 0 or more");
  }

  @Test
  void anInputThatCannotBeLoadedIsReportedAndTheRestIsDrawn() throws IOException {
    Path broken = tmp.resolve("broken.yaml");
    Files.writeString(broken, "Resources:\n  Vpc: [unclosed\n");
    CliRun run = CliRun.of("graph", "--no-config", ESTATE.toString(), broken.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    assertThat(run.err()).contains("broken.yaml:");
    assertThat(run.out()).contains("ProdVpc");
  }

  @Test
  void aDiagramThatCannotBeWrittenIsAnError() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "");
    Path nowhere = file.resolve("graph.dot");
    CliRun run = CliRun.of("graph", "--no-config", "--format", "dot", "--output",
        nowhere.toString(), ESTATE.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    assertThat(run.err()).contains("cannot write the diagram to " + nowhere);
  }

  @Test
  void lintWritesTheHtmlReportBesideTheOtherFormats() throws IOException {
    Path html = tmp.resolve("report.html");
    CliRun run = CliRun.of("lint", "--no-config", "--format", "text", "--format",
        "html=" + html, ESTATE.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out()).contains("NET101");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>")
        .contains("<svg class=\"netlint-graph\"").contains("id=\"findings-table\"")
        .contains("netlint: 11 findings");
  }
}
