package io.netlint.properties;

import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.properties.NetSpec.Resource;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lints a set of files with every built-in rule and reduces the findings to what must not
 * depend on names or locations: rule ID, severity, and the message with each resource's name
 * (logical ID or Terraform address) replaced by its neutral name and file names removed.
 */
final class Lint {

  private static final RuleRegistry RULES = RuleRegistry.load(Lint.class.getClassLoader());

  /**
   * What a run found, reduced and sorted, two ways: {@code findings} keeps each message with its
   * names blanked out; {@code subjects} keeps rule, severity and the neutral names of the
   * resources a finding names, for comparing formats whose messages quote their own syntax
   * ({@code StaticRoutesOnly: true} against {@code static_routes_only = true}).
   */
  record Outcome(List<String> findings, List<String> subjects, List<Diagnostic> diagnostics) {}

  private Lint() {}

  /**
   * @param files file name to text
   * @param names every name a rendering shows (logical ID, address) to its neutral name
   */
  static Outcome run(Map<String, String> files, Map<String, String> names) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("netlint-property");
      List<InputPath> inputs = new ArrayList<>();
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path p = Files.writeString(dir.resolve(f.getKey()), f.getValue());
        inputs.add(new InputPath(p, f.getKey()));
      }
      LintResult result = LintEngine.run(LintRequest.of(inputs, RULES)
          .withRegion(Optional.of("eu-west-1")));
      List<String> fileNames = List.copyOf(files.keySet());
      List<String> findings = result.findings().stream()
          .map(x -> signature(x, names, fileNames)).sorted().toList();
      List<String> subjects = result.findings().stream()
          .map(x -> subjects(x, names)).sorted().toList();
      return new Outcome(findings, subjects, result.diagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (dir != null) delete(dir);
    }
  }

  private static String signature(Finding f, Map<String, String> names, List<String> files) {
    String message = f.message();
    for (String s : longestFirst(names)) message = message.replace(s, "<>");
    for (String file : files) message = message.replace(file, "<file>");
    return f.ruleId() + " " + f.severity() + " " + message;
  }

  private static String subjects(Finding f, Map<String, String> names) {
    String message = f.message();
    List<String> named = new ArrayList<>();
    for (String s : longestFirst(names)) {
      while (message.contains(s)) {
        named.add(names.get(s));
        message = message.replaceFirst(java.util.regex.Pattern.quote(s), "");
      }
    }
    named.sort(null);
    return f.ruleId() + " " + f.severity() + " " + named;
  }

  /** Longest first, so that Vpc0subnet1 is not read as Vpc0 followed by subnet1. */
  private static List<String> longestFirst(Map<String, String> names) {
    List<String> shown = new ArrayList<>(names.keySet());
    shown.sort(Comparator.comparingInt(String::length).reversed());
    return shown;
  }

  /** The names each rendering shows for the resources. */
  static Map<String, String> cfnNames(List<Resource> resources, Renderings.Style style) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Resource r : resources) names.put(Renderings.logicalId(r.name(), style), r.name());
    return names;
  }

  static Map<String, String> tfNames(List<Resource> resources) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Resource r : resources) names.put(Renderings.address(r), r.name());
    return names;
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp file is harmless
    }
  }
}
