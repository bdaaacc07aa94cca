package io.netlint.testing;

import static org.junit.jupiter.api.Assertions.fail;

import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.model.Network;
import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.Finding;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import io.netlint.model.Element;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs one rule over golden fixtures and compares its findings exactly, both ways: a missing
 * finding and an unexpected one fail alike, with the full lists.
 *
 * <p>A case is an input file ({@code name.cfn.yaml}, {@code name.cfn.json},
 * {@code name.tfplan.json}) or a directory of files linted as one run. Its expectations are in
 * {@code <case>.expected}; no such file means the case must be clean. An optional
 * {@code <case>.options} holds {@code region=<region>}. Run with
 * {@code -Dnetlint.updateGolden=true} to rewrite the expectations, then review the diff.
 */
public final class RuleTester {

  private static final List<String> INPUT_SUFFIXES =
      List.of(".cfn.yaml", ".cfn.yml", ".cfn.json", ".tfplan.json", ".template");

  private final Rule rule;

  private RuleTester(Rule rule) {
    this.rule = rule;
  }

  public static RuleTester of(Rule rule) {
    return new RuleTester(rule);
  }

  /** One dynamic test per case under {@code fixtures/<dir>} on the class path. */
  public Stream<DynamicTest> goldenTests(String dir) {
    Path root = fixtureDir(dir);
    return cases(root).stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
        () -> check(dir, c)));
  }

  /** The cases of a fixture directory, in name order. */
  public static List<Path> cases(Path root) {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> Files.isDirectory(p) || isInput(p))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean isInput(Path p) {
    String n = p.getFileName().toString();
    return INPUT_SUFFIXES.stream().anyMatch(n::endsWith);
  }

  /** The expectations file of a case. */
  public static Path expectedFile(Path caseFile) {
    return caseFile.resolveSibling(caseFile.getFileName().toString().replaceAll("/$", "")
        + ".expected");
  }

  /** Lints one case with this rule alone and renders the golden text. */
  public String render(Path caseFile) {
    LintResult result = LintEngine.run(request(caseFile));
    return Golden.render(result);
  }

  private LintRequest request(Path caseFile) {
    String name = caseFile.getFileName().toString();
    Optional<String> region = Optional.empty();
    Path options = caseFile.resolveSibling(name + ".options");
    if (Files.exists(options)) {
      for (String line : read(options).split("\n")) {
        if (line.startsWith("region=")) region = Optional.of(line.substring(7).trim());
      }
    }
    return LintRequest.of(List.of(new InputPath(caseFile, name)), RuleRegistry.of(List.of(rule)))
        .withRegion(region);
  }

  private void check(String dir, Path caseFile) {
    String actual = render(caseFile);
    Path expectedPath = expectedFile(caseFile);
    String expected = Files.exists(expectedPath) ? read(expectedPath) : "";
    if (Boolean.getBoolean("netlint.updateGolden")) {
      writeGolden(dir, caseFile, actual);
      return;
    }
    if (!expected.equals(actual)) {
      fail("golden mismatch for " + dir + "/" + caseFile.getFileName()
          + "\n--- expected\n" + expected + "--- actual\n" + actual
          + "(rerun with -Dnetlint.updateGolden=true to accept, then review the diff)");
    }
  }

  private static void writeGolden(String dir, Path caseFile, String actual) {
    Path source = Path.of(System.getProperty("netlint.projectRoot", "."))
        .resolve("fixtures/src/main/resources/fixtures").resolve(dir)
        .resolve(caseFile.getFileName().toString() + ".expected");
    try {
      if (actual.isEmpty()) {
        Files.deleteIfExists(source);
      } else {
        Files.writeString(source, actual, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the rule on a network built in the test; returns its findings in order. */
  public List<Finding> run(Network network) {
    RuleDescriptor d = RuleDescriptor.of(rule);
    List<Finding> out = new ArrayList<>();
    rule.check(network, new RuleContext() {
      @Override
      public void report(Element e, String message, List<? extends Element> related) {
        report(e, e.source(), d.defaultSeverity(), message, related);
      }

      @Override
      public void report(Element e, Severity s, String message, List<? extends Element> related) {
        report(e, e.source(), s, message, related);
      }

      @Override
      public void report(Element e, SourceRef at, Severity s, String message,
          List<? extends Element> related) {
        out.add(new Finding(d.id(), s, message, at,
            related.stream().filter(r -> r != e).map(Element::source).toList()));
      }
    });
    out.sort(Finding.ORDER);
    return out;
  }

  /** The fixture directory {@code fixtures/<dir>} from the class path (a folder or a jar). */
  public static Path fixtureDir(String dir) {
    URL url = RuleTester.class.getClassLoader().getResource("fixtures/" + dir);
    if (url == null) throw new IllegalArgumentException("no fixtures/" + dir + " on the class path");
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          FileSystems.newFileSystem(uri, Map.of());
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden text format: one finding per line, related locations and diagnostics after. */
  public static final class Golden {
    private Golden() {}

    public static String render(LintResult result) {
      StringBuilder sb = new StringBuilder();
      for (Finding f : result.findings()) {
        sb.append(f.ruleId()).append(' ').append(f.severity().label()).append(' ')
            .append(where(f.location())).append(' ').append(f.message()).append('\n');
        for (SourceRef r : f.related()) {
          sb.append("  related ").append(where(r)).append('\n');
        }
      }
      for (Diagnostic d : result.diagnostics()) {
        sb.append("diagnostic ").append(d.level().name().toLowerCase()).append(' ')
            .append(d.file()).append(':').append(d.line()).append(':').append(d.column())
            .append(' ').append(d.message()).append('\n');
      }
      return sb.toString();
    }

    private static String where(SourceRef s) {
      return s.file() + ":" + s.line() + ":" + s.column() + " [" + s.resource() + "]";
    }
  }
}
