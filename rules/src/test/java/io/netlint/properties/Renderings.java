package io.netlint.properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.netlint.properties.NetSpec.Ref;
import io.netlint.properties.NetSpec.Resource;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the resources of a {@link NetSpec} as a CloudFormation template (JSON, or YAML in block
 * or flow style, long or short intrinsic forms) or as a Terraform plan ({@code terraform show
 * -json}). A {@link Style} varies what must not matter: resource and key order, logical IDs,
 * indentation and YAML style.
 */
final class Renderings {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TF_STRING_NUMBERS = Set.of("bgp_asn", "amazon_side_asn");

  private Renderings() {}

  /**
   * How a template is written.
   *
   * @param seed shuffles resources and keys when {@code shuffle} is set
   * @param idPrefix starts every logical ID (renaming them all)
   * @param indent JSON indentation, 0 for one line; YAML indents by at least 2
   * @param flowDepth YAML nodes this deep and deeper are written in flow style
   * @param shortForms YAML {@code !Ref} and {@code !ImportValue} rather than the long forms
   */
  record Style(long seed, boolean shuffle, String idPrefix, int indent, int flowDepth,
      boolean shortForms) {
    int yamlIndent() {
      return Math.max(2, indent);
    }

    static Style plain() {
      return new Style(0, false, "Nl", 2, Integer.MAX_VALUE, false);
    }
  }

  /** The logical ID of a neutral name in a style: {@code vpc0subnet1} → {@code NlVpc0subnet1}. */
  static String logicalId(String name, Style style) {
    return style.idPrefix() + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** One template with every resource. */
  static Map<String, Object> template(List<Resource> resources, Style style) {
    return template(resources, style, r -> null, Map.of());
  }

  /**
   * A template of the given resources; {@code imported} names the export a reference to a
   * resource not in this template goes through ({@code Fn::ImportValue}), and {@code exports}
   * adds outputs that export resources of this one.
   */
  static Map<String, Object> template(List<Resource> resources, Style style,
      Function<String, String> imported, Map<String, String> exports) {
    Random random = new Random(style.seed());
    List<Resource> ordered = new ArrayList<>(resources);
    if (style.shuffle()) Collections.shuffle(ordered, random);
    Map<String, Object> res = new LinkedHashMap<>();
    for (Resource r : ordered) {
      Map<String, Object> props = new LinkedHashMap<>();
      List<String> keys = new ArrayList<>(r.cfn().keySet());
      if (style.shuffle()) Collections.shuffle(keys, random);
      for (String k : keys) props.put(k, cfnValue(r.cfn().get(k), style, imported));
      Map<String, Object> body = new LinkedHashMap<>();
      if (style.shuffle() && random.nextBoolean() && !props.isEmpty()) {
        body.put("Properties", props);
        body.put("Type", r.cfnType());
      } else {
        body.put("Type", r.cfnType());
        if (!props.isEmpty()) body.put("Properties", props);
      }
      res.put(logicalId(r.name(), style), body);
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("AWSTemplateFormatVersion", "2010-09-09");
    t.put("Resources", res);
    if (!exports.isEmpty()) {
      Map<String, Object> outputs = new LinkedHashMap<>();
      exports.forEach((name, export) -> outputs.put(logicalId(name, style) + "Out", Map.of(
          "Value", Map.of("Ref", logicalId(name, style)),
          "Export", Map.of("Name", export))));
      t.put("Outputs", outputs);
    }
    return t;
  }

  private static Object cfnValue(Object v, Style style, Function<String, String> imported) {
    if (v instanceof Ref ref) {
      String export = imported.apply(ref.name());
      return export != null ? Map.of("Fn::ImportValue", export)
          : Map.of("Ref", logicalId(ref.name(), style));
    }
    if (v instanceof List<?> list) {
      return list.stream().map(x -> cfnValue(x, style, imported)).toList();
    }
    return v;
  }

  static String json(Map<String, Object> template, Style style) {
    try {
      if (style.indent() == 0) return JSON.writeValueAsString(template);
      DefaultIndenter indenter = new DefaultIndenter(" ".repeat(style.indent()), "\n");
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(indenter).withArrayIndenter(indenter);
      return JSON.writer(printer).writeValueAsString(template);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String yaml(Map<String, Object> template, Style style) {
    StringBuilder out = new StringBuilder();
    yamlMap(template, 0, 0, style, out);
    return out.toString();
  }

  private static void yamlMap(Map<?, ?> map, int depth, int column, Style style,
      StringBuilder out) {
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!first) out.append(" ".repeat(column));
      first = false;
      out.append(e.getKey()).append(':');
      yamlValueAfterKey(e.getValue(), depth + 1, column, style, out);
    }
  }

  private static void yamlValueAfterKey(Object v, int depth, int column, Style style,
      StringBuilder out) {
    if (isIntrinsic(v) && style.shortForms()) {
      out.append(' ').append(shortForm((Map<?, ?>) v)).append('\n');
    } else if (v instanceof Map<?, ?> m && !m.isEmpty() && depth < style.flowDepth()) {
      out.append('\n').append(" ".repeat(column + style.yamlIndent()));
      yamlMap(m, depth, column + style.yamlIndent(), style, out);
    } else if (v instanceof List<?> l && !l.isEmpty() && depth < style.flowDepth()) {
      out.append('\n');
      for (Object item : l) {
        out.append(" ".repeat(column + style.yamlIndent())).append("- ");
        if (item instanceof Map<?, ?> m && !m.isEmpty() && !(isIntrinsic(m) && style.shortForms())
            && depth + 1 < style.flowDepth()) {
          yamlMap(m, depth + 1, column + style.yamlIndent() + 2, style, out);
        } else {
          out.append(flow(item, style)).append('\n');
        }
      }
    } else {
      out.append(' ').append(flow(v, style)).append('\n');
    }
  }

  private static boolean isIntrinsic(Object v) {
    return v instanceof Map<?, ?> m && m.size() == 1
        && (m.containsKey("Ref") || m.containsKey("Fn::ImportValue"));
  }

  private static String shortForm(Map<?, ?> m) {
    Map.Entry<?, ?> e = m.entrySet().iterator().next();
    String tag = e.getKey().equals("Ref") ? "!Ref " : "!ImportValue ";
    return tag + quote(String.valueOf(e.getValue()));
  }

  private static String flow(Object v, Style style) {
    if (isIntrinsic(v) && style.shortForms()) return shortForm((Map<?, ?>) v);
    if (v instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, x) -> parts.add(k + ": " + flow(x, style)));
      return "{" + String.join(", ", parts) + "}";
    }
    if (v instanceof List<?> l) {
      return "[" + String.join(", ", l.stream().map(x -> flow(x, style)).toList()) + "]";
    }
    if (v instanceof String s) return quote(s);
    return String.valueOf(v);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The Terraform address of a neutral name. */
  static String address(Resource r) {
    return r.tfType() + "." + r.name();
  }

  /** A plan of the resources, as {@code terraform show -json} writes one before apply. */
  static String plan(List<Resource> resources) {
    Map<String, Resource> byName = new LinkedHashMap<>();
    for (Resource r : resources) byName.put(r.name(), r);
    List<Object> planned = new ArrayList<>();
    List<Object> configured = new ArrayList<>();
    for (Resource r : resources) {
      Map<String, Object> values = new LinkedHashMap<>();
      Map<String, Object> expressions = new LinkedHashMap<>();
      r.tf().forEach((k, v) -> {
        List<String> refs = references(v, byName);
        if (!refs.isEmpty()) {
          expressions.put(k, Map.of("references", refs));
        } else {
          Object literal = TF_STRING_NUMBERS.contains(k) ? String.valueOf(v) : v;
          values.put(k, literal);
          expressions.put(k, Map.of("constant_value", v));
        }
      });
      if (r.tfType().equals("aws_route_table")) values.put("route", List.of());
      planned.add(ordered("address", address(r), "mode", "managed", "type", r.tfType(),
          "name", r.name(), "provider_name", "registry.terraform.io/hashicorp/aws",
          "schema_version", 0, "values", values, "sensitive_values", Map.of()));
      configured.add(ordered("address", address(r), "mode", "managed", "type", r.tfType(),
          "name", r.name(), "provider_config_key", "aws", "expressions", expressions,
          "schema_version", 0));
    }
    Map<String, Object> plan = ordered(
        "format_version", "1.2",
        "terraform_version", "1.9.5",
        "planned_values", Map.of("root_module", Map.of("resources", planned)),
        "configuration", ordered(
            "provider_config", Map.of("aws", ordered("name", "aws",
                "full_name", "registry.terraform.io/hashicorp/aws",
                "expressions", Map.of("region", Map.of("constant_value", "eu-west-1")))),
            "root_module", Map.of("resources", configured)));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(plan);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> references(Object v, Map<String, Resource> byName) {
    List<String> refs = new ArrayList<>();
    if (v instanceof Ref ref) {
      String a = address(byName.get(ref.name()));
      refs.add(a + ".id");
      refs.add(a);
    } else if (v instanceof List<?> l) {
      for (Object x : l) refs.addAll(references(x, byName));
    }
    return refs;
  }

  private static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }
}
