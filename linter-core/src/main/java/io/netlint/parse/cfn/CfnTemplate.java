package io.netlint.parse.cfn;

import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import io.netlint.parse.tree.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sections of one template, with positions, as written (nothing evaluated). */
final class CfnTemplate {

  static final String SAM = "AWS::Serverless-2016-10-31";
  static final String LANGUAGE_EXTENSIONS = "AWS::LanguageExtensions";

  final String file;
  final Map<String, MapNode.Entry> parameters;
  final MapNode mappings;
  final Map<String, MapNode.Entry> conditions;
  final Map<String, CfnResource> resources;
  final Map<String, MapNode.Entry> outputs;
  /** Transform names with where each is written. */
  final Map<String, Position> transforms;
  /** True when some section has an unexpanded {@code Fn::ForEach} loop. */
  final boolean hasForEach;
  /** True when {@code Resources} holds a {@code Fn::Transform} entry. */
  final boolean hasMacro;

  private CfnTemplate(String file, Map<String, MapNode.Entry> parameters, MapNode mappings,
      Map<String, MapNode.Entry> conditions, Map<String, CfnResource> resources,
      Map<String, MapNode.Entry> outputs, Map<String, Position> transforms, boolean hasForEach,
      boolean hasMacro) {
    this.file = file;
    this.parameters = parameters;
    this.mappings = mappings;
    this.conditions = conditions;
    this.resources = resources;
    this.outputs = outputs;
    this.transforms = transforms;
    this.hasForEach = hasForEach;
    this.hasMacro = hasMacro;
  }

  /** Reads the sections; empty (with an error) when there is no usable {@code Resources}. */
  static Optional<CfnTemplate> read(ParsedInput input, Diagnostics diags) {
    if (!(input.root() instanceof MapNode root)) {
      Position at = input.root() == null ? Position.START : input.root().position();
      diags.error(at, input.root() == null ? "template is empty"
          : "template is not a mapping of sections");
      return Optional.empty();
    }
    Node res = root.get("Resources");
    if (!(res instanceof MapNode resMap)) {
      diags.error(res == null ? root.position() : res.position(), res == null
          ? "template has no 'Resources' section" : "'Resources' is not a mapping");
      return Optional.empty();
    }
    return Optional.of(new CfnTemplate(input.file(),
        section(root, "Parameters", diags),
        root.get("Mappings") instanceof MapNode m ? m : null,
        section(root, "Conditions", diags),
        resources(resMap, diags),
        section(root, "Outputs", diags),
        transforms(root.get("Transform"), diags),
        hasForEach(root),
        resMap.has("Fn::Transform")));
  }

  boolean isSam() { return transforms.containsKey(SAM); }

  private static Map<String, MapNode.Entry> section(MapNode root, String name, Diagnostics diags) {
    Node n = root.get(name);
    if (n == null) return Map.of();
    if (!(n instanceof MapNode m)) {
      diags.warning(n, "'" + name + "' is not a mapping; it is ignored");
      return Map.of();
    }
    Map<String, MapNode.Entry> out = new LinkedHashMap<>();
    for (MapNode.Entry e : m.entries().values()) {
      if (e.key().startsWith("Fn::ForEach::")) {
        diags.warning(e.keyPosition(), "'" + e.key() + "' is not expanded; what it would create"
            + " in '" + name + "' is not in the model");
        continue;
      }
      out.put(e.key(), e);
    }
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, CfnResource> resources(MapNode resMap, Diagnostics diags) {
    Map<String, CfnResource> out = new LinkedHashMap<>();
    for (MapNode.Entry e : resMap.entries().values()) {
      String id = e.key();
      if (id.equals("Fn::Transform")) {
        String macro = e.value() instanceof MapNode m && m.text("Name") != null
            ? " '" + m.text("Name") + "'" : "";
        diags.warning(e.keyPosition(), "Fn::Transform macro" + macro
            + " cannot be expanded offline; the model may be incomplete");
        continue;
      }
      if (id.startsWith("Fn::ForEach::")) {
        diags.warning(e.keyPosition(), "'" + id + "' is not expanded; the resources it would create"
            + " are not in the model");
        continue;
      }
      if (!(e.value() instanceof MapNode body)) {
        diags.error(e.keyPosition(), "resource '" + id + "' is not a mapping");
        continue;
      }
      String type = body.text("Type");
      if (type == null) {
        diags.error(e.keyPosition(), "resource '" + id + "' has no 'Type'");
        continue;
      }
      Node props = body.get("Properties");
      if (props instanceof ScalarNode s && (s.isNull() || s.text().isEmpty())) {
        props = null; // an empty 'Properties:' in YAML
      } else if (props != null && !(props instanceof MapNode)) {
        diags.warning(props, "the 'Properties' of '" + id
            + "' are not a mapping; they are ignored");
        props = null;
      }
      out.put(id, new CfnResource(id, e.keyPosition(), type.trim(), body, props,
          body.get("Condition")));
    }
    return Collections.unmodifiableMap(out);
  }

  private static boolean hasForEach(MapNode root) {
    for (String section : List.of("Resources", "Conditions", "Outputs")) {
      if (root.get(section) instanceof MapNode m
          && m.entries().keySet().stream().anyMatch(k -> k.startsWith("Fn::ForEach::"))) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Position> transforms(Node n, Diagnostics diags) {
    Map<String, Position> out = new LinkedHashMap<>();
    List<Node> items = new ArrayList<>();
    if (n instanceof ListNode l) items.addAll(l.items());
    else if (n != null) items.add(n);
    for (Node item : items) {
      if (item instanceof ScalarNode s && !s.isNull()) {
        out.put(s.text(), s.position());
      } else if (item instanceof MapNode m && m.text("Name") != null) {
        out.put(m.text("Name"), m.position());
      } else {
        diags.warning(item, "cannot read this 'Transform' entry; the model may be incomplete");
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
