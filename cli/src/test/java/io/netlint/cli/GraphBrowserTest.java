package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report and the SVG diagram of the example estate, opened in a real headless browser
 * without network: they render without errors, list every finding, link findings and diagram
 * both ways, and fetch nothing. Screenshots are kept under {@code target/graph-browser/}.
 */
class GraphBrowserTest {

  private static final Path ROOT =
      Path.of(System.getProperty("netlint.projectRoot", "..")).toAbsolutePath().normalize();
  private static final Path OUT = Path.of("target", "graph-browser").toAbsolutePath();
  private static HeadlessChromium chromium;

  @BeforeAll
  static void startBrowser() throws Exception {
    if (!HeadlessChromium.installed()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but " + HeadlessChromium.BINARY + " is missing; .ci/run installs the"
            + " Debian chromium package");
      }
      Assumptions.abort(HeadlessChromium.BINARY + " is not installed (apt-get install"
          + " chromium); the browser tests of the HTML and SVG outputs are skipped");
    }
    Files.createDirectories(OUT);
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (chromium != null) chromium.close();
  }

  private static Path estate() {
    return ROOT.resolve("examples/estate");
  }

  @Test
  void theHtmlReportListsEveryFindingAndLinksItToTheDiagram() throws Exception {
    Path html = OUT.resolve("estate.html");
    Path json = OUT.resolve("estate.json");
    CliRun run = CliRun.of("lint", "--no-config", "--format", "html=" + html, "--format",
        "json=" + json, estate().toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
    JsonNode findings = new ObjectMapper().readTree(json.toFile()).path("findings");
    assertThat(findings.size()).isGreaterThan(5);

    String url = html.toUri().toString();
    chromium.clearEvents();
    chromium.open(url);
    chromium.call("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 1400,
        "height", 1000, "deviceScaleFactor", 1, "mobile", false));

    // every finding of the lint is a row of the table, with its rule and message
    JsonNode rows = chromium.evaluate("Array.from(document.querySelectorAll("
        + "'#findings-table tbody tr')).map(r => ({rule: r.dataset.rule, message:"
        + " r.querySelector('.message').textContent, targets: r.dataset.targets}))");
    assertThat(rows.size()).isEqualTo(findings.size());
    List<String> expected = new ArrayList<>();
    for (JsonNode f : findings) {
      expected.add(f.path("ruleId").asText() + " " + f.path("message").asText());
    }
    List<String> shown = new ArrayList<>();
    for (JsonNode r : rows) shown.add(r.path("rule").asText() + " " + r.path("message").asText());
    assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);

    // clicking a finding (a real mouse click on its row) highlights what it is drawn on
    for (int i = 0; i < rows.size(); i++) {
      String targets = rows.get(i).path("targets").asText();
      assertThat(targets).as("finding %s is drawn", shown.get(i)).isNotBlank();
      JsonNode box = chromium.evaluate("(() => { const r = document.getElementById('f-" + i
          + "'); r.scrollIntoView({block: 'center'}); const b = r.getBoundingClientRect();"
          + " return {x: b.left + 20, y: b.top + b.height / 2}; })()");
      chromium.click(box.path("x").asDouble(), box.path("y").asDouble());
      JsonNode lit = chromium.evaluate("Array.from(document.querySelectorAll('#diagram .hl'))"
          + ".map(e => e.id.substring(2)).sort().join(' ')");
      List<String> want = new ArrayList<>(List.of(targets.split(" ")));
      want.sort(null);
      assertThat(lit.asText()).as("highlighted after clicking %s", shown.get(i))
          .isEqualTo(String.join(" ", want));
      assertThat(chromium.evaluate("document.getElementById('f-" + i
          + "').classList.contains('selected')").asBoolean()).isTrue();
    }
    chromium.screenshot(OUT.resolve("estate-report.png"));

    // clicking a drawn element shows its findings only
    JsonNode byElement = chromium.evaluate("(() => { const n = document.querySelector("
        + "'#diagram .node[data-findings]:not([data-findings=\"\"])');"
        + " n.dispatchEvent(new MouseEvent('click', {bubbles: true}));"
        + " return {want: n.getAttribute('data-findings').split(' ').sort().join(' '),"
        + " got: Array.from(document.querySelectorAll('#findings-table tbody tr'))"
        + ".filter(r => !r.hidden).map(r => r.dataset.index).sort().join(' ')}; })()");
    assertThat(byElement.path("got").asText()).isEqualTo(byElement.path("want").asText());

    // the filters and the sort work
    JsonNode errorsOnly = chromium.evaluate("(() => { document.getElementById('show-all')"
        + ".click(); const s = document.getElementById('filter-severity'); s.value = 'error';"
        + " s.dispatchEvent(new Event('change')); return Array.from(document.querySelectorAll("
        + "'#findings-table tbody tr')).filter(r => !r.hidden).map(r => r.dataset.severity);"
        + " })()");
    long errors = 0;
    for (JsonNode f : findings) if (f.path("severity").asText().equals("error")) errors++;
    assertThat(errorsOnly.size()).isEqualTo(errors);
    errorsOnly.forEach(s -> assertThat(s.asText()).isEqualTo("error"));
    JsonNode sorted = chromium.evaluate("(() => { document.getElementById('show-all').click();"
        + " document.querySelector('th[data-key=rule]').click(); return Array.from("
        + "document.querySelectorAll('#findings-table tbody tr')).map(r => r.dataset.rule); })()");
    List<String> rules = new ArrayList<>();
    sorted.forEach(s -> rules.add(s.asText()));
    assertThat(rules).isSorted().hasSize(findings.size());

    assertThat(chromium.errors()).as("console errors").isEmpty();
    assertThat(chromium.requests()).as("requests of the page").containsOnly(url);
  }

  @Test
  void theSvgDiagramRendersAndFetchesNothing() throws Exception {
    Path svg = OUT.resolve("estate.svg");
    CliRun run = CliRun.of("graph", "--no-config", "--format", "svg", "--output",
        svg.toString(), estate().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String url = svg.toUri().toString();
    chromium.clearEvents();
    chromium.open(url);
    JsonNode drawn = chromium.evaluate("({nodes: document.querySelectorAll('.node[id]').length,"
        + " width: document.documentElement.getBBox().width,"
        + " flagged: document.querySelectorAll('.node.sev-error[id]').length})");
    assertThat(drawn.path("nodes").asInt()).isGreaterThan(5);
    assertThat(drawn.path("flagged").asInt()).isPositive();
    assertThat(drawn.path("width").asDouble()).isPositive();
    chromium.screenshot(OUT.resolve("estate-graph.png"));
    assertThat(chromium.errors()).as("console errors").isEmpty();
    assertThat(chromium.requests()).as("requests of the image").containsOnly(url);
  }
}
