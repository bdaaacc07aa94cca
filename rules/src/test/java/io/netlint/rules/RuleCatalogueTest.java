package io.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.rule.Rule;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import io.netlint.testing.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in rule is complete: unique well-formed ID and slug as in the catalogue, a docs page,
 * and golden fixtures that fire and that stay clean for each input format.
 */
class RuleCatalogueTest {

  private static final Path ROOT =
      Path.of(System.getProperty("netlint.projectRoot", "..")).toAbsolutePath().normalize();

  private static List<RuleDescriptor> rules() {
    return RuleRegistry.of(new BuiltInRules().rules()).rules();
  }

  @Test
  void builtInRulesAreFoundThroughServiceLoader() {
    List<String> loaded = RuleRegistry.load(getClass().getClassLoader()).rules().stream()
        .map(RuleDescriptor::id).toList();
    assertThat(loaded).containsExactlyElementsOf(rules().stream().map(RuleDescriptor::id).toList());
  }

  @Test
  void idsAndSlugsMatchTheCatalogueInRulesMd() throws IOException {
    Path catalogue = ROOT.resolve("../shared/docs/RULES.md").normalize();
    Assumptions.assumeTrue(Files.exists(catalogue), "no RULES.md at " + catalogue);
    Pattern row = Pattern.compile("^\\| (NET\\d{3}) \\| ([a-z0-9-]+) \\| (error|warning|info) \\|",
        Pattern.MULTILINE);
    Matcher m = row.matcher(Files.readString(catalogue, StandardCharsets.UTF_8));
    List<String> rows = new ArrayList<>();
    while (m.find()) rows.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
    for (RuleDescriptor d : rules()) {
      assertThat(rows).as("catalogue row for %s", d.id())
          .contains(d.id() + " " + d.name() + " " + d.defaultSeverity().label());
    }
  }

  @Test
  void everyRuleIsStateless() {
    for (Rule rule : new BuiltInRules().rules()) {
      assertThat(Stream.of(rule.getClass().getDeclaredFields())
          .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers())))
          .as("instance fields of %s", rule.getClass().getSimpleName()).isEmpty();
    }
  }

  @Test
  void everyRuleHasADocsPageAndEveryPageARule() throws IOException {
    Path docs = ROOT.resolve("docs/rules");
    for (RuleDescriptor d : rules()) {
      Path page = docs.resolve(d.id() + ".md");
      assertThat(page).as("docs page of " + d.id()).exists();
      assertThat(Files.readString(page)).as(page.toString()).contains(d.id()).contains(d.name());
    }
    Set<String> ids = rules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
    try (Stream<Path> pages = Files.list(docs)) {
      assertThat(pages.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("NET\\d{3}\\.md")).map(n -> n.substring(0, 6)))
          .allSatisfy(id -> assertThat(ids).contains(id));
    }
  }

  @Test
  void everyRuleHasFiringAndCleanFixturesForEachFormat() {
    for (RuleDescriptor d : rules()) {
      List<Path> cases = RuleTester.cases(RuleTester.fixtureDir(d.name()));
      for (String format : List.of("cfn", "tfplan")) {
        List<Path> ofFormat = cases.stream().filter(c -> format(c).equals(format)).toList();
        assertThat(ofFormat).as("%s fixtures of %s that fire", format, d.id())
            .anySatisfy(c -> assertThat(expected(c)).contains(d.id() + " "));
        assertThat(ofFormat).as("%s fixtures of %s that stay clean", format, d.id())
            .anySatisfy(c -> assertThat(expected(c)).doesNotContain(d.id() + " "));
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> goldenFixturesOfEveryRule() {
    return new BuiltInRules().rules().stream().flatMap(rule ->
        RuleTester.of(rule).goldenTests(RuleDescriptor.of(rule).name()).map(t ->
            DynamicTest.dynamicTest(RuleDescriptor.of(rule).id() + " " + t.getDisplayName(),
                t.getExecutable())));
  }

  /** {@code cfn} or {@code tfplan}; a multi-file case counts for the formats of its files. */
  private static String format(Path c) {
    String name = c.getFileName().toString();
    if (Files.isDirectory(c)) {
      try (Stream<Path> files = Files.list(c)) {
        return files.map(f -> f.getFileName().toString()).anyMatch(n -> n.contains(".tfplan."))
            ? "tfplan" : "cfn";
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return name.contains(".tfplan.") ? "tfplan" : "cfn";
  }

  private static String expected(Path c) {
    Path e = RuleTester.expectedFile(c);
    try {
      return Files.exists(e) ? Files.readString(e) : "";
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }
}
