package io.netlint.parse.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A mapping in source order; each entry remembers where its key was written. */
public final class MapNode implements Node {

  /** One key and its value. */
  public record Entry(String key, Position keyPosition, Node value) {}

  private final Position position;
  private final Map<String, Entry> entries;

  public MapNode(Position position, LinkedHashMap<String, Entry> entries) {
    this.position = position;
    this.entries = Collections.unmodifiableMap(entries);
  }

  @Override
  public Position position() { return position; }

  public Map<String, Entry> entries() { return entries; }

  public Node get(String key) {
    Entry e = entries.get(key);
    return e == null ? null : e.value();
  }

  public Optional<Node> find(String key) { return Optional.ofNullable(get(key)); }

  public boolean has(String key) { return entries.containsKey(key); }

  /** Where the key was written, or this map's position when the key is missing. */
  public Position keyPosition(String key) {
    Entry e = entries.get(key);
    return e == null ? position : e.keyPosition();
  }

  public int size() { return entries.size(); }

  /** The key of a one-entry map, as intrinsic functions are written; null otherwise. */
  public String singleKey() {
    return entries.size() == 1 ? entries.keySet().iterator().next() : null;
  }

  /** A string-valued entry, or null. */
  public String text(String key) {
    return get(key) instanceof ScalarNode s && !s.isNull() ? s.text() : null;
  }
}
