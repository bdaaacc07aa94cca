package io.netlint.tfsource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resource address without its instance keys: {@code module.net["a"].aws_vpc.main[0]} is the
 * block {@code aws_vpc.main} of module call {@code net}. Every instance of a {@code count} or
 * {@code for_each} resource or module has the same declaration.
 *
 * @param modules the module call names from the root down
 * @param blockType {@code resource} or {@code data}
 */
record TfAddress(List<String> modules, String blockType, String type, String name) {

  static Optional<TfAddress> parse(String address) {
    if (address == null) return Optional.empty();
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (quoted) {
        if (c == '\\') i++;
        else if (c == '"') quoted = false;
      } else if (c == '"' && depth > 0) {
        quoted = true;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (depth == 0 && c == '.') {
        names.add(current.toString());
        current.setLength(0);
      } else if (depth == 0) {
        current.append(c);
      }
    }
    names.add(current.toString());
    if (depth != 0 || quoted || names.stream().anyMatch(String::isEmpty)) return Optional.empty();
    List<String> modules = new ArrayList<>();
    int i = 0;
    while (i + 1 < names.size() && names.get(i).equals("module")) {
      modules.add(names.get(i + 1));
      i += 2;
    }
    String blockType = "resource";
    if (i < names.size() && names.get(i).equals("data")) {
      blockType = "data";
      i++;
    }
    if (i + 2 != names.size()) return Optional.empty();
    return Optional.of(new TfAddress(List.copyOf(modules), blockType, names.get(i),
        names.get(i + 1)));
  }

  /** {@code aws_vpc.main} or {@code data.aws_vpc.main}, as a module-relative declaration. */
  String declaration() {
    return (blockType.equals("data") ? "data." : "") + type + "." + name;
  }
}
