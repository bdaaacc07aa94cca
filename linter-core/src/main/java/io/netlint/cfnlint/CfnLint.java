package io.netlint.cfnlint;

import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.tree.Node;
import io.netlint.rule.ExternalTool;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the real cfn-lint over a run's CloudFormation templates and turns its report into
 * findings. One process checks every template (cfn-lint spends about 1.5 s starting Python); it
 * runs while netlint loads and checks the same files. A cfn-lint that is missing, fails, prints
 * something other than its report, or runs past the timeout becomes a diagnostic: netlint's own
 * findings are always kept.
 */
public final class CfnLint {

  public static final String TOOL = "cfn-lint";
  public static final String INFORMATION_URI = "https://github.com/aws-cloudformation/cfn-lint";
  /** The file name of diagnostics about cfn-lint itself rather than about one input. */
  public static final String DIAGNOSTIC_FILE = "<cfn-lint>";

  /** UTF-8 output whatever the locale; no byte-code writes into a read-only install. */
  static final Map<String, String> ENVIRONMENT = Map.of("PYTHONUTF8", "1",
      "PYTHONIOENCODING", "utf-8", "PYTHONDONTWRITEBYTECODE", "1");

  /** Beyond this many characters of paths, templates are split over several processes. */
  private static final int ARGUMENT_CHARS =
      File.separatorChar == '\\' ? 24_000 : 100_000;

  /**
   * A CloudFormation input of the run.
   *
   * @param display the name the engine reports it under
   * @param path where it is read from
   */
  public record Template(String display, Path path, Node root) {}

  /**
   * What cfn-lint added to a run.
   *
   * @param findings netlint's findings, a note added where cfn-lint reported the same fact, then
   *     cfn-lint's remaining findings
   * @param tool present when cfn-lint ran to the end
   */
  public record Outcome(List<Finding> findings, List<Diagnostic> diagnostics,
      Optional<ExternalTool> tool) {}

  private CfnLint() {}

  /**
   * Starts cfn-lint when the settings ask for it and there is a template; returns at once. Call
   * {@link Pending#finish} with netlint's findings to collect the result.
   */
  public static Pending start(CfnLintSettings settings, List<Template> templates,
      Optional<String> region) {
    return start(settings, templates, region, Path.of("").toAbsolutePath());
  }

  /**
   * As {@link #start(CfnLintSettings, List, Optional)}, with cfn-lint running in
   * {@code directory}: relative template paths resolve there, and cfn-lint reads its
   * {@code .cfnlintrc} from there.
   */
  static Pending start(CfnLintSettings settings, List<Template> templates,
      Optional<String> region, Path directory) {
    Pending pending = new Pending(settings, templates, region, directory);
    try {
      pending.begin();
    } catch (RuntimeException e) {
      pending.fail("internal error while starting cfn-lint: " + e);
    }
    return pending;
  }

  /** A cfn-lint run in progress, or one that was never started. */
  public static final class Pending {
    private final CfnLintSettings settings;
    private final List<Template> templates;
    private final Optional<String> region;
    private final Path directory;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Normalised absolute path → the display names the engine uses for that file. */
    private final Map<String, List<String>> displays = new LinkedHashMap<>();
    private final Map<String, ResourceRanges> ranges = new TreeMap<>();
    private final List<List<String>> batches = new ArrayList<>();
    private Path executable;
    private long deadline;
    private ProcessRunner running;
    private boolean failed;

    private Pending(CfnLintSettings settings, List<Template> templates, Optional<String> region,
        Path directory) {
      this.settings = settings;
      this.templates = List.copyOf(templates);
      this.region = region;
      this.directory = directory;
    }

    private void begin() {
      if (settings.mode() == CfnLintSettings.Mode.OFF || templates.isEmpty()) return;
      Optional<Path> found = CfnLintLocator.find(settings.executable(), System.getenv());
      if (found.isEmpty()) {
        String where = settings.executable().map(p -> "at " + p).orElse("on PATH");
        if (settings.mode() == CfnLintSettings.Mode.REQUIRE) {
          fail("cfn-lint is required (--cfn-lint require) but was not found " + where);
        } else {
          settings.notes().accept("netlint: cfn-lint was not found " + where + "; CloudFormation"
              + " templates are checked by netlint's rules only (--cfn-lint off silences this)");
        }
        return;
      }
      executable = found.get();
      List<String> paths = new ArrayList<>();
      for (Template t : templates) {
        String key = key(directory, t.path().toString()).orElse(t.path().toString());
        List<String> names = displays.computeIfAbsent(key, k -> {
          paths.add(t.path().toString());
          return new ArrayList<>();
        });
        if (!names.contains(t.display())) names.add(t.display());
      }
      batches.addAll(batches(paths));
      deadline = System.nanoTime() + settings.timeout().toNanos();
      launch(batches.get(0));
    }

    private void launch(List<String> batch) {
      List<String> command = new ArrayList<>();
      command.add(executable.toString());
      command.add("--format");
      command.add("json");
      region.ifPresent(r -> {
        command.add("--regions");
        command.add(r);
      });
      // Options such as --regions take several values; only "--" stops them taking a template.
      command.add("--");
      for (String p : batch) command.add(globEscape(p));
      try {
        running = ProcessRunner.start(command, directory, ENVIRONMENT,
            Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      } catch (IOException e) {
        fail("cannot run cfn-lint at " + executable + ": " + e.getMessage());
      }
    }

    private void fail(String message) {
      failed = true;
      diagnostics.add(Diagnostic.error(DIAGNOSTIC_FILE, 1, 1, message));
    }

    /** Waits for cfn-lint and merges its findings with netlint's. */
    public Outcome finish(List<Finding> netlint) {
      List<CfnLintJson.Match> matches = new ArrayList<>();
      try {
        collect(matches);
      } catch (InterruptedException e) {
        if (running != null) running.kill();
        Thread.currentThread().interrupt();
        fail("interrupted while waiting for cfn-lint");
      } catch (RuntimeException e) {
        if (running != null) running.kill();
        fail("internal error while reading cfn-lint's report: " + e);
      }
      if (executable == null && !failed) {
        return new Outcome(netlint, List.copyOf(diagnostics), Optional.empty());
      }
      try {
        for (Template t : templates) ranges.putIfAbsent(t.display(), ResourceRanges.of(t.root()));
        List<Finding> found = findings(matches);
        Duplicates.Merged merged = Duplicates.merge(netlint, found, ranges);
        List<Finding> all = new ArrayList<>(merged.netlint());
        all.addAll(merged.cfnLint());
        Optional<ExternalTool> tool = failed ? Optional.empty() : Optional.of(
            new ExternalTool(TOOL, Optional.empty(), INFORMATION_URI,
                rules(matches, merged.cfnLint())));
        return new Outcome(all, List.copyOf(diagnostics), tool);
      } catch (RuntimeException e) {
        fail("internal error while merging cfn-lint's findings: " + e);
        return new Outcome(netlint, List.copyOf(diagnostics), Optional.empty());
      }
    }

    private void collect(List<CfnLintJson.Match> matches) throws InterruptedException {
      for (int i = 0; i < batches.size() && running != null; i++) {
        ProcessRunner.Outcome out = running.await();
        running = null;
        if (!read(out, matches)) return;
        if (i + 1 < batches.size()) launch(batches.get(i + 1));
      }
    }

    /** False when this process failed; the diagnostic says why. */
    private boolean read(ProcessRunner.Outcome out, List<CfnLintJson.Match> matches) {
      if (out.timedOut()) {
        fail("cfn-lint did not finish within " + seconds(settings.timeout()) + " and was"
            + " stopped; the templates were not checked by cfn-lint (--cfn-lint-timeout sets"
            + " the limit)");
        return false;
      }
      // cfn-lint ORs 2 (error), 4 (warning) and 8 (informational) into its exit code.
      if ((out.exitCode() & ~0b1110) != 0) {
        fail("cfn-lint failed with exit code " + out.exitCode() + tail(out.stderr()));
        return false;
      }
      Optional<CfnLintJson.Report> report = CfnLintJson.parse(out.stdout());
      if (report.isEmpty()) {
        String shown = clip(out.stdout().strip(), 200);
        fail("cfn-lint exited with " + out.exitCode() + " but did not print its JSON report"
            + (shown.isEmpty() ? " (no output)" : ": " + shown) + tail(out.stderr()));
        return false;
      }
      if (report.get().unreadable() > 0) {
        int n = report.get().unreadable();
        diagnostics.add(Diagnostic.warning(DIAGNOSTIC_FILE, 1, 1, n + " cfn-lint "
            + (n == 1 ? "result has" : "results have") + " no rule ID and " + (n == 1 ? "was"
            : "were") + " left out"));
      }
      matches.addAll(report.get().matches());
      return true;
    }

    private List<Finding> findings(List<CfnLintJson.Match> matches) {
      List<Finding> findings = new ArrayList<>();
      for (CfnLintJson.Match m : matches) {
        List<String> names = placed(m.filename());
        Severity severity = severity(m.level());
        if (names.isEmpty()) {
          // cfn-lint's own errors (E0003, a bad .cfnlintrc) name no template; after E0003 it
          // checks nothing else, so an error here means the run did not happen.
          String text = "cfn-lint " + m.ruleId() + ": " + oneLine(m.message());
          if (severity == Severity.ERROR) fail(text);
          else diagnostics.add(Diagnostic.warning(DIAGNOSTIC_FILE, 1, 1, text));
          continue;
        }
        for (String display : names) {
          String resource = resource(m, display);
          findings.add(new Finding(m.ruleId(), severity, oneLine(m.message()),
              new SourceRef(display, m.line(), m.column(), resource), List.of(), TOOL));
        }
      }
      return findings;
    }

    /** The display names of the template cfn-lint named; its only template when it named none. */
    private List<String> placed(String filename) {
      if (filename != null && !filename.isBlank() && !filename.equals("None")) {
        Optional<String> key = key(directory, filename);
        if (key.isPresent() && displays.containsKey(key.get())) return displays.get(key.get());
        return List.of();
      }
      return displays.size() == 1 ? displays.values().iterator().next() : List.of();
    }

    /** The logical ID of the resource the match is in; another section's entry; or null. */
    private String resource(CfnLintJson.Match m, String display) {
      List<Object> path = m.path();
      if (path != null && path.size() >= 2 && "Resources".equals(path.get(0))
          && path.get(1) instanceof String id) {
        return id;
      }
      Optional<String> byLine = Optional.ofNullable(ranges.get(display))
          .flatMap(r -> r.at(m.line())).map(ResourceRanges.Range::logicalId);
      if (byLine.isPresent() && (path == null || path.isEmpty())) return byLine.get();
      if (path != null && path.size() >= 2) return path.get(0) + "/" + path.get(1);
      if (path != null && path.size() == 1) return String.valueOf(path.get(0));
      return byLine.orElse(null);
    }
  }

  /** Templates in batches whose paths stay under the argument length limit. */
  static List<List<String>> batches(List<String> paths) {
    List<List<String>> batches = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int chars = 0;
    for (String p : paths) {
      if (!current.isEmpty() && chars + p.length() + 1 > ARGUMENT_CHARS) {
        batches.add(current);
        current = new ArrayList<>();
        chars = 0;
      }
      current.add(p);
      chars += p.length() + 1;
    }
    if (!current.isEmpty()) batches.add(current);
    return batches;
  }

  /**
   * cfn-lint expands every template argument with Python's {@code glob}: a file named
   * {@code a[1].yaml} would not match itself, and one unmatched argument ends the whole run with
   * E0003. Each glob character is put in a one-character class, as {@code glob.escape} does.
   */
  static String globEscape(String path) {
    StringBuilder sb = new StringBuilder(path.length());
    for (char c : path.toCharArray()) {
      if (c == '*' || c == '?' || c == '[') sb.append('[').append(c).append(']');
      else sb.append(c);
    }
    return sb.toString();
  }

  /** A file name as cfn-lint prints it, made comparable with the engine's paths. */
  static Optional<String> key(Path directory, String file) {
    try {
      return Optional.of(directory.resolve(file).toAbsolutePath().normalize().toString());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  static Severity severity(String level) {
    if (level == null) return Severity.WARNING;
    return switch (level.trim().toLowerCase(Locale.ROOT)) {
      case "error" -> Severity.ERROR;
      case "informational", "info" -> Severity.INFO;
      default -> Severity.WARNING;
    };
  }

  /** The rules of the findings that are reported (not those folded into netlint's). */
  private static List<ExternalTool.Rule> rules(List<CfnLintJson.Match> matches,
      List<Finding> reported) {
    Set<String> ids = new HashSet<>();
    reported.forEach(f -> ids.add(f.ruleId()));
    Map<String, ExternalTool.Rule> rules = new TreeMap<>();
    for (CfnLintJson.Match m : matches) {
      if (!ids.contains(m.ruleId())) continue;
      rules.putIfAbsent(m.ruleId(), new ExternalTool.Rule(m.ruleId(),
          m.shortDescription() == null ? m.ruleId() : m.shortDescription(),
          m.description() == null ? "" : m.description(),
          m.source() == null ? "" : m.source()));
    }
    return List.copyOf(rules.values());
  }

  /** Reports print one line per finding; cfn-lint's parse errors span several. */
  static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** The end of stderr, for a failure diagnostic. */
  private static String tail(String stderr) {
    List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) return " and printed nothing on stderr";
    String last = String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    return "; stderr ends:\n" + clipStart(last, 1500);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }

  private static String clipStart(String s, int max) {
    return s.length() <= max ? s : "…" + s.substring(s.length() - max);
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
