package io.netlint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.policy.Policies;
import io.netlint.policy.PolicySet;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated inputs load through netlint without a diagnostic, every planted mistake is found by
 * its rule and nothing else of that kind is, and a seed always writes the same bytes. Sizes are
 * small: the benchmarks themselves run from bench/run.sh, never here.
 */
class GeneratedInputsTest {

  private static final RuleRegistry RULES = RuleRegistry.load(GeneratedInputsTest.class
      .getClassLoader());
  private static final Set<String> PLANTABLE = Arrays.stream(AntiPattern.values())
      .map(a -> a.rule).collect(Collectors.toSet());

  @TempDir Path dir;

  @Test
  void cleanInputsLoadWithoutDiagnosticsOrPlantableFindings() throws IOException {
    Inputs.writeTemplate(7, 0, Inputs.SMALL_TEMPLATE_RESOURCES, false, dir, "small.yaml");
    Inputs.writeTemplate(7, 0, Inputs.MAX_TEMPLATE_RESOURCES, false, dir, "big.yaml");
    Inputs.writeTemplate(8, 0, Inputs.MAX_TEMPLATE_RESOURCES, true, dir, "big.json");
    Inputs.writePlan(7, 0, 1_000, dir, "plan.json");
    Inputs.writeDirectory(7, 0, 30, dir, "stacks");
    Files.createDirectories(dir.resolve("set"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(dir.resolve("set/stack-" + i + ".yaml"),
          Inputs.stack(7, 0, 200, i, false));
    }

    for (String input : List.of("small.yaml", "big.yaml", "big.json", "plan.json", "stacks",
        "set")) {
      LintResult result = lint(dir.resolve(input));
      assertThat(result.diagnostics()).as(input).isEmpty();
      assertThat(result.findings()).as(input)
          .filteredOn(f -> PLANTABLE.contains(f.ruleId())).isEmpty();
    }
  }

  @Test
  void everyPlantedMistakeIsFoundByItsRule() throws IOException {
    Map<AntiPattern, Integer> planted = new EnumMap<>(AntiPattern.class);
    planted.putAll(Inputs.writeTemplate(3, 1, Inputs.MAX_TEMPLATE_RESOURCES, false, dir,
        "template.yaml").planted());
    Inputs.writePlan(3, 1, 4_000, dir, "plan.json").planted()
        .forEach((k, v) -> planted.merge(k, v, Integer::sum));
    Inputs.writeDirectory(3, 0.5, 40, dir, "stacks").planted()
        .forEach((k, v) -> planted.merge(k, v, Integer::sum));

    // one run each: the stacks and the template would export the same names
    Map<String, Long> found = new TreeMap<>();
    for (String input : List.of("template.yaml", "plan.json", "stacks")) {
      LintResult result = lint(dir.resolve(input));
      // a generated plan has no .tf sources: one note says so, nothing else is said
      assertThat(result.diagnostics()).as(input)
          .allSatisfy(d -> assertThat(d.level()).isEqualTo(Diagnostic.Level.INFO))
          .allSatisfy(d -> assertThat(d.message()).contains("no .tf files"));
      result.findings().forEach(f -> found.merge(f.ruleId(), 1L, Long::sum));
    }
    assertThat(planted).as("every kind of mistake is planted somewhere")
        .containsOnlyKeys(AntiPattern.values());
    for (AntiPattern a : planted.keySet()) {
      assertThat(found).as(a + " " + a.description).containsKey(a.rule);
    }
  }

  @Test
  void rulesRunInParallelFindWhatEachFindsAlone() throws IOException {
    // 4,000 resources: well past the size from which the engine runs rules in parallel; the
    // example policies share one view of the network between them
    Inputs.writePlan(5, 0.3, 4_000, dir, "plan.json");
    List<InputPath> plan = List.of(InputPath.of(dir.resolve("plan.json").toString()));
    Path policies = Path.of(System.getProperty("netlint.projectRoot", ".."), "examples",
        "policies");
    PolicySet.Joined joined = Policies.load(List.of(policies)).joinWith(RULES);
    assertThat(joined.diagnostics()).isEmpty();
    RuleRegistry all = joined.registry();
    assertThat(all.rules()).hasSizeGreaterThan(RULES.rules().size());
    LintResult together = LintEngine.run(LintRequest.of(plan, all));
    assertThat(together.network().size()).isGreaterThan(1_000);
    List<String> alone = new ArrayList<>();
    for (RuleDescriptor rule : all.rules()) {
      LintEngine.run(LintRequest.of(plan, RuleRegistry.ofDescriptors(List.of(rule)))).findings()
          .forEach(f -> alone.add(f.toString()));
    }
    assertThat(together.findings()).hasSizeGreaterThan(10);
    assertThat(together.findings().stream().map(Object::toString).sorted().toList())
        .isEqualTo(alone.stream().sorted().toList());
    Set<String> builtIn = RULES.rules().stream().map(RuleDescriptor::id)
        .collect(Collectors.toSet());
    assertThat(together.findings()).as("a policy's finding").anyMatch(
        f -> !builtIn.contains(f.ruleId()));
    // and again, in the same order
    assertThat(LintEngine.run(LintRequest.of(plan, all)).findings())
        .isEqualTo(together.findings());
  }

  @Test
  void aSeedWritesTheSameBytes() throws IOException {
    assertThat(Inputs.template(11, 0.2, 300, false))
        .isEqualTo(Inputs.template(11, 0.2, 300, false))
        .isNotEqualTo(Inputs.template(12, 0.2, 300, false));
    assertThat(Inputs.template(11, 0.2, 300, true))
        .isEqualTo(Inputs.template(11, 0.2, 300, true));
    assertThat(Inputs.plan(11, 0.2, 2_000)).isEqualTo(Inputs.plan(11, 0.2, 2_000))
        .isNotEqualTo(Inputs.plan(12, 0.2, 2_000));

    Inputs.writeDirectory(11, 0.2, 20, dir, "a");
    Inputs.writeDirectory(11, 0.2, 20, dir, "b");
    assertThat(contents(dir.resolve("a"))).isEqualTo(contents(dir.resolve("b")));
  }

  @Test
  void sizesAreExact() {
    for (int n : new int[] {Inputs.SMALL_TEMPLATE_RESOURCES, 37, 500}) {
      assertThat(Inputs.template(5, 0.3, n, true).split("\"Type\" : \"AWS::", -1))
          .as("resources of a template of %d", n).hasSize(n + 1);
    }
    String plan = Inputs.text(Inputs.plan(5, 0.3, 1_234));
    int start = plan.indexOf("\"resource_changes\"");
    int end = plan.indexOf("\"configuration\"");
    assertThat(plan.substring(start, end).split("\"actions\":", -1)).hasSize(1_234 + 1);
  }

  private static LintResult lint(Path... inputs) {
    List<InputPath> paths = Stream.of(inputs).map(p -> InputPath.of(p.toString())).toList();
    return LintEngine.run(LintRequest.of(paths, RULES));
  }

  private static Map<String, String> contents(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      Map<String, String> out = new TreeMap<>();
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(), Files.readString(f));
      }
      return out;
    }
  }
}
