package io.netlint.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes resource instances as {@code terraform show -json} does: one line of JSON with
 * {@code planned_values} (known values, nested by module instance), {@code resource_changes} (one
 * create per instance, unknown values marked in {@code after_unknown}) and the
 * {@code configuration} the instances came from.
 */
final class PlanWriter {

  static final String PROVIDER = "registry.terraform.io/hashicorp/aws";

  /**
   * One resource instance.
   *
   * @param module the module instance address, empty for the root module
   * @param index null, an Integer ({@code count}) or a String ({@code for_each})
   * @param values the known values after apply
   * @param unknown {@code after_unknown}: attribute name to true, or a nested mask
   * @param sensitive {@code after_sensitive}
   */
  record Instance(String module, String type, String name, Object index,
      Map<String, Object> values, Map<String, Object> unknown, Map<String, Object> sensitive) {

    String address() {
      StringBuilder b = new StringBuilder();
      if (!module.isEmpty()) b.append(module).append('.');
      b.append(type).append('.').append(name);
      if (index instanceof Integer i) b.append('[').append(i).append(']');
      if (index instanceof String s) b.append("[\"").append(s).append("\"]");
      return b.toString();
    }
  }

  private static final class ModuleNode {
    final String address;
    final List<Instance> resources = new ArrayList<>();
    final List<ModuleNode> children = new ArrayList<>();

    ModuleNode(String address) {
      this.address = address;
    }
  }

  private final ModuleNode root = new ModuleNode("");
  private final Map<String, ModuleNode> modules = new LinkedHashMap<>();
  private final List<Instance> changes = new ArrayList<>();

  PlanWriter() {
    modules.put("", root);
  }

  /** Declares a module instance under its parent; parents come first. */
  void module(String parent, String address) {
    ModuleNode node = new ModuleNode(address);
    modules.get(parent).children.add(node);
    modules.put(address, node);
  }

  void add(Instance instance) {
    modules.get(instance.module()).resources.add(instance);
    changes.add(instance);
  }

  int size() {
    return changes.size();
  }

  void write(OutputStream out, Map<String, Object> variables, Map<String, Object> configuration)
      throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("format_version", "1.2");
      g.writeStringField("terraform_version", "1.9.8");
      g.writeFieldName("variables");
      writeValue(g, variables);
      g.writeObjectFieldStart("planned_values");
      g.writeFieldName("root_module");
      writeModule(g, root);
      g.writeEndObject();
      g.writeArrayFieldStart("resource_changes");
      for (Instance r : changes) writeChange(g, r);
      g.writeEndArray();
      g.writeFieldName("configuration");
      writeValue(g, configuration);
      g.writeStringField("timestamp", "2025-01-01T00:00:00Z");
      g.writeBooleanField("applyable", true);
      g.writeBooleanField("complete", true);
      g.writeBooleanField("errored", false);
      g.writeEndObject();
    }
  }

  private static void writeModule(JsonGenerator g, ModuleNode m) throws IOException {
    g.writeStartObject();
    if (!m.address.isEmpty()) g.writeStringField("address", m.address);
    if (!m.resources.isEmpty()) {
      g.writeArrayFieldStart("resources");
      for (Instance r : m.resources) {
        g.writeStartObject();
        head(g, r);
        g.writeNumberField("schema_version", 0);
        g.writeFieldName("values");
        writeValue(g, r.values());
        g.writeFieldName("sensitive_values");
        writeValue(g, r.sensitive());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!m.children.isEmpty()) {
      g.writeArrayFieldStart("child_modules");
      for (ModuleNode c : m.children) writeModule(g, c);
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeChange(JsonGenerator g, Instance r) throws IOException {
    g.writeStartObject();
    g.writeStringField("address", r.address());
    if (!r.module().isEmpty()) g.writeStringField("module_address", r.module());
    g.writeStringField("mode", "managed");
    g.writeStringField("type", r.type());
    g.writeStringField("name", r.name());
    index(g, r);
    g.writeStringField("provider_name", PROVIDER);
    g.writeObjectFieldStart("change");
    g.writeArrayFieldStart("actions");
    g.writeString("create");
    g.writeEndArray();
    g.writeNullField("before");
    g.writeFieldName("after");
    writeValue(g, r.values());
    g.writeFieldName("after_unknown");
    writeValue(g, r.unknown());
    g.writeBooleanField("before_sensitive", false);
    g.writeFieldName("after_sensitive");
    writeValue(g, r.sensitive());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void head(JsonGenerator g, Instance r) throws IOException {
    g.writeStringField("address", r.address());
    g.writeStringField("mode", "managed");
    g.writeStringField("type", r.type());
    g.writeStringField("name", r.name());
    index(g, r);
    g.writeStringField("provider_name", PROVIDER);
  }

  private static void index(JsonGenerator g, Instance r) throws IOException {
    if (r.index() instanceof Integer i) g.writeNumberField("index", i);
    if (r.index() instanceof String s) g.writeStringField("index", s);
  }

  static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object item : l) writeValue(g, item);
      g.writeEndArray();
    } else {
      JsonScalars.write(g, v);
    }
  }
}
