package io.netlint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.rule.RuleRegistry;
import io.netlint.testing.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The policies of {@code examples/policies}: each compiles, and each fixture in the directory
 * named after its slug lints to exactly its {@code .expected} findings (none when there is no
 * such file). Every policy has a fixture that fires and one that does not. Run with
 * {@code -Dnetlint.updateGolden=true} to rewrite the expectations, then review the diff.
 */
class ExamplePoliciesTest {

  static final Path EXAMPLES = Path.of(System.getProperty("netlint.projectRoot", "../"))
      .resolve("examples/policies");

  static List<Path> policyFiles() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s.filter(p -> p.toString().endsWith(Policies.EXTENSION)).sorted().toList();
    }
  }

  @Test
  void thereAreAtLeastEightExamplesWithDistinctIds() throws IOException {
    PolicySet all = Policies.load(List.of(EXAMPLES));
    assertThat(all.diagnostics()).isEmpty();
    assertThat(all.rules()).hasSizeGreaterThanOrEqualTo(8);
  }

  @TestFactory
  Stream<DynamicNode> everyExampleFiresAndPassesAsExpected() throws IOException {
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path policyFile : policyFiles()) {
      PolicySet set = Policies.load(List.of(policyFile));
      String slug = policyFile.getFileName().toString().replace(Policies.EXTENSION, "");
      Path dir = EXAMPLES.resolve(slug);
      List<DynamicNode> cases = new ArrayList<>();
      cases.add(DynamicTest.dynamicTest("compiles", () -> {
        assertThat(set.diagnostics()).isEmpty();
        assertThat(set.rules()).hasSize(1);
        assertThat(set.rules().get(0).name()).isEqualTo(slug);
      }));
      cases.add(DynamicTest.dynamicTest("has a firing and a clean fixture", () -> {
        List<Path> inputs = RuleTester.cases(dir);
        assertThat(inputs).anyMatch(c -> Files.exists(RuleTester.expectedFile(c)));
        assertThat(inputs).anyMatch(c -> !Files.exists(RuleTester.expectedFile(c)));
      }));
      if (Files.isDirectory(dir)) {
        for (Path c : RuleTester.cases(dir)) {
          cases.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(set, c)));
        }
      }
      nodes.add(DynamicContainer.dynamicContainer(slug, cases));
    }
    return nodes.stream();
  }

  private static void check(PolicySet set, Path caseFile) throws IOException {
    LintResult result = LintEngine.run(LintRequest.of(
        List.of(new InputPath(caseFile, caseFile.getFileName().toString())),
        RuleRegistry.ofDescriptors(set.rules())));
    String actual = RuleTester.Golden.render(result);
    Path expectedFile = RuleTester.expectedFile(caseFile);
    if (Boolean.getBoolean("netlint.updateGolden")) {
      if (actual.isEmpty()) {
        Files.deleteIfExists(expectedFile);
      } else {
        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      }
      return;
    }
    String expected = Files.exists(expectedFile) ? Files.readString(expectedFile) : "";
    if (!expected.equals(actual)) {
      fail("golden mismatch for " + caseFile + "\n--- expected\n" + expected + "--- actual\n"
          + actual + "(rerun with -Dnetlint.updateGolden=true to accept, then review the diff)");
    }
  }
}
