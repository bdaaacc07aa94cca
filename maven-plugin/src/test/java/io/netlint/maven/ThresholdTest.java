package io.netlint.maven;

import static io.netlint.maven.Results.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlint.engine.LintResult;
import io.netlint.rule.Severity;
import org.junit.jupiter.api.Test;

class ThresholdTest {

  private final LintResult mixed = Results.of(
      finding("NET101", Severity.ERROR, "a.yaml", 1),
      finding("NET201", Severity.WARNING, "a.yaml", 2),
      finding("NET202", Severity.WARNING, "a.yaml", 3),
      finding("NET950", Severity.INFO, "a.yaml", 4));

  @Test
  void countsFindingsAtOrAboveTheSeverity() {
    assertThat(Threshold.of("error", 0).violations(mixed)).isEqualTo(1);
    assertThat(Threshold.of("warning", 0).violations(mixed)).isEqualTo(3);
    assertThat(Threshold.of("info", 0).violations(mixed)).isEqualTo(4);
    assertThat(Threshold.of("none", 0).violations(mixed)).isZero();
  }

  @Test
  void severityIsReadWhateverItsCase() {
    assertThat(Threshold.of(" WARNING ", 0).violations(mixed)).isEqualTo(3);
    assertThat(Threshold.of("None", 0).violations(mixed)).isZero();
  }

  @Test
  void exceededOnlyAboveTheAllowance() {
    Threshold t = Threshold.of("warning", 2);
    assertThat(t.exceeded(2)).isFalse();
    assertThat(t.exceeded(3)).isTrue();
    assertThat(Threshold.of("error", 0).exceeded(0)).isFalse();
    assertThat(Threshold.of("error", 0).exceeded(1)).isTrue();
  }

  @Test
  void describesCountSeverityAndAllowance() {
    assertThat(Threshold.of("error", 0).describe(1)).isEqualTo("1 finding at or above error");
    assertThat(Threshold.of("error", 0).describe(2)).isEqualTo("2 findings at or above error");
    assertThat(Threshold.of("warning", 1).describe(3))
        .isEqualTo("3 findings at or above warning, more than the 1 allowed");
  }

  @Test
  void rejectsAnUnknownSeverityNamingIt() {
    assertThatThrownBy(() -> Threshold.of("critical", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("failOnSeverity is 'critical'; expected error, warning, info or none");
    assertThatThrownBy(() -> Threshold.of(null, 0))
        .hasMessageContaining("failOnSeverity is 'null'");
  }

  @Test
  void rejectsANegativeAllowance() {
    assertThatThrownBy(() -> Threshold.of("error", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAllowedViolations is -1; it must be 0 or more");
  }
}
