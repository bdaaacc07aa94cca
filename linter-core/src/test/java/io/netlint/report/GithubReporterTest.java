package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.LintResult;
import io.netlint.model.Network;
import io.netlint.model.SourceRef;
import io.netlint.report.internal.github.StepSummary;
import io.netlint.report.internal.github.WorkflowCommands;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GithubReporterTest {

  @TempDir Path tmp;

  /** A workflow command as the runner reads it ({@code ActionCommand.TryParseV2}). */
  record Parsed(String command, Map<String, String> properties, String message) {}

  static Parsed parse(String line) {
    assertThat(line).startsWith("::");
    int end = line.indexOf("::", 2);
    String info = line.substring(2, end);
    String data = line.substring(end + 2);
    int space = info.indexOf(' ');
    String command = space < 0 ? info : info.substring(0, space);
    Map<String, String> props = new LinkedHashMap<>();
    if (space >= 0) {
      for (String pair : info.substring(space + 1).split(",")) {
        int eq = pair.indexOf('=');
        props.put(pair.substring(0, eq), unescapeProperty(pair.substring(eq + 1)));
      }
    }
    return new Parsed(command, props, unescapeData(data));
  }

  private static String unescapeData(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }

  private static String unescapeProperty(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
        .replace("%25", "%");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "plain",
      "commas, and: colons",
      "100% sure, 50%25 encoded, %0A literal",
      "line one\nline two\r\nline three\rend",
      "a::b ::error file=x::injected",
      "key=value, other=thing",
      "trailing percent %"})
  void hostileTextSurvivesTheRunner(String hostile) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("file", "dir, with: " + hostile + ".yaml");
    props.put("line", "3");
    props.put("title", hostile);
    String line = WorkflowCommands.command("error", props, hostile);
    // One physical line: the runner reads commands line by line.
    assertThat(line).doesNotContain("\n").doesNotContain("\r");
    // Properties hold no separators the runner would split on.
    String info = line.substring(2, line.indexOf("::", 2));
    assertThat(info.split(",")).hasSize(3);
    Parsed p = parse(line);
    assertThat(p.command()).isEqualTo("error");
    assertThat(p.properties()).isEqualTo(props);
    assertThat(p.message()).isEqualTo(hostile);
  }

  @Test
  void escapesAsTheToolkitDoes() {
    assertThat(WorkflowCommands.escapeData("50%\r\n:,")).isEqualTo("50%25%0D%0A:,");
    assertThat(WorkflowCommands.escapeProperty("50%\r\n:,")).isEqualTo("50%25%0D%0A%3A%2C");
    assertThat(WorkflowCommands.command("notice", Map.of("title", ""), "m"))
        .isEqualTo("::notice::m");
  }

  private static LintResult many(int errors, int warnings, int infos) {
    List<Finding> findings = new ArrayList<>();
    int line = 1;
    for (int i = 0; i < infos; i++) findings.add(finding(Severity.INFO, line++));
    for (int i = 0; i < warnings; i++) findings.add(finding(Severity.WARNING, line++));
    for (int i = 0; i < errors; i++) findings.add(finding(Severity.ERROR, line++));
    return new LintResult(findings, List.of(), CiSample.rules(), 1, Network.of(List.of()));
  }

  private static Finding finding(Severity s, int line) {
    String rule = switch (s) {
      case ERROR -> "NET101";
      case WARNING -> "NET202";
      case INFO -> "NET305";
    };
    return new Finding(rule, s, "finding on line " + line + ", 100%: bad",
        new SourceRef("net.yaml", line, 1, "R" + line), List.of());
  }

  private List<Parsed> annotate(LintResult result, Map<String, String> env) throws IOException {
    StringWriter out = new StringWriter();
    new GithubReporter(ReportContext.plain().withWorkingDirectory(tmp).withEnv(env))
        .write(result, out);
    return out.toString().lines().map(GithubReporterTest::parse).toList();
  }

  @Test
  void keepsTheMostSevereWithinTheRunnersLimitAndSaysHowManyMore() throws IOException {
    List<Parsed> lines = annotate(many(25, 12, 15), Map.of());
    assertThat(lines).filteredOn(p -> p.command().equals("error")).hasSize(10)
        .allSatisfy(p -> assertThat(p.properties().get("title")).startsWith("NET101"));
    assertThat(lines).filteredOn(p -> p.command().equals("warning")).hasSize(10);
    // Nine notices for findings and the closing one: ten, the runner's limit.
    assertThat(lines).filteredOn(p -> p.command().equals("notice")).hasSize(10);
    assertThat(lines.subList(0, 10)).allMatch(p -> p.command().equals("error"));
    Parsed last = lines.get(lines.size() - 1);
    assertThat(last.command()).isEqualTo("notice");
    assertThat(last.properties()).doesNotContainKey("file");
    assertThat(last.message()).startsWith("netlint: 23 more problems are not annotated");
    // Most severe first: errors were listed last in the input, yet come first, in file order.
    assertThat(lines.get(0).properties().get("line")).isEqualTo("28");
    assertThat(lines.get(0).message()).isEqualTo("finding on line 28, 100%: bad [R28]");
  }

  @Test
  void noClosingLineWhenEverythingFits() throws IOException {
    List<Parsed> lines = annotate(many(10, 10, 10), Map.of());
    assertThat(lines).hasSize(30);
    assertThat(lines).noneMatch(p -> p.message().contains("more problem"));
  }

  @Test
  void oneMoreIsSingular() throws IOException {
    List<Parsed> lines = annotate(many(11, 0, 0), Map.of());
    assertThat(lines).hasSize(11);
    assertThat(lines.get(10).message()).startsWith("netlint: 1 more problem is not annotated")
        .endsWith("the SARIF, JSON or text report lists them all.");
  }

  @Test
  void noSummaryWithoutTheVariable() throws IOException {
    annotate(many(1, 1, 1), Map.of("GITHUB_ACTIONS", "true"));
    try (var files = Files.list(tmp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void summaryIsAppendedWithCountsThenFindings() throws IOException {
    Path summary = tmp.resolve("step_summary");
    Files.writeString(summary, "# Earlier\n");
    List<Parsed> lines = annotate(many(11, 2, 1),
        Map.of(GithubReporter.SUMMARY_ENV, summary.toString()));
    assertThat(lines.get(lines.size() - 1).message()).endsWith("the job summary lists them all.");
    String md = Files.readString(summary);
    assertThat(md).startsWith("# Earlier\n### netlint: 14 findings (11 errors, 2 warnings,"
        + " 1 info) in 1 file\n");
    assertThat(md).contains("| error | 11 |").contains("| warning | 2 |").contains("| info | 1 |")
        .contains("| NET101 | overlapping-connected-cidrs | 11 |");
    assertThat(md.indexOf("| NET101 | overlapping")).isLessThan(md.indexOf("#### Findings"));
    // Every finding is listed, the most severe first, with the table intact.
    assertThat(md.lines().filter(l -> l.startsWith("| error | NET101 |"))).hasSize(11);
    assertThat(md.indexOf("| error | NET101 |")).isLessThan(md.indexOf("| info | NET305 |"));
  }

  @Test
  void summaryCellsCannotBreakTheTable() {
    assertThat(StepSummary.cell("a|b\nc\r\n<script>&`x`*y*_z_[l](u)"))
        .isEqualTo("a\\|b<br>c<br>&lt;script&gt;&amp;\\`x\\`\\*y\\*\\_z\\_\\[l\\](u)");
  }

  @Test
  void summaryStaysUnderTheRunnersLimit() throws IOException {
    Path summary = tmp.resolve("step_summary");
    Files.writeString(summary, "x".repeat(100_000));
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= 5000; i++) {
      findings.add(new Finding("NET101", Severity.ERROR, "m".repeat(400) + " " + i,
          new SourceRef("net.yaml", i, 1, "R" + i), List.of()));
    }
    annotate(new LintResult(findings, List.of(), CiSample.rules(), 1, Network.of(List.of())),
        Map.of(GithubReporter.SUMMARY_ENV, summary.toString()));
    long size = Files.size(summary);
    assertThat(size).isLessThanOrEqualTo(StepSummary.LIMIT_BYTES).isGreaterThan(900_000);
    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .contains("more findings not listed here");
  }
}
