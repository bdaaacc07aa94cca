package io.netlint.report.internal.github;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…::message}), escaped as
 * {@code actions/toolkit} {@code command.ts} does and the runner undoes.
 */
public final class WorkflowCommands {
  private WorkflowCommands() {}

  /** The message part: {@code %} first, so the escapes added after it stay intact. */
  public static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: the runner splits properties on {@code ,} and {@code ::} ends them. */
  public static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }

  /**
   * One command line. Properties with empty values are left out, as the toolkit does; their
   * order is kept.
   */
  public static String command(String name, Map<String, String> properties, String message) {
    Map<String, String> props = new LinkedHashMap<>();
    properties.forEach((k, v) -> {
      if (v != null && !v.isEmpty()) props.put(k, v);
    });
    String p = props.entrySet().stream()
        .map(e -> e.getKey() + "=" + escapeProperty(e.getValue()))
        .collect(Collectors.joining(","));
    return "::" + name + (p.isEmpty() ? "" : " " + p) + "::" + escapeData(message);
  }
}
