package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code netlint rules} and {@code netlint explain} agree with the rules that exist. */
class CatalogueCommandsTest {

  private static List<RuleDescriptor> rules() {
    return RuleRegistry.load(CatalogueCommandsTest.class.getClassLoader()).rules();
  }

  @Test
  void rulesCommandPrintsExactlyTheRulesThatExist() {
    CliRun run = CliRun.of("rules");
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSameSizeAs(rules());
    for (int i = 0; i < lines.size(); i++) {
      RuleDescriptor d = rules().get(i);
      assertThat(lines.get(i).split("\\s+", 4))
          .containsExactly(d.id(), d.name(), d.defaultSeverity().label(), d.summary());
    }
  }

  @Test
  void explainPrintsTheRulePageByIdOrSlug() throws IOException {
    Path root = Path.of(System.getProperty("netlint.projectRoot", "..")).toAbsolutePath();
    for (RuleDescriptor d : rules()) {
      String page = Files.readString(root.resolve("docs/rules/" + d.id() + ".md"));
      assertThat(CliRun.of("explain", d.id()).out()).isEqualTo(page);
      assertThat(CliRun.of("explain", d.name()).out()).isEqualTo(page);
    }
  }

  @Test
  void explainOfAnUnknownRuleIsAUsageError() {
    CliRun run = CliRun.of("explain", "NET000");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no rule 'NET000'");
  }
}
