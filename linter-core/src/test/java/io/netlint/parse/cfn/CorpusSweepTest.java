package io.netlint.parse.cfn;

import static org.assertj.core.api.Assertions.assertThatCode;

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
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Loads every CloudFormation file of the shared corpus, one at a time; nothing may escape. Prints
 * element counts and diagnostics per file (and every element with
 * {@code -Dnetlint.sweep.elements=true}).
 */
class CorpusSweepTest {

  private static Path corpus() {
    Path root = Path.of(System.getProperty("netlint.projectRoot", "."));
    Path near = root.resolve("../shared/corpus").normalize();
    return Files.isDirectory(near) ? near : Path.of("/work/shared/corpus");
  }

  @Test
  void loadsEveryCloudFormationFileOfTheCorpus() throws IOException {
    Path corpus = corpus();
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int templates = 0;
    int elements = 0;
    Map<String, Integer> byKind = new TreeMap<>();
    for (Path f : files) {
      String name = corpus.relativize(f).toString();
      String text = Files.readString(f, StandardCharsets.UTF_8);
      ParsedInput input;
      try {
        var read = TreeReader.read(name, text, TreeReader.sniff(text));
        Optional<InputKind> kind = InputKind.classify(read.root());
        if (kind.isEmpty() || kind.get() != InputKind.CLOUDFORMATION) continue;
        input = new ParsedInput(name, InputKind.CLOUDFORMATION, read.root());
      } catch (SyntaxError | RuntimeException e) {
        continue; // not parseable: the tree reader's business, not the loader's
      }
      templates++;
      LoadResult[] result = new LoadResult[1];
      assertThatCode(() -> result[0] = CfnLoader.load(List.of(input), LoadOptions.defaults()))
          .as(name).doesNotThrowAnyException();
      LoadResult r = result[0];
      elements += r.elements().size();
      Map<String, Long> counts = r.elements().stream()
          .collect(Collectors.groupingBy(e -> e.getClass().getSimpleName(), TreeMap::new,
              Collectors.counting()));
      System.out.println("== " + name + ": " + r.elements().size() + " elements " + counts);
      for (Diagnostic d : r.diagnostics()) {
        String kind = d.level() + " " + d.message().replaceAll("'[^']*'", "'…'");
        byKind.merge(kind, 1, Integer::sum);
        System.out.println("   " + d.level() + " " + d.line() + ":" + d.column() + " "
            + d.message());
      }
      if (Boolean.getBoolean("netlint.sweep.elements")) {
        for (Element e : r.elements()) System.out.println("   . " + e);
      }
    }
    System.out.println("== SUMMARY: " + templates + " templates, " + elements + " elements");
    byKind.forEach((k, n) -> System.out.println("   " + n + " x " + k));
  }
}
