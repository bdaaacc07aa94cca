package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schema checks the report tests rely on do reject what GitHub and GitLab reject. */
class SchemaCheckTest {

  @Test
  void sarifCheckRejectsLineZeroAndUnknownLevels() {
    String bad = """
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
          {"ruleId": "A", "level": "fatal", "message": {"text": "m"}, "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": "a.yaml"},
             "region": {"startLine": 0}}}]}]}]}
        """;
    assertThat(SchemaCheck.sarifErrors(bad)).hasSizeGreaterThanOrEqualTo(2)
        .anyMatch(m -> m.contains("startLine")).anyMatch(m -> m.contains("level"));
  }

  @Test
  void gitlabCheckRejectsAMissingFingerprint() {
    String bad = """
        [{"description": "d", "severity": "minor", "location": {"path": "a", "lines": {"begin": 1}}}]
        """;
    assertThat(SchemaCheck.gitlabErrors(bad)).singleElement().asString().contains("fingerprint");
  }
}
