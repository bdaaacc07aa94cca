package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlint.engine.LintResult;
import io.netlint.model.Network;
import io.netlint.model.SourceRef;
import io.netlint.rule.ExternalTool;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Findings of another linter (cfn-lint) form their own SARIF run, under that tool's name. */
class SarifExternalRunTest {

  private static final ExternalTool CFN_LINT = new ExternalTool("cfn-lint", Optional.empty(),
      "https://github.com/aws-cloudformation/cfn-lint", List.of(
          new ExternalTool.Rule("E1151", "Validate VPC id format",
              "Check that a VPC id matches a pattern",
              "https://github.com/aws-cloudformation/cfn-lint/blob/main/docs/format_keyword.md"),
          new ExternalTool.Rule("W3010", "Availability zone properties should not be hardcoded",
              "Check if an Availability Zone property is hardcoded.", "")));

  private static Finding cfnLint(String rule, Severity severity, int line) {
    return new Finding(rule, severity, rule + " message", new SourceRef("stacks/net.yaml", line,
        7, "Sg"), List.of(), "cfn-lint");
  }

  private static JsonNode render(LintResult result) throws IOException {
    StringWriter out = new StringWriter();
    new SarifReporter(ReportContext.plain(), d -> Optional.empty()).write(result, out);
    SchemaCheck.assertValidSarif(out.toString());
    return new ObjectMapper().readTree(out.toString()).get("runs");
  }

  private static LintResult result(List<ExternalTool> tools) {
    List<Finding> findings = new ArrayList<>(CiSample.result().findings());
    findings.add(cfnLint("E1151", Severity.ERROR, 18));
    findings.add(cfnLint("W3010", Severity.WARNING, 12));
    findings.sort(Finding.ORDER);
    LintResult sample = CiSample.result();
    return new LintResult(findings, sample.diagnostics(), sample.rules(), 3,
        Network.of(List.of()), tools);
  }

  @Test
  void twoRunsEachWithItsOwnRulesAndResults() throws IOException {
    JsonNode runs = render(result(List.of(CFN_LINT)));
    assertThat(runs).hasSize(2);
    JsonNode netlint = runs.get(0);
    assertThat(netlint.get("tool").get("driver").get("name").asText()).isEqualTo("netlint");
    assertThat(netlint.get("results")).hasSize(CiSample.result().findings().size());
    assertThat(netlint.get("results")).allSatisfy(r ->
        assertThat(r.get("ruleId").asText()).startsWith("NET"));

    JsonNode cfn = runs.get(1);
    JsonNode driver = cfn.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("cfn-lint");
    assertThat(driver.get("informationUri").asText())
        .isEqualTo("https://github.com/aws-cloudformation/cfn-lint");
    assertThat(driver.get("rules")).extracting(r -> r.get("id").asText())
        .containsExactly("E1151", "W3010");
    JsonNode e1151 = driver.get("rules").get(0);
    assertThat(e1151.get("shortDescription").get("text").asText())
        .isEqualTo("Validate VPC id format");
    assertThat(e1151.get("fullDescription").get("text").asText())
        .isEqualTo("Check that a VPC id matches a pattern");
    assertThat(e1151.get("help").get("text").asText())
        .startsWith("Check that a VPC id matches a pattern. See https://");
    assertThat(e1151.get("helpUri").asText()).startsWith("https://github.com/");
    assertThat(e1151.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
    JsonNode w3010 = driver.get("rules").get(1);
    assertThat(w3010.has("helpUri")).isFalse();
    assertThat(w3010.get("defaultConfiguration").get("level").asText()).isEqualTo("warning");

    assertThat(cfn.get("results")).extracting(r -> r.get("ruleId").asText() + "#"
        + r.get("ruleIndex").asInt() + " " + r.get("level").asText() + " "
        + r.get("locations").get(0).get("physicalLocation").get("region").get("startLine"))
        .containsExactly("W3010#1 warning 12", "E1151#0 error 18");
    assertThat(cfn.get("results").get(0).get("partialFingerprints").has("netlint/v1")).isTrue();
    assertThat(cfn.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
    assertThat(cfn.get("invocations").get(0).has("toolExecutionNotifications")).isFalse();
  }

  @Test
  void aToolThatRanCleanStillHasItsRunSoItsOldAlertsClose() throws IOException {
    LintResult sample = CiSample.result();
    JsonNode runs = render(new LintResult(sample.findings(), sample.diagnostics(),
        sample.rules(), 3, Network.of(List.of()),
        List.of(new ExternalTool("cfn-lint", Optional.of("1.51.0"), "https://x.test", List.of()))));
    assertThat(runs).hasSize(2);
    assertThat(runs.get(1).get("results")).isEmpty();
    assertThat(runs.get(1).get("tool").get("driver").get("version").asText())
        .isEqualTo("1.51.0");
  }

  @Test
  void withoutAnotherToolThereIsOneRunAsBefore() throws IOException {
    assertThat(render(CiSample.result())).hasSize(1);
  }

  @Test
  void findingsOfAToolNotDescribedStillGetARunWithStubRules() throws IOException {
    JsonNode runs = render(result(List.of()));
    assertThat(runs).hasSize(2);
    JsonNode cfn = runs.get(1);
    assertThat(cfn.get("tool").get("driver").get("rules")).extracting(r -> r.get("id").asText())
        .containsExactly("E1151", "W3010");
    assertThat(cfn.get("invocations").get(0).get("executionSuccessful").asBoolean()).isFalse();
  }
}
