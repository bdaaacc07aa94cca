package io.netlint.tfsource;

import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.hcl.HclAttribute;
import io.netlint.parse.hcl.HclBlock;
import io.netlint.parse.hcl.HclFile;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import io.netlint.rule.Finding;
import io.netlint.tfsource.PlanConfiguration.ModuleCall;
import io.netlint.tfsource.SourceDirectory.Declaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Moves findings (and related locations) on plan resources to the {@code .tf} declaration of the
 * resource: the {@code resource "TYPE" "NAME" {} } block, or the line of the attribute the finding
 * concerns when that attribute is written literally. The plan location, and for resources in
 * local modules each {@code module "x" {} } call on the way, become related locations. A resource
 * of a registry or git module is placed on its {@code module} block.
 *
 * <p>Where the sources are: the directories given, else the plan's own directory, else the
 * current directory. Without any {@code .tf} file there, nothing is mapped and nothing is said;
 * findings that cannot be placed although sources exist are counted in one info diagnostic.
 */
public final class TfSourceMapper {

  /**
   * A plan that was linted.
   *
   * @param file the name findings use
   * @param path where it is on disk
   * @param root its parsed document
   */
  public record Plan(String file, Path path, Node root) {}

  /**
   * @param findings the findings, mapped where possible, in the order given
   * @param diagnostics unreadable {@code .tf} files and the count of unmapped findings
   * @param sources every {@code .tf} file read, for the suppressions written in them
   */
  public record Result(List<Finding> findings, List<Diagnostic> diagnostics,
      List<HclFile> sources) {}

  /** Where the root module of a plan may be: a directory and its report name. */
  private record Root(Path path, String display) {}

  /** A declaration found for a plan location. */
  private record Placement(SourceRef location, List<SourceRef> moduleCalls) {}

  /** A placement, or why there is none. */
  private record Outcome(Placement placement, String miss) {
    static Outcome miss(String why) { return new Outcome(null, why); }
  }

  private final Path workingDirectory;
  private final List<Root> given;
  private final Map<String, Plan> plans = new LinkedHashMap<>();
  private final Map<String, PlanConfiguration> configurations = new HashMap<>();
  private final Map<Path, SourceDirectory> directories = new HashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Integer> unmapped = new TreeMap<>();
  private String unmappedFile;

  private TfSourceMapper(List<Path> sourceDirectories, Path workingDirectory) {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.given = sourceDirectories.stream().map(this::root).toList();
  }

  /** A given directory; reports name it relative to the working directory when inside it. */
  private Root root(Path dir) {
    Path abs = workingDirectory.resolve(dir).normalize();
    String display = dir.isAbsolute() && abs.startsWith(workingDirectory)
        ? workingDirectory.relativize(abs).toString() : dir.toString();
    return new Root(abs, SourceDirectory.join("", display));
  }

  /**
   * @param sourceDirectories root module directories given by the user, relative to
   *     {@code workingDirectory}; empty to use the defaults
   */
  public static Result map(List<Plan> plans, List<Path> sourceDirectories,
      List<Finding> findings, Path workingDirectory) {
    TfSourceMapper mapper = new TfSourceMapper(sourceDirectories, workingDirectory);
    for (Plan p : plans) mapper.plans.put(p.file(), p);
    return mapper.run(findings);
  }

  private Result run(List<Finding> findings) {
    for (Root r : given) {
      if (!Files.isDirectory(r.path())) {
        diagnostics.add(Diagnostic.error(r.display(), 1, 1,
            "Terraform source directory not found"));
      }
    }
    Map<String, List<Root>> roots = new HashMap<>();
    for (Plan p : plans.values()) roots.put(p.file(), roots(p));
    boolean anySources = roots.values().stream().anyMatch(l -> !l.isEmpty());
    if (!anySources) {
      return new Result(findings, diagnostics, List.of());
    }
    // every source of the plans is read, so that its suppressions and syntax errors are seen
    // whether or not a finding lands in it
    for (Plan p : plans.values()) {
      PlanConfiguration config = configuration(p.file());
      for (Root r : roots.get(p.file())) {
        readModules(directory(r.path(), r.display()), config.rootCalls());
      }
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) out.add(map(f, roots));
    if (!unmapped.isEmpty()) diagnostics.add(unmappedDiagnostic());
    List<HclFile> sources = directories.values().stream()
        .filter(Objects::nonNull)
        .flatMap(d -> d.files().stream())
        .sorted((a, b) -> a.file().compareTo(b.file()))
        .toList();
    for (HclFile f : sources) diagnostics.addAll(f.diagnostics());
    return new Result(out, diagnostics, sources);
  }

  private PlanConfiguration configuration(String plan) {
    return configurations.computeIfAbsent(plan, f -> new PlanConfiguration(plans.get(f).root()));
  }

  private void readModules(SourceDirectory dir, Map<String, ModuleCall> calls) {
    if (dir == null) return;
    for (ModuleCall call : calls.values()) {
      if (!call.local()) continue;
      String source = call.source().replace('\\', '/');
      readModules(directory(dir.path().resolve(source).normalize(),
          SourceDirectory.join(dir.display(), source)), call.calls());
    }
  }

  /** The given directories, or the plan's directory, or the current one: those with .tf files. */
  private List<Root> roots(Plan p) {
    if (!given.isEmpty()) return given;
    Path dir = p.path().toAbsolutePath().normalize().getParent();
    if (dir != null && SourceDirectory.hasTfFiles(dir)) {
      int slash = p.file().replace('\\', '/').lastIndexOf('/');
      return List.of(new Root(dir, slash < 0 ? "" : p.file().substring(0, slash)));
    }
    if (SourceDirectory.hasTfFiles(workingDirectory)) {
      return List.of(new Root(workingDirectory, ""));
    }
    return List.of();
  }

  private Finding map(Finding f, Map<String, List<Root>> roots) {
    Set<SourceRef> related = new LinkedHashSet<>();
    SourceRef location = f.location();
    if (plans.containsKey(location.file())) {
      Placement placed = place(location, roots.get(location.file()), true);
      if (placed != null) {
        location = placed.location();
        related.addAll(placed.moduleCalls());
      }
    }
    for (SourceRef r : f.related()) {
      Placement placed = plans.containsKey(r.file())
          ? place(r, roots.get(r.file()), false) : null;
      related.add(placed == null ? r : placed.location());
    }
    if (location == f.location()) {
      if (related.equals(new LinkedHashSet<>(f.related()))) return f;
    } else {
      related.add(f.location());
    }
    related.remove(location);
    return new Finding(f.ruleId(), f.severity(), f.message(), location, List.copyOf(related),
        f.tool());
  }

  /** The declaration of a plan location, or null; a finding's own misses are counted. */
  private Placement place(SourceRef ref, List<Root> candidates, boolean count) {
    if (candidates.isEmpty()) {
      if (count) miss(ref, "no .tf sources for this plan");
      return null;
    }
    TfAddress address = TfAddress.parse(ref.resource()).orElse(null);
    if (address == null) {
      if (count) miss(ref, "not located on a resource");
      return null;
    }
    String firstMiss = null;
    for (Root root : candidates) {
      Outcome outcome = place(ref, address, root);
      if (outcome.placement() != null) return outcome.placement();
      if (firstMiss == null) firstMiss = outcome.miss();
    }
    if (count) miss(ref, firstMiss);
    return null;
  }

  private Outcome place(SourceRef ref, TfAddress address, Root root) {
    PlanConfiguration config = configuration(ref.file());
    SourceDirectory dir = directory(root.path(), root.display());
    if (dir == null) return Outcome.miss("a source directory could not be read");
    Map<String, ModuleCall> calls = config.rootCalls();
    List<SourceRef> moduleCalls = new ArrayList<>();
    String callPath = "";
    for (String name : address.modules()) {
      ModuleCall call = calls.get(name);
      if (call == null) return Outcome.miss("module call not in the plan's configuration");
      Declaration block = dir.find("module", name).orElse(null);
      if (block == null) return missing(dir, "no module \"" + name + "\" block");
      if (!call.local()) {
        // a registry or git module: its call is the only line in these sources
        return new Outcome(new Placement(at(block, block.block().start(), ref.resource()),
            moduleCalls), null);
      }
      // a related location named by the call, module.network.module.edge, not the resource
      callPath = (callPath.isEmpty() ? "" : callPath + ".") + "module." + name;
      moduleCalls.add(at(block, block.block().start(), callPath));
      String source = call.source().replace('\\', '/');
      dir = directory(dir.path().resolve(source).normalize(),
          SourceDirectory.join(dir.display(), source));
      if (dir == null) return Outcome.miss("a local module directory could not be read");
      calls = call.calls();
    }
    Declaration block = dir.find(address.blockType(), address.type(), address.name())
        .orElse(null);
    if (block == null) {
      return missing(dir, "no " + address.blockType() + " block");
    }
    Position at = block.block().start();
    String attribute = config.attributeAt(ref.resource(), new Position(ref.line(), ref.column()))
        .orElse(null);
    if (attribute != null) {
      HclAttribute written = block.block().attribute(attribute).orElse(null);
      if (written != null && written.literal()) at = written.start();
      if (written == null) at = nestedBlock(block.block(), attribute).orElse(at);
    }
    return new Outcome(new Placement(at(block, at, ref.resource()), moduleCalls), null);
  }

  /**
   * The one nested block that writes an attribute of the plan ({@code ingress {}}); none when
   * there are several, whose order the plan does not keep, or a {@code dynamic} one.
   */
  private static Optional<Position> nestedBlock(HclBlock block, String type) {
    List<HclBlock> written = block.blocks().stream().filter(b -> b.type().equals(type)).toList();
    boolean dynamic = block.blocks().stream().anyMatch(b -> b.is("dynamic", type));
    return written.size() == 1 && !dynamic ? Optional.of(written.get(0).start())
        : Optional.empty();
  }

  private static Outcome missing(SourceDirectory dir, String what) {
    return Outcome.miss(dir.anyUnreadable() ? "a .tf file could not be read"
        : what + " in the sources");
  }

  private SourceDirectory directory(Path path, String display) {
    if (directories.containsKey(path)) return directories.get(path);
    SourceDirectory dir;
    try {
      dir = SourceDirectory.read(path, display);
    } catch (IOException | RuntimeException e) {
      dir = null;
    }
    directories.put(path, dir);
    return dir;
  }

  private static SourceRef at(Declaration d, Position p, String resource) {
    return new SourceRef(d.file().file(), p.line(), p.column(), resource);
  }

  private void miss(SourceRef ref, String reason) {
    unmapped.merge(reason, 1, Integer::sum);
    if (unmappedFile == null || ref.file().compareTo(unmappedFile) < 0) unmappedFile = ref.file();
  }

  private Diagnostic unmappedDiagnostic() {
    int total = unmapped.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder m = new StringBuilder().append(total)
        .append(total == 1 ? " finding keeps its" : " findings keep their")
        .append(" plan location, not found in the Terraform sources: ");
    String sep = "";
    for (Map.Entry<String, Integer> e : unmapped.entrySet()) {
      m.append(sep).append(e.getKey()).append(" (").append(e.getValue()).append(')');
      sep = "; ";
    }
    return Diagnostic.info(unmappedFile, 1, 1, m.append(
        "; give the root module's directory with --tf-source").toString());
  }
}
