package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportContextTest {

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    assertThat(ReportContext.colourWanted(true, Map.of())).isTrue();
    assertThat(ReportContext.colourWanted(false, Map.of())).isFalse();
    assertThat(ReportContext.colourWanted(true, Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(ReportContext.colourWanted(true, Map.of("NO_COLOR", ""))).isFalse();
  }

  @Test
  void everyFormatIsRegisteredAndTheDefaultsHaveNoColour() {
    assertThat(Reporters.names()).containsExactly("text", "json", "sarif", "github", "gitlab",
        "junit", "html");
    for (String name : Reporters.names()) {
      assertThat(Reporters.byName(name)).get().extracting(Reporter::name).isEqualTo(name);
    }
    assertThat(Reporters.byName("xml")).isEmpty();
    assertThat(ReportContext.plain().colour()).isFalse();
  }
}
