package io.netlint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.netlint.parse.Diagnostic;
import io.netlint.testing.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests for every error message of the language: each {@code policy/errors/*.netpolicy}
 * compiles to exactly the diagnostics in its {@code .expected} file, one per line as the text
 * report prints them ({@code file:line:column: level: message}). Run with
 * {@code -Dnetlint.updateGolden=true} to rewrite them, then review the diff.
 */
class PolicyErrorsTest {

  private static final String DIR = "policy/errors";

  @TestFactory
  Stream<DynamicTest> everyErrorMessage() throws IOException {
    Path dir = resources();
    List<Path> cases;
    try (Stream<Path> s = Files.list(dir)) {
      cases = s.filter(p -> p.toString().endsWith(Policies.EXTENSION)).sorted().toList();
    }
    assertThat(cases).isNotEmpty();
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
        () -> check(c)));
  }

  static String render(List<Diagnostic> diagnostics) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      sb.append(d.file()).append(':').append(d.line()).append(':').append(d.column())
          .append(": ").append(d.level().name().toLowerCase()).append(": ").append(d.message())
          .append('\n');
    }
    return sb.toString();
  }

  private static void check(Path policyFile) throws IOException {
    String name = policyFile.getFileName().toString();
    PolicySet set = Policies.compile(name, Files.readString(policyFile));
    String actual = render(set.diagnostics());
    assertThat(set.hasErrors()).as("an error case must fail to compile").isTrue();
    Path expected = policyFile.resolveSibling(name.replace(Policies.EXTENSION, ".expected"));
    if (Boolean.getBoolean("netlint.updateGolden")) {
      Path source = Path.of(System.getProperty("netlint.projectRoot", "."))
          .resolve("linter-core/src/test/resources").resolve(DIR).resolve(expected.getFileName());
      Files.writeString(source, actual, StandardCharsets.UTF_8);
      return;
    }
    String want = Files.exists(expected) ? Files.readString(expected) : "";
    if (!want.equals(actual)) {
      fail("golden mismatch for " + name + "\n--- expected\n" + want + "--- actual\n" + actual
          + "(rerun with -Dnetlint.updateGolden=true to accept, then review the diff)");
    }
  }

  private static Path resources() {
    try {
      return Path.of(RuleTester.class.getClassLoader().getResource(DIR).toURI());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
