package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.LintResult;
import io.netlint.model.Network;
import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One fixed result rendered by each reporter, compared exactly with its golden file. */
class ReporterGoldenTest {

  static LintResult sample() {
    SourceRef vpcA = new SourceRef("stacks/shared.yaml", 12, 3, "SharedVpc");
    SourceRef vpcB = new SourceRef("stacks/analytics.yaml", 4, 3, "AnalyticsVpc");
    SourceRef pcx = new SourceRef("stacks/shared.yaml", 30, 3, "SharedToAnalytics");
    List<Finding> findings = List.of(
        new Finding("NET101", Severity.ERROR, "VPC 'SharedVpc' (10.20.0.0/16) overlaps VPC"
            + " 'AnalyticsVpc' (10.20.128.0/17), and the two are connected by peering"
            + " 'SharedToAnalytics'; AWS rejects peering between overlapping ranges", vpcA,
            List.of(vpcB, pcx)),
        new Finding("NET202", Severity.WARNING, "Tunnel \"2\" has no options \\ see docs",
            new SourceRef("plan.json", 48, 9, "aws_vpn_connection.hq[\"a\"]"), List.of()));
    List<Diagnostic> diagnostics = List.of(
        Diagnostic.error("broken.json", 5, 11, "cannot parse: Unexpected character ('{')"));
    return new LintResult(findings, diagnostics, List.of(), 3, Network.of(List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void rendersExactly(String format) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.byName(format).orElseThrow().write(sample(), out);
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/report/sample." + format)) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(out.toString()).isEqualTo(golden);
  }
}
