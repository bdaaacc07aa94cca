package io.netlint.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Vpc;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.TestNetworks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WritersTest {

  private static final String HOSTILE = "evil\"]; click n1 call x()%%<b>&#quot;`\\n|x|";

  private static Diagram hostile() {
    TestNetworks t = new TestNetworks();
    Vpc a = t.vpc(HOSTILE, "10.0.0.0/16");
    Vpc b = t.vpc("B", "10.1.0.0/16");
    t.peering("P\"eer", a, b);
    return DiagramBuilder.build(t.network(),
        List.of(new Finding("NET101", Severity.ERROR, "m", a.source(), List.of())),
        Map.of("NET101", "overlap <x>"), GraphOptions.defaults());
  }

  @Test
  void mermaidLabelsCannotEscapeTheirQuotes() {
    String m = MermaidWriter.write(hostile());
    assertThat(m).contains("n1[\"evil#quot;]; click n1 call x()%%#lt;b#gt;#amp;#35;quot;"
        + "#96;#92;n|x|<br/>VPC 10.0.0.0/16<br/>error: NET101\"]");
    assertThat(m).contains("|\"peering P#quot;eer\"|");
    assertThat(m).contains("NET101 overlap #lt;x#gt;");
    // every quote in the text is a label delimiter: they pair up on each line
    m.lines().forEach(line -> assertThat(line.chars().filter(c -> c == '"').count() % 2)
        .as(line).isZero());
  }

  @Test
  void dotStringsEscapeQuotesAndBackslashes() {
    String dot = DotWriter.write(hostile());
    assertThat(dot).contains("label=\"evil\\\"]; click n1 call x()%%<b>&#quot;`\\\\n|x|\\n"
        + "VPC 10.0.0.0/16\\nerror: NET101\"");
  }

  @Test
  void svgTextIsEscapedAndTheLayoutIsTheSameEveryTime() {
    Diagram d = hostile();
    String first = SvgWriter.write(d);
    assertThat(first).contains("evil&quot;]; click n1 call x()%%&lt;b&gt;&amp;#quot;`\\n|x|")
        .doesNotContain("<b>").contains("xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(SvgWriter.write(hostile())).isEqualTo(first);
  }

  @Test
  void svgNodesSitInsideTheDrawingAndEdgesStartAtTheirNodes() {
    Diagram d = hostile();
    Layout l = ElkLayout.layout(d, SvgWriter.labels(d));
    for (Layout.Box b : l.nodes().values()) {
      assertThat(b.x()).isGreaterThanOrEqualTo(0);
      assertThat(b.x() + b.width()).isLessThanOrEqualTo(l.width());
      assertThat(b.y() + b.height()).isLessThanOrEqualTo(l.height());
    }
    Diagram.Edge e = d.edges().get(0);
    Layout.Box from = l.nodes().get(e.from());
    Layout.Point start = l.edges().get(e.id()).points().get(0);
    assertThat(start.x()).isBetween(from.x() - 1, from.x() + from.width() + 1);
    assertThat(start.y()).isBetween(from.y() - 1, from.y() + from.height() + 1);
  }

  @Test
  void theHtmlPageFetchesNothingAndLinksFindingsToTheDiagram() {
    String html = HtmlWriter.write(hostile(), new HtmlWriter.Page("1 finding", List.of(),
        f -> f));
    assertThat(html).doesNotContain("http://").doesNotContain("https://")
        .doesNotContain("src=").doesNotContain("href=\"http")
        .contains("Content-Security-Policy").contains("default-src 'none'")
        .contains("data-targets=\"n1\"").contains("id=\"g-n1\"")
        .contains("data-findings=\"0\"");
  }
}
