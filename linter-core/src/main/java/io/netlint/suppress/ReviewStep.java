package io.netlint.suppress;

import io.netlint.baseline.Baseline;
import io.netlint.baseline.ChangedFiles;
import io.netlint.cfnlint.CfnLint;
import io.netlint.config.IgnoreEntry;
import io.netlint.config.NetlintConfig;
import io.netlint.engine.LintResult;
import io.netlint.model.Element;
import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.ExternalTool;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What happens to a run's findings after the rules: severities from the configuration file,
 * suppressions (and the unused ones reported as {@code NET000}), the baseline, and
 * {@code --changed-since}. A pure function of the result and the settings, so that the command
 * line and the Maven plugin give the same answer.
 *
 * <p>Apply it once, to the engine's result. Only the findings left in
 * {@link LintResult#findings()} count for the exit code; the others are in
 * {@link LintResult#review()} for reports.
 */
public final class ReviewStep {

  /** The pseudo-rule of unused suppressions. */
  public static final RuleDescriptor UNUSED_SUPPRESSION = RuleDescriptor.of(
      (network, ctx) -> { }, NetlintConfig.UNUSED_SUPPRESSION, "unused-suppression",
      "A suppression that matched no finding; remove it, or fix where it points",
      Severity.INFO, List.of("suppression"));

  /**
   * @param config severities and {@code ignore:} entries
   * @param baseline findings already accepted, and the name to show for the file
   * @param changed the files changed since a git ref
   * @param workingDirectory where the findings' relative file names resolve
   */
  public record Settings(NetlintConfig config, Optional<Baseline> baseline, String baselineName,
      Optional<ChangedFiles> changed, Path workingDirectory) {

    public Settings {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(baseline, "baseline");
      Objects.requireNonNull(changed, "changed");
      workingDirectory = workingDirectory.toAbsolutePath().normalize();
      baselineName = baselineName == null ? "" : baselineName;
    }

    /** Only the configuration file's settings (or none), relative to the current directory. */
    public static Settings of(NetlintConfig config) {
      return new Settings(config, Optional.empty(), "", Optional.empty(), Path.of(""));
    }

    public Settings withBaseline(Baseline b, String name) {
      return new Settings(config, Optional.of(b), name, changed, workingDirectory);
    }

    public Settings withChanged(ChangedFiles c) {
      return new Settings(config, baseline, baselineName, Optional.of(c), workingDirectory);
    }

    public Settings withWorkingDirectory(Path dir) {
      return new Settings(config, baseline, baselineName, changed, dir);
    }
  }

  private ReviewStep() {}

  public static LintResult apply(LintResult result, Settings settings) {
    NetlintConfig config = settings.config();
    Path wd = settings.workingDirectory();
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    List<Suppression> suppressions = known(result, config, diagnostics);

    // Each finding goes to the first suppression that covers it (those in the input before the
    // configuration file's); every suppression that covers it counts as used.
    Map<Suppression, Boolean> used = new LinkedHashMap<>();
    suppressions.forEach(s -> used.put(s, false));
    List<Finding> kept = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (Finding f : withSeverities(result.findings(), config)) {
      Suppression first = null;
      for (Suppression s : suppressions) {
        if (s.covers(f, wd)) {
          used.put(s, true);
          if (first == null) first = s;
        }
      }
      if (first == null) kept.add(f); else suppressed.add(new SuppressedFinding(f, first));
    }
    kept.addAll(unused(used, result, config, wd));
    kept.sort(Finding.ORDER);
    suppressed.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
    List<Finding> beforeBaseline = List.copyOf(kept);

    Optional<Review.BaselineOutcome> baselineOutcome = Optional.empty();
    List<Finding> current = kept;
    if (settings.baseline().isPresent()) {
      Baseline.Comparison c = settings.baseline().get().compare(current, wd);
      current = c.fresh();
      baselineOutcome = Optional.of(new Review.BaselineOutcome(settings.baselineName(),
          c.known().size(), c.fixed()));
    }

    Optional<Review.ChangeOutcome> changeOutcome = Optional.empty();
    if (settings.changed().isPresent()) {
      ChangedFiles changed = settings.changed().get();
      List<Finding> inChange = current.stream().filter(f -> changed.touches(f, wd)).toList();
      changeOutcome = Optional.of(new Review.ChangeOutcome(changed.ref(), changed.files().size(),
          current.size() - inChange.size()));
      current = inChange;
      suppressed = suppressed.stream().filter(s -> changed.touches(s.finding(), wd)).toList();
    }

    List<RuleDescriptor> rules = new ArrayList<>(result.rules());
    if (current.stream().anyMatch(f -> f.ruleId().equals(NetlintConfig.UNUSED_SUPPRESSION)
        && Finding.NETLINT.equals(f.tool()))) {
      rules.add(0, UNUSED_SUPPRESSION);
    }
    diagnostics.sort(Diagnostic.ORDER);
    Review review = new Review(suppressed, beforeBaseline, baselineOutcome, changeOutcome);
    return new LintResult(current, diagnostics, rules, result.filesLoaded(), result.network(),
        result.externalTools(), result.suppressions(), Optional.of(review));
  }

  /**
   * {@code --write-baseline}: applies the step without a baseline, records what it leaves in
   * {@code file}, and compares the run with the new baseline, so that nothing it recorded counts.
   * When an input could not be loaded the file is not written, since its findings would be
   * missing from it; that, and a failed write, are error diagnostics of the result.
   *
   * @param name the file as messages name it
   */
  public static LintResult applyAndWriteBaseline(LintResult result, Settings settings,
      Path file, String name) {
    Settings without = new Settings(settings.config(), Optional.empty(), "", settings.changed(),
        settings.workingDirectory());
    LintResult reviewed = apply(result, without);
    if (reviewed.hasErrors()) {
      return withProblem(reviewed, name, "baseline not written: fix the input problems first,"
          + " or their findings would be missing from it");
    }
    Path dir = settings.workingDirectory().resolve(file).toAbsolutePath().normalize()
        .getParent();
    Baseline written = Baseline.of(reviewed.review().orElseThrow().beforeBaseline(), dir,
        settings.workingDirectory());
    try {
      written.write(settings.workingDirectory().resolve(file));
    } catch (IOException | RuntimeException e) {
      return withProblem(reviewed, name, "baseline not written: " + e.getMessage());
    }
    return apply(result, settings.withBaseline(written, name));
  }

  private static LintResult withProblem(LintResult result, String file, String message) {
    List<Diagnostic> all = new ArrayList<>(result.diagnostics());
    all.add(Diagnostic.error(file, 1, 1, message));
    all.sort(Diagnostic.ORDER);
    return result.withDiagnostics(all);
  }

  /** netlint's findings at the severities of the configuration file; none of rules it turns off. */
  private static List<Finding> withSeverities(List<Finding> findings, NetlintConfig config) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      boolean own = Finding.NETLINT.equals(f.tool());
      if (own && config.isOff(f.ruleId())) continue;
      Optional<Severity> s = own ? config.severity(f.ruleId()) : Optional.empty();
      out.add(s.isPresent() && s.get() != f.severity() ? new Finding(f.ruleId(), s.get(),
          f.message(), f.location(), f.related(), f.tool()) : f);
    }
    return out;
  }

  /**
   * Every suppression whose rule exists: one of the run, one the configuration turns off, or
   * cfn-lint's. Any other is an error diagnostic, since a misspelt rule suppresses nothing.
   */
  private static List<Suppression> known(LintResult result, NetlintConfig config,
      List<Diagnostic> diagnostics) {
    Set<String> ran = new HashSet<>();
    result.rules().forEach(d -> ran.add(d.id()));
    List<Suppression> known = new ArrayList<>();
    for (Suppression s : all(result, config)) {
      if (!isCfnLintRule(s.rule()) && !ran.contains(s.rule()) && !config.isOff(s.rule())) {
        SourceRef at = s.at();
        diagnostics.add(Diagnostic.error(at.file(), at.line(), at.column(), "suppression of"
            + " unknown rule " + s.rule() + (at.resource() == null ? "" : " on '"
            + at.resource() + "'") + "; `netlint rules` lists the rules"));
        continue;
      }
      known.add(s);
    }
    return known;
  }

  /** {@code NET000} findings for the suppressions that matched nothing and can be judged. */
  private static List<Finding> unused(Map<Suppression, Boolean> used, LintResult result,
      NetlintConfig config, Path wd) {
    if (config.isOff(NetlintConfig.UNUSED_SUPPRESSION)) return List.of();
    Severity level = config.severity(NetlintConfig.UNUSED_SUPPRESSION).orElse(Severity.INFO);
    boolean cfnLintRan = result.externalTools().stream().map(ExternalTool::name)
        .anyMatch(CfnLint.TOOL::equals);
    Set<String> files = loadedFiles(result);
    List<Finding> out = new ArrayList<>();
    used.forEach((s, wasUsed) -> {
      if (wasUsed || config.isOff(s.rule())) return;
      if (isCfnLintRule(s.rule()) && !cfnLintRan) return; // cannot tell: cfn-lint did not run
      if (!judged(s, files, wd)) return;
      out.add(new Finding(NetlintConfig.UNUSED_SUPPRESSION, level, unusedMessage(s), s.at(),
          List.of()));
    });
    return out;
  }

  private static boolean isCfnLintRule(String rule) {
    return NetlintConfig.CFN_LINT_RULE.matcher(rule).matches();
  }

  /** The suppressions of the inputs, then the configuration file's {@code ignore:} entries. */
  static List<Suppression> all(LintResult result, NetlintConfig config) {
    List<Suppression> all = new ArrayList<>(result.suppressions());
    for (IgnoreEntry e : config.ignore()) {
      all.add(new Suppression(Suppression.Kind.CONFIG, e.rule(), e.reason(),
          new SourceRef(config.display(), e.line(), e.column(), null),
          new Suppression.Patterns(e.file(), e.resource(), config.baseDirectory())));
    }
    return all;
  }

  /**
   * Whether an unused suppression can be reported: one in an input always can; an
   * {@code ignore:} entry for certain files only when one of them was linted, so that a run over
   * part of the tree (a pre-commit hook) does not call the rest of the file stale.
   */
  private static boolean judged(Suppression s, Set<String> files, Path wd) {
    if (!(s.scope() instanceof Suppression.Patterns p) || p.file().isEmpty()) return true;
    for (String f : files) {
      if (Suppression.relative(f, p.base(), wd).filter(rel -> p.file().get().matches(rel))
          .isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The inputs that contributed to the model or to a finding, by the names the run uses. */
  private static Set<String> loadedFiles(LintResult result) {
    Set<String> files = new HashSet<>();
    for (Element e : result.network().elements()) files.add(e.source().file());
    for (Finding f : result.findings()) files.add(f.location().file());
    return files;
  }

  private static String unusedMessage(Suppression s) {
    StringBuilder m = new StringBuilder("Unused suppression: ");
    if (s.scope() instanceof Suppression.Patterns p) {
      m.append("the ignore: entry for ").append(s.rule());
      p.resource().ifPresent(g -> m.append(" on resource '").append(g).append("'"));
      p.file().ifPresent(g -> m.append(" in file '").append(g).append("'"));
      m.append(" matched no finding");
    } else {
      m.append("no ").append(s.rule()).append(" finding on '").append(s.at().resource())
          .append("' to suppress (").append(s.kind().label()).append(")");
    }
    return m.append("; remove it if the finding is fixed (reason given: ").append(s.reason())
        .append(")").toString();
  }
}
