package io.netlint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Element;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.InputKind;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.SyntaxError;
import io.netlint.parse.tree.TreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Loads every Terraform plan or state JSON of the shared corpus: nothing may escape as an
 * exception. Prints element counts by type and the diagnostics so they can be reviewed.
 */
class TfPlanCorpusSweepTest {

  private static Path corpus() {
    Path root = Path.of(System.getProperty("netlint.projectRoot", "."));
    Path relative = root.resolve("../shared/corpus").normalize();
    return Files.isDirectory(relative) ? relative : Path.of("/work/shared/corpus");
  }

  @Test
  void everyPlanInTheCorpusLoads() throws IOException {
    Path corpus = corpus();
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    int plans = 0;
    StringBuilder report = new StringBuilder();
    for (Path file : files) {
      String name = corpus.relativize(file).toString();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      TreeReader.Result tree;
      try {
        tree = TreeReader.read(name, text, TreeReader.Syntax.JSON);
      } catch (SyntaxError e) {
        report.append(name).append(": not JSON (").append(e.getMessage()).append(")\n");
        continue;
      }
      if (InputKind.classify(tree.root()).orElse(null) != InputKind.TERRAFORM_PLAN) continue;
      plans++;
      long start = System.nanoTime();
      LoadResult result = TfPlanLoader.load(
          new ParsedInput(name, InputKind.TERRAFORM_PLAN, tree.root()), LoadOptions.defaults());
      long ms = (System.nanoTime() - start) / 1_000_000;
      Map<String, Integer> byType = new TreeMap<>();
      for (Element e : result.elements()) {
        byType.merge(e.getClass().getSimpleName(), 1, Integer::sum);
      }
      report.append(name).append(" (").append(ms).append(" ms): ")
          .append(result.elements().size()).append(" elements ").append(byType).append('\n');
      for (Diagnostic d : result.diagnostics()) {
        report.append("    ").append(d.level()).append(' ').append(d.line()).append(':')
            .append(d.column()).append(' ').append(d.message()).append('\n');
      }
      for (Element e : result.elements()) report.append("    . ").append(e).append('\n');
    }
    System.out.println("Terraform plan corpus sweep: " + plans + " files\n" + report);
    assertThat(plans).isPositive();
  }
}
