package io.netlint.parse.tfplan;

import io.netlint.parse.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan as the converter needs it: the planned resource instances in plan order, indexed by
 * address, by resource block and by module call; the configuration; the root variables.
 * Everything is indexed once so that resolving a reference never scans all resources.
 */
final class TfPlan {

  private final String file;
  private final List<TfResource> resources = new ArrayList<>();
  private final Map<String, TfResource> planned = new HashMap<>();
  private final Map<String, TfResource> prior = new HashMap<>();
  private final Map<String, List<TfResource>> groups = new HashMap<>();
  private final Map<String, List<TfResource>> byType = new HashMap<>();
  private final Map<String, Set<String>> moduleInstances = new HashMap<>();
  private final Set<String> knownModuleInstances = new HashSet<>();
  private final Set<String> created = new HashSet<>();
  private final Map<String, Node> variables = new HashMap<>();
  private TfConfig config = new TfConfig();

  TfPlan(String file) {
    this.file = file;
  }

  String file() { return file; }

  /** Planned instances (managed and data) in plan order. */
  List<TfResource> resources() { return resources; }

  TfConfig config() { return config; }

  void config(TfConfig c) { this.config = c; }

  Map<String, Node> variables() { return variables; }

  void addPlanned(TfResource r, boolean isCreated) {
    if (planned.putIfAbsent(r.canonical(), r) != null) return;
    resources.add(r);
    groups.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
    if (!r.data()) {
      byType.computeIfAbsent(r.moduleInstance() + " " + r.type(), k -> new ArrayList<>()).add(r);
    }
    registerModule(r.moduleInstance());
    if (isCreated) created.add(r.canonical());
  }

  /** A resource of the prior state; only data sources become reference targets. */
  void addPrior(TfResource r) {
    prior.putIfAbsent(r.canonical(), r);
    if (r.data() && !planned.containsKey(r.canonical())) {
      planned.put(r.canonical(), r);
      groups.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
      registerModule(r.moduleInstance());
    }
  }

  Optional<TfResource> prior(String canonical) { return Optional.ofNullable(prior.get(canonical)); }

  boolean isCreated(TfResource r) { return created.contains(r.canonical()); }

  Optional<TfResource> instance(String canonical) {
    return Optional.ofNullable(planned.get(canonical));
  }

  /** All instances of one resource block in one module instance, in plan order. */
  List<TfResource> group(String moduleInstance, String configAddress) {
    return groups.getOrDefault(TfResource.group(moduleInstance, configAddress), List.of());
  }

  /** The managed instances of one type in one module instance. */
  List<TfResource> ofType(String moduleInstance, String type) {
    return byType.getOrDefault(moduleInstance + " " + type, List.of());
  }

  /** The instances of a module call made from a module instance. */
  Set<String> moduleInstances(String parentInstance, String call) {
    return moduleInstances.getOrDefault(parentInstance + " " + call, Set.of());
  }

  /** Records a module instance path and all its ancestors. */
  void registerModule(String instance) {
    if (instance.isEmpty() || !knownModuleInstances.add(instance)) return;
    TfTraversal t = TfTraversal.parse(instance).orElse(null);
    if (t == null) return;
    int i = 0;
    String parent = "";
    while ("module".equals(t.name(i)) && t.name(i + 1) != null) {
      int end = i + 2 + (t.key(i + 2) != null ? 1 : 0);
      String child = t.render(0, end);
      moduleInstances.computeIfAbsent(parent + " " + t.name(i + 1), k -> new LinkedHashSet<>())
          .add(child);
      knownModuleInstances.add(child);
      parent = child;
      i = end;
    }
  }
}
