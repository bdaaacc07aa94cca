package io.netlint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.graph.Diagram;
import io.netlint.graph.DiagramBuilder;
import io.netlint.graph.GraphOptions;
import io.netlint.graph.HtmlWriter;
import io.netlint.graph.SvgWriter;
import io.netlint.report.HtmlReporter;
import io.netlint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagram of a 10,000-resource plan from the generator: it collapses to a readable size,
 * keeps every element with a finding, and is drawn (diagram, layout, SVG and HTML) well within
 * the time a user waits for. The bound is generous so that a busy machine does not fail the
 * build; the time is printed, and docs/graph.md gives the measured figure.
 */
class GraphAtScaleTest {

  @TempDir Path dir;

  @Test
  void aTenThousandResourcePlanCollapsesToAReadableDiagram() throws IOException {
    Inputs.writePlan(42, Inputs.DEFAULT_SHARE, 10_000, dir, "plan.json");
    LintResult result = LintEngine.run(LintRequest.of(
        List.of(InputPath.of(dir.resolve("plan.json").toString())),
        RuleRegistry.load(GraphAtScaleTest.class.getClassLoader())));
    assertThat(result.findings()).isNotEmpty();

    long start = System.nanoTime();
    Diagram d = DiagramBuilder.build(result.network(), result.findings(),
        HtmlReporter.ruleNames(result), GraphOptions.defaults());
    String svg = SvgWriter.write(d);
    String html = HtmlWriter.write(d, new HtmlWriter.Page("10,000 resources", List.of(),
        f -> f));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("graph of a 10,000-resource plan: %d elements, %d nodes and %d edges"
        + " drawn (%d folded into groups), SVG %d bytes, HTML %d bytes, in %d ms%n",
        result.network().size(), d.nodes().size(), d.edges().size(), d.collapsed(),
        svg.length(), html.length(), millis);

    assertThat(d.collapsed()).isGreaterThan(500);
    assertThat(d.nodes()).hasSizeLessThanOrEqualTo(120);
    assertThat(d.edges()).hasSizeLessThanOrEqualTo(200);
    // nothing with a finding is folded away: every finding that names a resource is drawn
    for (int i = 0; i < d.findings().size(); i++) {
      assertThat(d.placement().get(i)).as(d.findings().get(i).toString()).isNotEmpty();
    }
    assertThat(millis).as("drawing time").isLessThan(60_000);
  }
}
