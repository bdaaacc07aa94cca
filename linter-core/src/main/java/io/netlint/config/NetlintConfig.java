package io.netlint.config;

import io.netlint.cfnlint.CfnLintSettings;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import io.netlint.rule.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A {@code .netlint.yml}, read and checked by {@link ConfigLoader}. Every setting is optional; a
 * command-line flag given explicitly wins over the file. Paths and globs in the file are relative
 * to its directory.
 */
public final class NetlintConfig {

  /** The file name looked for when no file is named. */
  public static final String FILE_NAME = ".netlint.yml";

  /** cfn-lint's rule IDs: its findings are merged into netlint's and can be suppressed too. */
  public static final Pattern CFN_LINT_RULE = Pattern.compile("[EWI][0-9]{4}");

  /** The pseudo-rule of unused suppressions; its severity can be set, it cannot be ignored. */
  public static final String UNUSED_SUPPRESSION = "NET000";

  private final Optional<Path> file;
  private final String display;
  private final Path baseDirectory;
  private final Optional<String> failOn;
  private final Optional<String> region;
  private final Optional<CfnLintSettings.Mode> cfnLint;
  private final List<Path> policies;
  private final List<Glob> include;
  private final List<Glob> exclude;
  private final Map<String, RuleSettings> rules;
  private final List<IgnoreEntry> ignore;
  private final RuleParameters parameters;
  private final List<Path> tfSources;
  private final Optional<Long> maxFileSize;

  NetlintConfig(Optional<Path> file, String display, Path baseDirectory, Optional<String> failOn,
      Optional<String> region, Optional<CfnLintSettings.Mode> cfnLint, List<Path> policies,
      List<Glob> include, List<Glob> exclude, Map<String, RuleSettings> rules,
      List<IgnoreEntry> ignore, List<Path> tfSources, Optional<Long> maxFileSize) {
    this.file = file;
    this.maxFileSize = maxFileSize;
    this.tfSources = List.copyOf(tfSources);
    this.display = display;
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    this.failOn = failOn;
    this.region = region;
    this.cfnLint = cfnLint;
    this.policies = List.copyOf(policies);
    this.include = List.copyOf(include);
    this.exclude = List.copyOf(exclude);
    this.rules = Map.copyOf(new TreeMap<>(rules));
    this.ignore = List.copyOf(ignore);
    Map<String, Map<String, Object>> values = new HashMap<>();
    this.rules.forEach((id, s) -> {
      if (!s.parameters().isEmpty()) values.put(id, s.parameters());
    });
    this.parameters = RuleParameters.of(values);
  }

  /** No file: nothing set, globs (there are none) relative to the current directory. */
  public static NetlintConfig empty() {
    return empty(Path.of(""));
  }

  public static NetlintConfig empty(Path baseDirectory) {
    return new NetlintConfig(Optional.empty(), "", baseDirectory, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), Map.of(), List.of(),
        List.of(), Optional.empty());
  }

  /** The file read, when there is one. */
  public Optional<Path> file() { return file; }

  /** The file's name as messages and findings show it; empty when there is no file. */
  public String display() { return display; }

  public Path baseDirectory() { return baseDirectory; }

  /** {@code fail-on}: error, warning, info or none. */
  public Optional<String> failOn() { return failOn; }

  public Optional<String> region() { return region; }

  /** {@code max-file-size}: the largest input file read, in bytes. */
  public Optional<Long> maxFileSize() { return maxFileSize; }

  public Optional<CfnLintSettings.Mode> cfnLint() { return cfnLint; }

  /** Policy files and directories, resolved against the file's directory. */
  public List<Path> policies() { return policies; }

  /**
   * {@code tf-sources}: the root module directories of the Terraform plans (the default of
   * {@code --tf-source}), resolved against the file's directory.
   */
  public List<Path> tfSources() { return tfSources; }

  public List<Glob> include() { return include; }

  public List<Glob> exclude() { return exclude; }

  /** Per-rule settings by rule ID, sorted. */
  public Map<String, RuleSettings> rules() { return rules; }

  public List<IgnoreEntry> ignore() { return ignore; }

  public boolean isOff(String ruleId) {
    RuleSettings s = rules.get(ruleId);
    return s != null && s.off();
  }

  /** The severity the file sets for every finding of the rule. */
  public Optional<Severity> severity(String ruleId) {
    RuleSettings s = rules.get(ruleId);
    return s == null ? Optional.empty() : s.severity();
  }

  public RuleParameters parameters() { return parameters; }

  /** The rules that are not {@code off}. */
  public RuleRegistry enabled(RuleRegistry registry) {
    if (rules.values().stream().noneMatch(RuleSettings::off)) return registry;
    return RuleRegistry.ofDescriptors(registry.rules().stream()
        .filter(d -> !isOff(d.id())).toList());
  }

  /**
   * Whether an input file is linted: it matches an {@code include} glob (when there are any) and
   * no {@code exclude} glob. A file outside the file's directory matches no glob.
   */
  public boolean accepts(Path inputFile) {
    if (include.isEmpty() && exclude.isEmpty()) return true;
    Optional<String> rel = relative(inputFile);
    if (!include.isEmpty() && (rel.isEmpty() || include.stream().noneMatch(g ->
        g.matches(rel.get())))) {
      return false;
    }
    return rel.isEmpty() || exclude.stream().noneMatch(g -> g.matches(rel.get()));
  }

  /** {@code path} relative to the file's directory with {@code /} separators; empty outside it. */
  public Optional<String> relative(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    if (!abs.startsWith(baseDirectory)) return Optional.empty();
    String rel = baseDirectory.relativize(abs).toString();
    return Optional.of(File.separatorChar == '\\' ? rel.replace('\\', '/') : rel);
  }

  /**
   * Checks the rule IDs of {@code rules:} and {@code ignore:} against the rules of the run (which
   * may include policies and rule jars, so this cannot happen while the file is read).
   */
  public void checkRules(RuleRegistry registry) throws ConfigException {
    checkRules(registry.rules().stream().map(RuleDescriptor::id).toList());
  }

  public void checkRules(Collection<String> known) throws ConfigException {
    Set<String> ids = Set.copyOf(known);
    List<ConfigProblem> problems = new ArrayList<>();
    for (RuleSettings s : rules.values()) {
      if (!ids.contains(s.id()) && !s.id().equals(UNUSED_SUPPRESSION)) {
        problems.add(new ConfigProblem(display, s.line(), s.column(), "rules: unknown rule "
            + s.id() + Suggestions.hint(s.id(), ids)));
      }
    }
    for (IgnoreEntry e : ignore) {
      if (!ids.contains(e.rule()) && !CFN_LINT_RULE.matcher(e.rule()).matches()) {
        problems.add(new ConfigProblem(display, e.line(), e.column(), "ignore: unknown rule "
            + e.rule() + Suggestions.hint(e.rule(), ids)));
      }
    }
    problems.sort(ConfigLoader.ORDER);
    if (!problems.isEmpty()) throw new ConfigException(problems);
  }
}
