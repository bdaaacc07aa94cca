package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every real template and plan in the shared corpus loads without an internal error, alone and all
 * together; the broken ones give diagnostics. Skipped when the corpus is not beside the checkout.
 */
class CorpusSweepTest {

  static Path corpus() {
    Path root = Path.of(System.getProperty("netlint.projectRoot", ".")).toAbsolutePath();
    Path corpus = root.resolve("../shared/corpus").normalize();
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
    return corpus;
  }

  @Test
  void everyFileLoadsAloneWithoutInternalError() throws IOException {
    Path corpus = corpus();
    int files = 0;
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path f : s.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(json|ya?ml|template)$")).sorted().toList()) {
        // netlint's own loading is under test here; cfn-lint has its own tests
        CliRun run = CliRun.of("lint", "--cfn-lint", "off", "--format", "json", "--fail-on",
            "none", f.toString());
        assertThat(run.exitCode()).as(f.toString()).isIn(0, 2);
        assertThat(run.out() + run.err()).as(f.toString()).doesNotContain("internal error");
        JsonNode json = new ObjectMapper().readTree(run.out());
        if (run.exitCode() == 2) {
          assertThat(json.get("diagnostics")).as("a failed load explains itself: " + f)
              .anySatisfy(d -> assertThat(d.get("level").asText()).isEqualTo("error"));
        }
        files++;
      }
    }
    assertThat(files).isGreaterThan(50);
  }

  @Test
  void wholeCorpusAsOneRun() throws IOException {
    CliRun run = CliRun.of("lint", "--format", "json", "--fail-on", "none",
        corpus().toString());
    assertThat(run.out() + run.err()).doesNotContain("internal error");
    JsonNode json = new ObjectMapper().readTree(run.out());
    Map<String, Integer> byRule = new TreeMap<>();
    json.get("findings").forEach(f -> byRule.merge(f.get("ruleId").asText(), 1, Integer::sum));
    System.out.println("corpus: " + json.get("findings").size() + " findings " + byRule + ", "
        + json.get("diagnostics").size() + " diagnostics");
    CliRun again = CliRun.of("lint", "--format", "json", "--fail-on", "none",
        corpus().toString());
    assertThat(again.out()).as("deterministic output").isEqualTo(run.out());
  }
}
