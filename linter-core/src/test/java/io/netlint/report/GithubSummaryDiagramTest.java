package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.LintResult;
import io.netlint.graph.MermaidWriter;
import io.netlint.model.Vpc;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.TestNetworks;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubSummaryDiagramTest {

  @TempDir Path tmp;

  private String summary(LintResult result) throws IOException {
    Path file = tmp.resolve("summary.md");
    new GithubReporter(ReportContext.plain().withEnv(Map.of(GithubReporter.SUMMARY_ENV,
        file.toString()))).write(result, new StringWriter());
    return Files.readString(file);
  }

  @Test
  void theSummaryDrawsTheElementsWithFindingsAndTheirNeighbours() throws IOException {
    TestNetworks t = new TestNetworks();
    Vpc prod = t.vpc("Prod", "10.0.0.0/16");
    Vpc analytics = t.vpc("Analytics", "10.0.128.0/17");
    t.peering("ProdToAnalytics", prod, analytics);
    t.vpc("Unrelated", "10.9.0.0/16");
    Finding overlap = new Finding("NET101", Severity.ERROR, "overlap", prod.source(),
        List.of());
    String md = summary(new LintResult(List.of(overlap), List.of(), CiSample.rules(), 1,
        t.network()));
    assertThat(md).contains("#### Network diagram of the findings\n\n```mermaid\nflowchart TB\n")
        .contains("Prod<br/>VPC 10.0.0.0/16<br/>error: NET101")
        .contains("Analytics<br/>VPC 10.0.128.0/17")
        .doesNotContain("Unrelated")
        .contains("NET101 overlapping-connected-cidrs");
    assertThat(md.indexOf("#### Findings")).isLessThan(md.indexOf("```mermaid"));
    assertThat(md).endsWith("```\n");
  }

  @Test
  void aDiagramBeyondMermaidsLimitsIsReplacedByAPointer() throws IOException {
    TestNetworks t = new TestNetworks();
    List<Finding> findings = new ArrayList<>();
    Vpc hub = t.vpc("Hub", "10.0.0.0/16");
    for (int i = 0; i < MermaidWriter.MAX_EDGES + 1; i++) {
      Vpc spoke = t.vpc("Spoke" + i, "10." + (i / 250 + 1) + "." + (i % 250) + ".0/24");
      t.peering("Peering" + i, hub, spoke);
    }
    findings.add(new Finding("NET101", Severity.ERROR, "m", hub.source(), List.of()));
    String md = summary(new LintResult(findings, List.of(), CiSample.rules(), 1, t.network()));
    assertThat(md).doesNotContain("```mermaid")
        .contains("too large for GitHub to render; `netlint graph --findings-only");
  }

  @Test
  void noDiagramWhenNoFindingIsDrawn() throws IOException {
    TestNetworks t = new TestNetworks();
    t.vpc("Alone", "10.0.0.0/16");
    assertThat(summary(new LintResult(List.of(), List.of(), CiSample.rules(), 1, t.network())))
        .doesNotContain("mermaid");
  }
}
