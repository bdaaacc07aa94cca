package io.netlint.parse;

import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import java.util.Optional;

/** What an input file is, decided by its content, not its name. */
public enum InputKind {
  CLOUDFORMATION, TERRAFORM_PLAN;

  public static Optional<InputKind> classify(Node root) {
    if (!(root instanceof MapNode map)) return Optional.empty();
    if (map.has("AWSTemplateFormatVersion") || map.get("Resources") instanceof MapNode) {
      return Optional.of(CLOUDFORMATION);
    }
    boolean planShaped = map.has("planned_values") || map.has("resource_changes")
        || map.has("prior_state") || map.has("configuration");
    boolean stateShaped = map.has("format_version") && map.get("values") instanceof MapNode v
        && v.has("root_module");
    if (planShaped || stateShaped) return Optional.of(TERRAFORM_PLAN);
    return Optional.empty();
  }
}
