package io.netlint.parse.tfplan;

import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.ScalarNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows configuration references (DOMAIN A.6) to what they name: a resource instance of the
 * plan, or a literal (a known ID, a variable's value). Handles instance keys, module outputs
 * ({@code module.X.out}) and module inputs ({@code var.Y} inside a child module).
 */
final class TfRefResolver {

  /** Where an expression is evaluated: a module instance and the referencing instance's key. */
  record Context(String moduleInstance, String configModule, String key) {
    static final Context ROOT = new Context("", "", null);
  }

  sealed interface Resolved permits Target, Literal {}

  record Target(TfResource resource) implements Resolved {}

  record Literal(String value) implements Resolved {}

  private static final int MAX_DEPTH = 16;

  /** Resources whose ID is another resource's ID: follow the attribute that names it. */
  private static final Map<String, String> ID_ALIASES = Map.of(
      "aws_vpc_peering_connection_accepter", "vpc_peering_connection_id",
      "aws_vpc_peering_connection_options", "vpc_peering_connection_id",
      "aws_ec2_transit_gateway_vpc_attachment_accepter", "transit_gateway_attachment_id",
      "aws_ec2_transit_gateway_peering_attachment_accepter", "transit_gateway_attachment_id");

  /** Attributes that identify the resource itself as far as the model is concerned. */
  private static final Set<String> SELF_ATTRIBUTES = Set.of(
      "aws_instance.primary_network_interface_id",
      "aws_vpn_connection.transit_gateway_attachment_id",
      "aws_dx_gateway_association.transit_gateway_attachment_id",
      "aws_eip.allocation_id");

  private final TfPlan plan;
  /** Reference texts repeat for every instance of a block: parse each once. */
  private final Map<String, Optional<TfTraversal>> parsed = new HashMap<>();

  TfRefResolver(TfPlan plan) {
    this.plan = plan;
  }

  /**
   * What a single-valued argument names; empty when nothing resolves.
   *
   * @param name the argument's name; a reference to a module call whose output name was lost to
   *     a dynamic index ({@code module.x[each.key].vpc_id}) uses the output of that name
   */
  Optional<Resolved> one(Context ctx, MapNode expression, String name) {
    Walk w = new Walk(false, true);
    w.expression(ctx, expression, name, 0);
    return w.out.stream().findFirst();
  }

  /** Everything a list-valued argument names, in reference order. */
  List<Resolved> all(Context ctx, MapNode expression, String name) {
    Walk w = new Walk(true, true);
    w.expression(ctx, expression, name, 0);
    return new ArrayList<>(w.out);
  }

  /** The resources an expression mentions, whatever attribute of them it reads. */
  List<TfResource> subjects(Context ctx, MapNode expression) {
    Walk w = new Walk(true, false);
    w.expression(ctx, expression, null, 0);
    List<TfResource> list = new ArrayList<>();
    for (Resolved r : w.out) if (r instanceof Target t) list.add(t.resource());
    return list;
  }

  /** The first reference of an expression, for messages. */
  static String firstReference(MapNode expression) {
    if (expression != null && expression.get("references") instanceof ListNode refs) {
      for (Node n : refs.items()) {
        if (n instanceof ScalarNode s && s.text() != null) return s.text();
      }
    }
    return null;
  }

  /**
   * One resolution.
   *
   * @param many a list argument: every instance a key-less reference names, not just one
   * @param follow read the attribute a reference names ({@code X.main_route_table_id} is not X);
   *     false to collect the referenced resources themselves
   */
  private final class Walk {
    final boolean many;
    final boolean follow;
    /** A set for lists (splats can name thousands); a single argument needs only a list. */
    final Collection<Resolved> out;

    Walk(boolean many, boolean follow) {
      this.many = many;
      this.follow = follow;
      this.out = many ? new LinkedHashSet<>() : new ArrayList<>(2);
    }

    void expression(Context ctx, MapNode expr, String name, int depth) {
      if (expr == null || depth > MAX_DEPTH) return;
      Node constant = expr.get("constant_value");
      if (constant != null) {
        literals(constant, many);
        return;
      }
      if (!(expr.get("references") instanceof ListNode refs)) return;
      List<TfTraversal> seen = new ArrayList<>();
      boolean keyed = dynamicIndex(refs);
      for (Node n : refs.items()) {
        if (!(n instanceof ScalarNode s) || s.text() == null) continue;
        Optional<TfTraversal> p = parsed.computeIfAbsent(s.text(), TfTraversal::parse);
        if (p.isEmpty()) continue;
        TfTraversal t = p.get();
        // Terraform lists every shorter prefix after the full traversal; they add nothing.
        if (seen.stream().anyMatch(prev -> prev.startsWith(t))) continue;
        seen.add(t);
        int before = out.size();
        traversal(ctx, t, name, keyed, depth);
        if (!many && out.size() > before) return;
      }
    }

    private void literals(Node constant, boolean list) {
      if (constant instanceof ScalarNode s && !s.isNull() && s.text() != null
          && !s.text().isEmpty()) {
        out.add(new Literal(s.text()));
      } else if (list && constant instanceof ListNode l) {
        for (Node item : l.items()) literals(item, false);
      }
    }

    private void traversal(Context ctx, TfTraversal t, String name, boolean keyed, int depth) {
      String head = t.name(0);
      if (head == null) return;
      switch (head) {
        case "var" -> variable(ctx, t.name(1), depth);
        case "module" -> moduleOutput(ctx, t, name, keyed, depth);
        case "data" -> resource(ctx, t, 1, keyed, depth);
        case "local", "each", "count", "path", "self", "terraform" -> { }
        default -> resource(ctx, t, 0, keyed, depth);
      }
    }

    private void resource(Context ctx, TfTraversal t, int start, boolean keyed, int depth) {
      String type = t.name(start);
      String rname = t.name(start + 1);
      if (type == null || rname == null) return;
      String configAddress = (start == 1 ? "data." : "") + type + "." + rname;
      TfTraversal.Key key = t.key(start + 2);
      String attribute = t.name(start + 2 + (key == null ? 0 : 1));
      String group = TfResource.group(ctx.moduleInstance(), configAddress);
      List<TfResource> chosen;
      if (key != null && key.value() != null) {
        chosen = plan.instance(group + "[" + key.render() + "]").map(List::of).orElse(List.of());
      } else {
        chosen = pick(plan.group(ctx.moduleInstance(), configAddress), group, ctx.key(), keyed);
      }
      for (TfResource r : chosen) identity(r, attribute, depth);
    }

    /**
     * The instances a reference without a literal key means: the one with the referencing
     * instance's key (the usual {@code x[each.key]} / {@code x[count.index]}), else all of them
     * for a list, else the only one.
     */
    private List<TfResource> pick(List<TfResource> instances, String group, String key,
        boolean keyed) {
      if (instances.isEmpty() || (many && !keyed)) return instances;
      if (key != null) {
        Optional<TfResource> same = plan.instance(group + "[" + key + "]");
        if (same.isPresent()) return List.of(same.get());
      }
      return many || instances.size() == 1 ? instances : List.of();
    }

    private void identity(TfResource r, String attribute, int depth) {
      if (!follow) {
        out.add(new Target(r));
        return;
      }
      boolean isId = attribute == null || attribute.equals("id") || attribute.equals("arn");
      if (isId && ID_ALIASES.containsKey(r.type())) {
        attribute(r, ID_ALIASES.get(r.type()), depth);
      } else if (isId || SELF_ATTRIBUTES.contains(r.type() + "." + attribute)) {
        if (!r.data()) {
          out.add(new Target(r));
        } else {
          String id = r.values().text(attribute == null ? "id" : attribute);
          if (id != null) out.add(new Literal(id));
        }
      } else {
        attribute(r, attribute, depth);
      }
    }

    /** Another resource's attribute: its known value, or what its own configuration names. */
    private void attribute(TfResource r, String attribute, int depth) {
      TfObject v = r.values();
      if (!many && v.text(attribute) != null) {
        out.add(new Literal(v.text(attribute)));
        return;
      }
      boolean unknownItems = false;
      if (many) {
        for (TfObject.Item item : v.items(attribute)) {
          if (item.text() != null) out.add(new Literal(item.text()));
          else unknownItems = true;
        }
      }
      if (!many || unknownItems || v.node(attribute) == null) {
        TfConfig.Resource config = plan.config().resource(r.configModule(), r.configAddress());
        if (config != null) {
          expression(r.context(), config.expression(attribute), attribute, depth + 1);
        }
      }
    }

    private void moduleOutput(Context ctx, TfTraversal t, String name, boolean keyed,
        int depth) {
      String call = t.name(1);
      if (call == null) return;
      TfTraversal.Key key = t.key(2);
      String output = t.name(2 + (key == null ? 0 : 1));
      String childConfig = TfResource.prefix(ctx.configModule()) + "module." + call;
      TfConfig.Module child = plan.config().module(childConfig);
      if (child == null) return;
      if (output == null) {
        // module.x[each.key].out loses ".out" to the dynamic index; assume the same name
        if (name == null || !child.outputs().containsKey(name)) return;
        output = name;
      }
      MapNode expr = child.outputs().get(output);
      if (expr == null) return;
      String base = TfResource.prefix(ctx.moduleInstance()) + "module." + call;
      Set<String> known = plan.moduleInstances(ctx.moduleInstance(), call);
      String same = ctx.key() == null ? null : base + "[" + ctx.key() + "]";
      List<String> instances = new ArrayList<>();
      if (key != null && key.value() != null) {
        instances.add(base + "[" + key.render() + "]");
      } else if (same != null && known.contains(same) && (keyed || !many)) {
        instances.add(same);
      } else if (many || known.size() == 1) {
        instances.addAll(known);
      }
      if (instances.isEmpty() && known.isEmpty()) instances.add(base);
      for (String instance : instances) {
        expression(new Context(instance, childConfig, ctx.key()), expr, output, depth + 1);
      }
    }

    private void variable(Context ctx, String name, int depth) {
      if (name == null) return;
      if (ctx.configModule().isEmpty()) {
        Node value = plan.variables().get(name);
        if (value == null) {
          TfConfig.Module root = plan.config().module("");
          value = root == null ? null : root.variableDefaults().get(name);
        }
        if (value != null) literals(value, many);
        return;
      }
      ModuleCall call = ModuleCall.of(ctx.moduleInstance(), ctx.configModule());
      if (call == null) return;
      TfConfig.Module parent = plan.config().module(call.parentConfig());
      MapNode callNode = parent == null ? null : parent.calls().get(call.name());
      MapNode expr = callNode != null && callNode.get("expressions") instanceof MapNode exprs
          ? TfConfig.expression(exprs, name) : null;
      if (expr == null) {
        TfConfig.Module self = plan.config().module(ctx.configModule());
        Node dflt = self == null ? null : self.variableDefaults().get(name);
        if (dflt != null) literals(dflt, many);
        return;
      }
      String key = call.key() != null ? call.key() : ctx.key();
      expression(new Context(call.parentInstance(), call.parentConfig(), key), expr, name,
          depth + 1);
    }
  }

  /**
   * True when the expression indexes with {@code each.key}, {@code each.value} or
   * {@code count.index}: a list argument then means the instance with the referencing key, not
   * every instance (as a splat would).
   */
  private static boolean dynamicIndex(ListNode refs) {
    for (Node n : refs.items()) {
      if (n instanceof ScalarNode s && s.text() != null && (s.text().equals("count.index")
          || s.text().startsWith("each.key") || s.text().startsWith("each.value"))) {
        return true;
      }
    }
    return false;
  }

  /** The last module call of a module instance path. */
  record ModuleCall(String parentInstance, String parentConfig, String name, String key) {
    static ModuleCall of(String instance, String configModule) {
      TfTraversal t = TfTraversal.parse(instance).orElse(null);
      if (t == null) return null;
      int last = -1;
      for (int i = 0; i < t.size(); i++) if ("module".equals(t.name(i))) last = i;
      if (last < 0 || t.name(last + 1) == null) return null;
      TfTraversal.Key key = t.key(last + 2);
      int cfgDot = configModule.lastIndexOf(".module.");
      String parentConfig = cfgDot < 0 ? "" : configModule.substring(0, cfgDot);
      return new ModuleCall(t.render(0, last), parentConfig, t.name(last + 1),
          key == null || key.value() == null ? null : key.render());
    }
  }
}
