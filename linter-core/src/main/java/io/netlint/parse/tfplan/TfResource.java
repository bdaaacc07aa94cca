package io.netlint.parse.tfplan;

import io.netlint.parse.tree.Position;
import java.util.Optional;

/**
 * One resource instance of a plan or state.
 *
 * @param address the absolute address as the plan writes it
 * @param moduleInstance canonical module instance path ({@code module.net["a"]}), "" for the root
 * @param configModule the same path without instance keys, as configuration is keyed
 * @param configAddress module-relative address without instance key ({@code aws_vpc.this},
 *     {@code data.aws_vpc.shared})
 * @param key canonical instance key ({@code 0}, {@code "hq"}) or null without count/for_each
 * @param position where the resource's {@code "address"} key is written
 * @param canonical the canonical absolute address, used for lookups
 */
record TfResource(String address, String type, boolean data, String moduleInstance,
    String configModule, String configAddress, String key, TfObject values, Position position,
    String canonical) {

  TfResource(String address, String type, boolean data, String moduleInstance,
      String configModule, String configAddress, String key, TfObject values, Position position) {
    this(address, type, data, moduleInstance, configModule, configAddress, key, values, position,
        prefix(moduleInstance) + configAddress + (key == null ? "" : "[" + key + "]"));
  }

  /** All instances of one resource block in one module instance share this. */
  String group() {
    return group(moduleInstance, configAddress);
  }

  static String group(String moduleInstance, String configAddress) {
    return prefix(moduleInstance) + configAddress;
  }

  static String prefix(String moduleInstance) {
    return moduleInstance.isEmpty() ? "" : moduleInstance + ".";
  }

  /** Splits an absolute address; empty when it is not a resource address. */
  static Optional<TfResource> of(String address, String type, TfObject values, Position position) {
    Optional<TfTraversal> parsed = TfTraversal.parse(address);
    if (parsed.isEmpty()) return Optional.empty();
    TfTraversal t = parsed.get();
    int i = 0;
    StringBuilder instance = new StringBuilder();
    StringBuilder config = new StringBuilder();
    while ("module".equals(t.name(i)) && t.name(i + 1) != null) {
      int end = i + 2;
      if (t.key(end) != null) end++;
      if (instance.length() > 0) instance.append('.');
      instance.append(t.render(i, end));
      if (config.length() > 0) config.append('.');
      config.append("module.").append(t.name(i + 1));
      i = end;
    }
    boolean data = "data".equals(t.name(i));
    if (data) i++;
    String rtype = t.name(i);
    String rname = t.name(i + 1);
    if (rtype == null || rname == null) return Optional.empty();
    TfTraversal.Key key = t.key(i + 2);
    int end = i + 2 + (key == null ? 0 : 1);
    if (end != t.size() || (key != null && key.value() == null)) return Optional.empty();
    String configAddress = (data ? "data." : "") + rtype + "." + rname;
    String resolvedType = type == null || type.isEmpty() ? rtype : type;
    return Optional.of(new TfResource(address, resolvedType, data, instance.toString(),
        config.toString(), configAddress, key == null ? null : key.render(), values, position));
  }

  /** The same instance with its values (and, for data sources, the mode the plan states). */
  TfResource with(TfObject newValues, boolean isData) {
    return new TfResource(address, type, data || isData, moduleInstance, configModule,
        configAddress, key, newValues, position, canonical);
  }

  /** Context for resolving this instance's own configuration references. */
  TfRefResolver.Context context() {
    return new TfRefResolver.Context(moduleInstance, configModule, key);
  }
}
