package io.netlint.parse.tfplan;

import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import io.netlint.parse.tree.ScalarNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON tree of {@code terraform show -json} (a plan, or a state) into a {@link TfPlan}.
 * Shape problems become diagnostics; nothing here throws.
 */
final class TfPlanReader {

  /** What {@code resource_changes} says about one instance. */
  private record Change(boolean dropped, boolean created, Node afterUnknown, MapNode after,
      Position position, String address, String type) {}

  private final TfPlan plan;
  private final TfIssues issues;
  /** Changes by address as written; planned_values writes addresses the same way. */
  private final Map<String, Change> changes = new HashMap<>();
  private Map<String, Change> changesByCanonical;

  private TfPlanReader(TfPlan plan, TfIssues issues) {
    this.plan = plan;
    this.issues = issues;
  }

  static TfPlan read(String file, Node root, TfIssues issues) {
    TfPlan plan = new TfPlan(file);
    if (!(root instanceof MapNode doc)) {
      issues.error(root == null ? Position.START : root.position(),
          "not a Terraform plan: the document is not a JSON object");
      return plan;
    }
    new TfPlanReader(plan, issues).readDocument(doc);
    return plan;
  }

  private void readDocument(MapNode doc) {
    checkFormatVersion(doc);
    if (doc.get("errored") instanceof ScalarNode s && "true".equals(s.text())) {
      issues.warning(doc.keyPosition("errored"),
          "the plan is marked 'errored': planning failed, so the model may be partial");
    }
    if (doc.get("variables") instanceof MapNode vars) {
      for (MapNode.Entry e : vars.entries().values()) {
        if (e.value() instanceof MapNode v && v.has("value")) {
          plan.variables().put(e.key(), v.get("value"));
        }
      }
    }
    readChanges(doc);
    Node pv = doc.get("planned_values");
    Node values = doc.get("values");
    if (pv != null) {
      if (!(pv instanceof MapNode pvm)) {
        issues.error(pv.position(), "'planned_values' is not an object; no resources were loaded");
      } else {
        readRootModule(pvm, "planned_values", true);
      }
    } else if (values instanceof MapNode state && state.has("root_module")) {
      readRootModule(state, "values", true); // a state file (terraform show -json of a state)
    } else if (!changes.isEmpty()) {
      readFromChanges();
    } else if (!doc.has("resource_changes")) {
      issues.warning(doc.position(), "the plan has no 'planned_values'; nothing was loaded");
    }
    if (doc.get("prior_state") instanceof MapNode ps && ps.get("values") instanceof MapNode pvs) {
      readRootModule(pvs, "prior_state.values", false);
    }
    plan.config(TfConfig.read(doc.get("configuration"), issues));
  }

  private void checkFormatVersion(MapNode doc) {
    Node fv = doc.get("format_version");
    if (fv == null) return;
    String text = fv instanceof ScalarNode s ? s.text() : null;
    Optional<int[]> version = parseVersion(text);
    boolean supported = version.isPresent()
        && (version.get()[0] == 1 || (version.get()[0] == 0 && version.get()[1] >= 1));
    if (!supported) {
      issues.warning(fv.position(), "unsupported plan format_version '" + text
          + "' (expected >= 0.1 and < 2.0); loading it anyway");
    }
  }

  private static Optional<int[]> parseVersion(String text) {
    if (text == null) return Optional.empty();
    String[] parts = text.trim().split("\\.");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return Optional.of(new int[] {major, minor});
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void readChanges(MapNode doc) {
    Node rc = doc.get("resource_changes");
    if (rc == null) return;
    if (!(rc instanceof ListNode list)) {
      issues.error(rc.position(),
          "'resource_changes' is not an array; unknown values cannot be told from unset ones");
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      Node item = list.get(i);
      if (!(item instanceof MapNode entry)) {
        issues.error(item.position(), "resource_changes[" + i + "] is not an object");
        continue;
      }
      if (entry.has("deposed")) continue; // an old object kept for create_before_destroy
      String address = entry.text("address");
      if (address == null) {
        issues.error(entry.position(), "resource_changes[" + i + "] has no 'address'");
        continue;
      }
      boolean delete = false;
      boolean create = false;
      boolean forget = false;
      Node afterUnknown = null;
      MapNode after = null;
      if (entry.get("change") instanceof MapNode change) {
        if (change.get("actions") instanceof ListNode actions) {
          for (Node a : actions.items()) {
            String action = a instanceof ScalarNode s ? s.text() : null;
            if ("delete".equals(action)) delete = true;
            if ("create".equals(action)) create = true;
            if ("forget".equals(action)) forget = true;
          }
        } else if (change.has("actions")) {
          issues.error(change.keyPosition("actions"),
              "the actions of '" + address + "' are not an array");
        }
        afterUnknown = change.get("after_unknown");
        after = change.get("after") instanceof MapNode m ? m : null;
      } else if (entry.has("change")) {
        issues.error(entry.keyPosition("change"),
            "the change of '" + address + "' is not an object");
      }
      changes.put(address, new Change((delete || forget) && !create, create, afterUnknown, after,
          entry.keyPosition("address"), address, entry.text("type")));
    }
  }

  private Change change(TfResource r) {
    Change c = changes.get(r.address());
    if (c != null || changes.isEmpty()) return c;
    if (changesByCanonical == null) {
      // a hand-edited plan may quote keys differently: fall back to canonical addresses
      changesByCanonical = new HashMap<>();
      for (Change ch : changes.values()) {
        TfTraversal.parse(ch.address())
            .ifPresent(t -> changesByCanonical.putIfAbsent(t.render(), ch));
      }
    }
    return changesByCanonical.get(r.canonical());
  }

  private void readRootModule(MapNode holder, String where, boolean planned) {
    Node rm = holder.get("root_module");
    if (rm == null) return;
    if (!(rm instanceof MapNode module)) {
      if (planned) issues.error(rm.position(), "'" + where + ".root_module' is not an object");
      return;
    }
    readModule(module, where, planned, 0);
  }

  private void readModule(MapNode module, String where, boolean planned, int depth) {
    if (depth > 200) return;
    Node resources = module.get("resources");
    if (resources instanceof ListNode list) {
      for (Node item : list.items()) readResource(item, where, planned);
    } else if (resources != null && planned) {
      issues.error(resources.position(), "'resources' in " + where + " is not an array");
    }
    Node children = module.get("child_modules");
    if (children instanceof ListNode list) {
      for (Node child : list.items()) {
        if (child instanceof MapNode m) {
          readModule(m, where, planned, depth + 1);
        } else if (planned) {
          issues.error(child.position(), "a child module in " + where + " is not an object");
        }
      }
    } else if (children != null && planned) {
      issues.error(children.position(), "'child_modules' in " + where + " is not an array");
    }
  }

  private void readResource(Node item, String where, boolean planned) {
    if (!(item instanceof MapNode r)) {
      if (planned) issues.error(item.position(), "a resource in " + where + " is not an object");
      return;
    }
    String address = r.text("address");
    if (address == null) {
      if (planned) issues.error(r.position(), "a resource in " + where + " has no 'address'");
      return;
    }
    Node valuesNode = r.get("values");
    MapNode values;
    if (valuesNode instanceof MapNode m) {
      values = m;
    } else {
      if (valuesNode != null && !(valuesNode instanceof ScalarNode s && s.isNull()) && planned) {
        issues.error(valuesNode.position(), "the values of '" + address + "' are not an object");
      }
      values = MapNode.of(r.position(), List.of());
    }
    Optional<TfResource> parsed = TfResource.of(address, r.text("type"), null,
        r.keyPosition("address"));
    if (parsed.isEmpty()) {
      if (planned) {
        issues.error(r.keyPosition("address"),
            "cannot read the resource address '" + address + "'");
      }
      return;
    }
    Change change = planned ? change(parsed.get()) : null;
    if (change != null && change.dropped()) return;
    TfResource res = parsed.get().with(
        new TfObject(values, change == null ? null : change.afterUnknown(), issues),
        "data".equals(r.text("mode")));
    if (planned) {
      plan.addPlanned(res, change != null && change.created());
    } else {
      plan.addPrior(res);
    }
  }

  /** A trimmed plan with changes but no planned_values: use each change's {@code after}. */
  private void readFromChanges() {
    for (Change c : changes.values().stream()
        .sorted(Comparator.comparing((Change ch) -> ch.position().line())
            .thenComparing(ch -> ch.position().column()))
        .toList()) {
      if (c.dropped() || c.after() == null) continue;
      TfObject object = new TfObject(c.after(), c.afterUnknown(), issues);
      TfResource.of(c.address(), c.type(), object, c.position())
          .ifPresent(res -> plan.addPlanned(res, c.created()));
    }
  }
}
