package io.netlint.parse.tfplan;

import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import io.netlint.parse.tree.ScalarNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's {@code configuration} (DOMAIN A.6): un-evaluated expressions, one entry per resource
 * block (not per instance), keyed by module path and module-relative address.
 */
final class TfConfig {

  /** One {@code resource} block. */
  record Resource(String address, String type, String providerKey, MapNode expressions) {

    /** The expression of an argument, or null when the argument is not written (or is null). */
    MapNode expression(String name) {
      return TfConfig.expression(expressions, name);
    }

    /** True when the argument or block is written in the configuration. */
    boolean has(String name) {
      Node n = expressions.get(name);
      if (n instanceof ListNode l) return l.size() > 0;
      return expression(name) != null;
    }

    /** The expressions of each occurrence of a nested block. */
    List<MapNode> blocks(String name) {
      Node n = expressions.get(name);
      if (n instanceof ListNode l) {
        return l.items().stream().filter(MapNode.class::isInstance).map(MapNode.class::cast)
            .toList();
      }
      return List.of();
    }
  }

  /** One module (the root or a module call's body). */
  record Module(String path, Map<String, Resource> resources, Map<String, MapNode> calls,
      Map<String, MapNode> outputs, Map<String, Node> variableDefaults) {}

  private final Map<String, Module> modules = new HashMap<>();
  private final Map<String, MapNode> providers = new LinkedHashMap<>();

  static TfConfig read(Node configuration, TfIssues issues) {
    TfConfig config = new TfConfig();
    if (configuration == null) return config;
    if (!(configuration instanceof MapNode root)) {
      issues.warning(configuration.position(),
          "'configuration' is not an object; links through configuration references are lost");
      return config;
    }
    if (root.get("provider_config") instanceof MapNode pc) {
      for (MapNode.Entry e : pc.entries().values()) {
        if (e.value() instanceof MapNode p) config.providers.put(e.key(), p);
      }
    }
    if (root.get("root_module") instanceof MapNode rm) config.readModule("", rm, 0);
    return config;
  }

  private void readModule(String path, MapNode node, int depth) {
    if (depth > 100 || modules.containsKey(path)) return;
    Map<String, Resource> resources = new HashMap<>();
    if (node.get("resources") instanceof ListNode list) {
      for (Node item : list.items()) {
        if (!(item instanceof MapNode r)) continue;
        String address = r.text("address");
        if (address == null) continue;
        MapNode exprs = r.get("expressions") instanceof MapNode m ? m : empty(r.position());
        resources.put(address, new Resource(address, r.text("type"),
            r.text("provider_config_key"), exprs));
      }
    }
    Map<String, MapNode> calls = new HashMap<>();
    if (node.get("module_calls") instanceof MapNode mc) {
      for (MapNode.Entry e : mc.entries().values()) {
        if (e.value() instanceof MapNode call) calls.put(e.key(), call);
      }
    }
    Map<String, MapNode> outputs = new HashMap<>();
    if (node.get("outputs") instanceof MapNode outs) {
      for (MapNode.Entry e : outs.entries().values()) {
        if (e.value() instanceof MapNode o && o.get("expression") instanceof MapNode ex) {
          outputs.put(e.key(), ex);
        }
      }
    }
    Map<String, Node> defaults = new HashMap<>();
    if (node.get("variables") instanceof MapNode vars) {
      for (MapNode.Entry e : vars.entries().values()) {
        if (e.value() instanceof MapNode v && v.has("default")) {
          defaults.put(e.key(), v.get("default"));
        }
      }
    }
    modules.put(path, new Module(path, resources, calls, outputs, defaults));
    for (Map.Entry<String, MapNode> call : calls.entrySet()) {
      if (call.getValue().get("module") instanceof MapNode child) {
        readModule(TfResource.prefix(path) + "module." + call.getKey(), child, depth + 1);
      }
    }
  }

  Module module(String path) { return modules.get(path); }

  Resource resource(String modulePath, String address) {
    Module m = modules.get(modulePath);
    return m == null ? null : m.resources().get(address);
  }

  Map<String, MapNode> providers() { return providers; }

  /** An expression inside an expressions object; null when absent or a null constant. */
  static MapNode expression(MapNode expressions, String name) {
    if (expressions == null || !(expressions.get(name) instanceof MapNode e)) return null;
    if (e.has("constant_value") && e.get("constant_value") instanceof ScalarNode s && s.isNull()
        && !e.has("references")) {
      return null;
    }
    return e;
  }

  private static MapNode empty(Position at) {
    return MapNode.of(at, List.of());
  }
}
