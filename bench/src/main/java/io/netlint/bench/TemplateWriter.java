package io.netlint.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a template tree (maps, lists, strings, numbers, booleans and {@link Fn}) as YAML with
 * short-form tags, the way people write templates by hand, or as indented JSON.
 */
final class TemplateWriter {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 _./:-]*");
  /** YAML 1.1 reads these as booleans or null; CloudFormation tools disagree, so quote them. */
  private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true",
      "false", "null");
  private static final JsonFactory JSON = new JsonFactory();
  private static final int FLOW_WIDTH = 72;

  private TemplateWriter() {}

  static String yaml(Map<String, Object> template) {
    StringBuilder out = new StringBuilder(64 * 1024);
    boolean first = true;
    for (Map.Entry<String, Object> section : template.entrySet()) {
      if (!first) out.append('\n');
      first = false;
      out.append(section.getKey()).append(':');
      if (section.getValue() instanceof Map<?, ?> m && !m.isEmpty()) {
        out.append('\n');
        blockMap(out, m, 2, false, true);
      } else {
        value(out, section.getValue(), 2);
      }
    }
    return out.toString();
  }

  static String json(Map<String, Object> template) {
    StringWriter out = new StringWriter(64 * 1024);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      writeJson(g, template);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + "\n";
  }

  // ---- YAML

  /**
   * @param firstInline the first key follows a list dash on the same line
   * @param spaced a blank line between entries, as between the resources of a template
   */
  private static void blockMap(StringBuilder out, Map<?, ?> map, int indent, boolean firstInline,
      boolean spaced) {
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!first && spaced) out.append('\n');
      if (!(first && firstInline)) pad(out, indent);
      first = false;
      out.append(e.getKey()).append(':');
      value(out, e.getValue(), indent + 2);
    }
  }

  /** Writes what follows a key, dash or tag: inline when it fits, else a nested block. */
  private static void value(StringBuilder out, Object v, int indent) {
    if (v instanceof Map<?, ?> m && !m.isEmpty()) {
      out.append('\n');
      blockMap(out, m, indent, false, false);
    } else if (v instanceof List<?> l && !l.isEmpty() && !fitsFlow(l)) {
      out.append('\n');
      blockList(out, l, indent);
    } else if (v instanceof Fn fn && !inline(fn)) {
      out.append(" !").append(fn.tag());
      value(out, fn.arg(), indent);
    } else {
      out.append(' ').append(flow(v)).append('\n');
    }
  }

  private static void blockList(StringBuilder out, List<?> list, int indent) {
    for (Object item : list) {
      pad(out, indent);
      out.append('-');
      if (item instanceof Map<?, ?> m && !m.isEmpty()) {
        out.append(' ');
        blockMap(out, m, indent + 2, true, false);
      } else {
        value(out, item, indent + 2);
      }
    }
  }

  private static boolean inline(Fn fn) {
    if (fn.name().equals("Fn::GetAtt")) return true;
    if (fn.arg() instanceof List<?> l) return fitsFlow(l);
    return !(fn.arg() instanceof Map<?, ?> m) || m.isEmpty();
  }

  private static boolean fitsFlow(List<?> list) {
    for (Object item : list) {
      if (item instanceof Map<?, ?> m && !m.isEmpty()) return false;
      if (item instanceof Fn fn && !inline(fn)) return false;
    }
    return flow(list).length() <= FLOW_WIDTH;
  }

  private static String flow(Object v) {
    if (v instanceof Fn fn) {
      if (fn.name().equals("Fn::GetAtt") && fn.arg() instanceof List<?> l) {
        return "!GetAtt " + l.get(0) + "." + l.get(1);
      }
      return "!" + fn.tag() + " " + flow(fn.arg());
    }
    if (v instanceof List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) b.append(", ");
        b.append(flow(l.get(i)));
      }
      return b.append(']').toString();
    }
    if (v instanceof Map<?, ?> m && m.isEmpty()) return "{}";
    if (v instanceof String s) return scalar(s);
    return String.valueOf(v);
  }

  private static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !s.endsWith(" ") && !s.contains(": ")
        && !RESERVED.contains(s.toLowerCase())) {
      return s;
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static void pad(StringBuilder out, int indent) {
    for (int i = 0; i < indent; i++) out.append(' ');
  }

  // ---- JSON

  private static void writeJson(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeJson(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object item : l) writeJson(g, item);
      g.writeEndArray();
    } else if (v instanceof Fn fn) {
      g.writeStartObject();
      g.writeFieldName(fn.name());
      writeJson(g, fn.arg());
      g.writeEndObject();
    } else {
      JsonScalars.write(g, v);
    }
  }
}
