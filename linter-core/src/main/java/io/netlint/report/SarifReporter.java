package io.netlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netlint.engine.LintResult;
import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.report.internal.Fingerprints;
import io.netlint.report.internal.JsonOutput;
import io.netlint.report.internal.ReportPaths;
import io.netlint.report.internal.sarif.LineHashes;
import io.netlint.report.internal.sarif.RuleDocs;
import io.netlint.rule.ExternalTool;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import io.netlint.suppress.SarifSuppressions;
import io.netlint.suppress.SuppressedFinding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run for netlint, every rule that ran with its
 * help page, one result per finding. Input problems go to the invocation's notifications, not to
 * results, because they are not alerts about the code. Findings of another linter merged into
 * the result (cfn-lint) form a run of their own under that tool's name, with its rules and IDs
 * unchanged, so that code scanning tracks them as that tool's alerts.
 */
public final class SarifReporter implements Reporter {

  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String INFORMATION_URI = "https://github.com/netlint/netlint";
  /** The key of the line-independent fingerprint in {@code partialFingerprints}. */
  public static final String FINGERPRINT_KEY = "netlint/v1";

  private static final JsonNodeFactory N = JsonOutput.nodes();

  private final ReportContext context;
  private final Function<RuleDescriptor, Optional<String>> docs;

  public SarifReporter(ReportContext context) {
    this(context, RuleDocs.fromClassPath());
  }

  /** With {@code docs} giving a rule's Markdown page, or empty when it has none (yet). */
  public SarifReporter(ReportContext context, Function<RuleDescriptor, Optional<String>> docs) {
    this.context = context;
    this.docs = docs;
  }

  @Override
  public String name() { return "sarif"; }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    List<SuppressedFinding> hidden = SarifSuppressions.of(result, Finding.NETLINT);
    List<Finding> own = SarifSuppressions.append(result.findings().stream()
        .filter(f -> Finding.NETLINT.equals(f.tool())).toList(), hidden);
    Map<String, RuleDescriptor> rules = rulesOf(result.rules(), own);
    Map<String, Integer> index = new HashMap<>();
    ArrayNode ruleNodes = N.arrayNode();
    for (RuleDescriptor d : rules.values()) {
      index.put(d.id(), index.size());
      ruleNodes.add(rule(d));
    }

    ObjectNode driver = N.objectNode();
    driver.put("name", "netlint");
    context.toolVersion().ifPresent(v -> driver.put("version", v));
    context.toolVersion().filter(v -> v.matches("\\d+\\.\\d+\\.\\d+([-+].*)?"))
        .ifPresent(v -> driver.put("semanticVersion", v));
    driver.put("informationUri", INFORMATION_URI);
    driver.set("rules", ruleNodes);

    ObjectNode run = N.objectNode();
    run.set("tool", N.objectNode().set("driver", driver));
    run.set("invocations", N.arrayNode().add(invocation(result)));
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode ownResults = results(own, index);
    SarifSuppressions.mark(ownResults, own.size() - hidden.size(), hidden);
    run.set("results", ownResults);

    ArrayNode runs = N.arrayNode().add(run);
    for (ExternalTool tool : externalTools(result)) runs.add(externalRun(tool, result));

    ObjectNode log = N.objectNode();
    log.put("$schema", SCHEMA_URI);
    log.put("version", "2.1.0");
    log.set("runs", runs);
    JsonOutput.write(log, out);
  }

  /**
   * The tools that ran to the end, plus any other tool named by a finding: by name. A tool that
   * failed has no run, so that an upload does not close its alerts as fixed.
   */
  private static List<ExternalTool> externalTools(LintResult result) {
    Map<String, ExternalTool> tools = new TreeMap<>();
    for (ExternalTool t : result.externalTools()) tools.putIfAbsent(t.name(), t);
    for (Finding f : result.findings()) {
      if (!Finding.NETLINT.equals(f.tool())) {
        tools.computeIfAbsent(f.tool(), n -> new ExternalTool(n, Optional.empty(), null,
            List.of()));
      }
    }
    return List.copyOf(tools.values());
  }

  private ObjectNode externalRun(ExternalTool tool, LintResult result) {
    List<SuppressedFinding> hidden = SarifSuppressions.of(result, tool.name());
    List<Finding> found = SarifSuppressions.append(result.findings().stream()
        .filter(f -> tool.name().equals(f.tool())).toList(), hidden);
    Map<String, ExternalTool.Rule> rules = new TreeMap<>();
    for (ExternalTool.Rule r : tool.rules()) rules.putIfAbsent(r.id(), r);
    for (Finding f : found) {
      rules.computeIfAbsent(f.ruleId(), id -> new ExternalTool.Rule(id, id, "", ""));
    }
    Map<String, Integer> index = new HashMap<>();
    ArrayNode ruleNodes = N.arrayNode();
    for (ExternalTool.Rule r : rules.values()) {
      index.put(r.id(), index.size());
      ruleNodes.add(externalRule(tool, r));
    }
    ObjectNode driver = N.objectNode();
    driver.put("name", tool.name());
    tool.version().ifPresent(v -> driver.put("version", v));
    Optional.ofNullable(tool.informationUri()).filter(SarifReporter::absoluteUri)
        .ifPresent(u -> driver.put("informationUri", u));
    driver.set("rules", ruleNodes);

    ObjectNode run = N.objectNode();
    run.set("tool", N.objectNode().set("driver", driver));
    run.set("invocations", N.arrayNode().add(N.objectNode().put("executionSuccessful",
        result.externalTools().stream().anyMatch(t -> t.name().equals(tool.name())))));
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode foundResults = results(found, index);
    SarifSuppressions.mark(foundResults, found.size() - hidden.size(), hidden);
    run.set("results", foundResults);
    return run;
  }

  /** A rule of another tool as it describes itself; help is its description (GitHub needs help). */
  private static ObjectNode externalRule(ExternalTool tool, ExternalTool.Rule rule) {
    String summary = RuleDocs.clip(rule.shortDescription().isBlank() ? rule.id()
        : rule.shortDescription(), 1024);
    String full = rule.description().isBlank() ? summary : rule.description();
    boolean link = absoluteUri(rule.helpUri());
    ObjectNode r = N.objectNode();
    r.put("id", rule.id());
    r.set("shortDescription", text(summary));
    r.set("fullDescription", text(full));
    ObjectNode help = N.objectNode();
    String sentence = full.endsWith(".") ? full : full + ".";
    help.put("text", link ? sentence + " See " + rule.helpUri() : full);
    help.put("markdown", full + (link ? "\n\n[" + tool.name() + " " + rule.id() + "]("
        + rule.helpUri() + ")" : ""));
    r.set("help", help);
    if (link) r.put("helpUri", rule.helpUri());
    externalLevel(rule.id()).ifPresent(level ->
        r.set("defaultConfiguration", N.objectNode().put("level", level)));
    return r;
  }

  /** cfn-lint's rule IDs start with their level: E error, W warning, I informational. */
  private static Optional<String> externalLevel(String id) {
    if (id.isEmpty()) return Optional.empty();
    return switch (id.charAt(0)) {
      case 'E' -> Optional.of("error");
      case 'W' -> Optional.of("warning");
      case 'I' -> Optional.of("note");
      default -> Optional.empty();
    };
  }

  private static boolean absoluteUri(String s) {
    if (s == null || s.isBlank()) return false;
    try {
      return new java.net.URI(s).isAbsolute();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** The rules that ran, by ID, plus a stub for any finding whose rule was not described. */
  private static Map<String, RuleDescriptor> rulesOf(List<RuleDescriptor> ran,
      List<Finding> findings) {
    Map<String, RuleDescriptor> rules = new TreeMap<>();
    for (RuleDescriptor d : ran) rules.putIfAbsent(d.id(), d);
    for (Finding f : findings) {
      rules.computeIfAbsent(f.ruleId(), id ->
          new RuleDescriptor(id, id, "Rule " + id, f.severity(), List.of(), null));
    }
    return rules;
  }

  private ObjectNode rule(RuleDescriptor d) {
    Optional<String> page = docs.apply(d);
    Optional<String> helpUri = RuleDocs.helpUri(d.id());
    String summary = RuleDocs.clip(d.summary(), 1024);

    ObjectNode r = N.objectNode();
    r.put("id", d.id());
    r.put("name", d.name());
    r.set("shortDescription", text(summary));
    r.set("fullDescription", text(page.flatMap(RuleDocs::description).orElse(summary)));
    ObjectNode help = N.objectNode();
    if (page.isPresent()) {
      String md = RuleDocs.markdown(page.get());
      help.put("text", md);
      help.put("markdown", md);
    } else {
      // No page yet: the summary, and where the page will be.
      help.put("text", d.summary() + helpUri.map(u -> ". See " + u).orElse(""));
      help.put("markdown", d.summary() + helpUri.map(u -> ".\n\n[" + d.id() + "](" + u + ")")
          .orElse(""));
    }
    r.set("help", help);
    helpUri.ifPresent(u -> r.put("helpUri", u));
    r.set("defaultConfiguration", N.objectNode().put("level", level(d.defaultSeverity())));

    Set<String> tags = new LinkedHashSet<>(d.tags());
    Optional<String> securitySeverity = securitySeverity(d);
    if (securitySeverity.isPresent()) tags.add("security");
    ObjectNode props = N.objectNode();
    ArrayNode tagNodes = props.putArray("tags");
    tags.stream().limit(20).forEach(tagNodes::add);
    securitySeverity.ifPresent(s -> props.put("security-severity", s));
    r.set("properties", props);
    return r;
  }

  /**
   * Only rules about exposure get a score: its presence turns results into security alerts, and
   * an outage risk (a single tunnel, overlapping ranges) is not one.
   */
  static Optional<String> securitySeverity(RuleDescriptor d) {
    if (!d.tags().contains("exposure") && !d.tags().contains("security")) return Optional.empty();
    return Optional.of(switch (d.defaultSeverity()) {
      case ERROR -> "8.0";
      case WARNING -> "5.5";
      case INFO -> "3.0";
    });
  }

  private ArrayNode results(List<Finding> findings, Map<String, Integer> index) {
    List<String> keys = Fingerprints.of(findings, context.workingDirectory());
    Map<String, Optional<LineHashes>> hashes = new HashMap<>();
    ArrayNode results = N.arrayNode();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      ObjectNode r = N.objectNode();
      r.put("ruleId", f.ruleId());
      r.put("ruleIndex", index.get(f.ruleId()));
      r.put("level", level(f.severity()));
      r.set("message", text(f.message().isBlank() ? f.ruleId() : f.message()));
      ObjectNode location = location(f.location());
      if (f.location().resource() != null && !f.location().resource().isEmpty()) {
        location.set("logicalLocations", N.arrayNode().add(N.objectNode()
            .put("name", f.location().resource()).put("kind", "resource")));
      }
      r.set("locations", N.arrayNode().add(location));
      if (!f.related().isEmpty()) {
        ArrayNode related = r.putArray("relatedLocations");
        for (int j = 0; j < f.related().size(); j++) {
          SourceRef ref = f.related().get(j);
          ObjectNode l = N.objectNode().put("id", j + 1);
          l.setAll(location(ref));
          if (ref.resource() != null && !ref.resource().isEmpty()) {
            l.set("message", text(ref.resource()));
          }
          related.add(l);
        }
      }
      ObjectNode fingerprints = r.putObject("partialFingerprints");
      fingerprints.put(FINGERPRINT_KEY, keys.get(i));
      lineHash(f.location(), hashes).ifPresent(h -> fingerprints.put("primaryLocationLineHash", h));
      results.add(r);
    }
    return results;
  }

  /**
   * The hash upload-sarif would compute, from the file as it is now. When the file cannot be
   * read here (a path outside the working directory, a file that has gone), the value is left
   * out rather than guessed: upload-sarif then computes it from the checkout itself, whereas a
   * wrong value would be kept and flagged as inconsistent.
   */
  private Optional<String> lineHash(SourceRef at, Map<String, Optional<LineHashes>> cache) {
    String rel = ReportPaths.relative(at.file(), context.workingDirectory());
    if (rel.startsWith("/") || rel.startsWith("../") || Path.of(rel).isAbsolute()) {
      return Optional.empty();
    }
    Optional<LineHashes> h = cache.computeIfAbsent(rel, k ->
        ReportPaths.onDisk(k, context.workingDirectory()).flatMap(SarifReporter::hashFile));
    return h.map(x -> x.line(at.line()));
  }

  private static Optional<LineHashes> hashFile(Path p) {
    try {
      return Optional.of(LineHashes.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private ObjectNode invocation(LintResult result) {
    ObjectNode inv = N.objectNode();
    inv.put("executionSuccessful", !result.hasErrors());
    if (!result.diagnostics().isEmpty()) {
      ArrayNode notes = inv.putArray("toolExecutionNotifications");
      for (Diagnostic d : result.diagnostics()) {
        ObjectNode n = N.objectNode();
        n.put("level", switch (d.level()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "note";
        });
        n.set("message", text(d.message().isBlank() ? "input problem" : d.message()));
        n.set("locations", N.arrayNode().add(location(new SourceRef(d.file(), d.line(),
            d.column(), null))));
        notes.add(n);
      }
    }
    return inv;
  }

  private ObjectNode location(SourceRef ref) {
    ObjectNode physical = N.objectNode();
    physical.set("artifactLocation", N.objectNode()
        .put("uri", ReportPaths.uri(ref.file(), context.workingDirectory())));
    // SourceRef lines and columns are 1-based and at least 1, which SARIF requires.
    physical.set("region", N.objectNode().put("startLine", ref.line())
        .put("startColumn", ref.column()));
    ObjectNode location = N.objectNode();
    location.set("physicalLocation", physical);
    return location;
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static ObjectNode text(String s) {
    return N.objectNode().put("text", s);
  }
}
