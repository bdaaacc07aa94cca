package io.netlint.cfnlint;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How file names are passed and levels read, without a process. */
class CfnLintArgumentsTest {

  @Test
  void globCharactersMatchOnlyThemselves() {
    assertThat(CfnLint.globEscape("dir/a[1]*?.yaml")).isEqualTo("dir/a[[]1][*][?].yaml");
    assertThat(CfnLint.globEscape("-plain name.yaml")).isEqualTo("-plain name.yaml");
  }

  @Test
  void levelsMapToSeverities() {
    assertThat(CfnLint.severity("Error")).isEqualTo(Severity.ERROR);
    assertThat(CfnLint.severity("Warning")).isEqualTo(Severity.WARNING);
    assertThat(CfnLint.severity("Informational")).isEqualTo(Severity.INFO);
    assertThat(CfnLint.severity(null)).isEqualTo(Severity.WARNING);
  }

  @Test
  void manyTemplatesAreSplitOnlyPastTheArgumentLimit() {
    List<String> few = List.of("a.yaml", "b.yaml", "c.yaml");
    assertThat(CfnLint.batches(few)).containsExactly(few);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 5000; i++) many.add("templates/some/deep/directory/stack-" + i + ".yaml");
    List<List<String>> batches = CfnLint.batches(many);
    assertThat(batches.size()).isBetween(2, 10);
    assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(many);
  }

  @Test
  void settingsParseModesAndRefuseNonsense() {
    assertThat(CfnLintSettings.Mode.parse(" Require ")).isEqualTo(CfnLintSettings.Mode.REQUIRE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CfnLintSettings.Mode.parse("maybe"))
        .hasMessageContaining("auto, off, require");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CfnLintSettings.off()
        .withTimeout(java.time.Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
