package io.netlint.parse.tree;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping in source order; each entry remembers where its key was written. Most mappings of
 * templates and plans have a handful of keys, which are found by a scan; larger ones get an index.
 * A plan holds millions of them, so each costs one array and its entries.
 */
public final class MapNode implements Node {

  /** One key and its value. */
  public record Entry(String key, Position keyPosition, Node value) {}

  /** Up to this many keys a scan is faster than hashing, and needs no table. */
  private static final int SCAN_LIMIT = 8;

  private final Position position;
  private final Entry[] entries;
  private final Map<String, Entry> index;
  /** Made on the first call of {@link #entries()}; loaders walk the same maps several times. */
  private EntriesView view;

  private MapNode(Position position, Entry[] entries, Map<String, Entry> index) {
    this.position = position;
    this.entries = entries;
    this.index = index;
  }

  /** A mapping of these entries, whose keys must differ. */
  public static MapNode of(Position position, List<Entry> entries) {
    Builder b = new Builder();
    for (Entry e : entries) {
      if (b.put(e) != null) throw new IllegalArgumentException("duplicate key " + e.key());
    }
    return b.build(position);
  }

  @Override
  public Position position() { return position; }

  /** The entries by key, in source order; a read-only view. */
  public Map<String, Entry> entries() {
    EntriesView v = view;
    if (v == null) view = v = new EntriesView(); // a race makes two equal views: harmless
    return v;
  }

  public Node get(String key) {
    Entry e = entry(key);
    return e == null ? null : e.value();
  }

  public Optional<Node> find(String key) { return Optional.ofNullable(get(key)); }

  public boolean has(String key) { return entry(key) != null; }

  /** Where the key was written, or this map's position when the key is missing. */
  public Position keyPosition(String key) {
    Entry e = entry(key);
    return e == null ? position : e.keyPosition();
  }

  public int size() { return entries.length; }

  /** The key of a one-entry map, as intrinsic functions are written; null otherwise. */
  public String singleKey() {
    return entries.length == 1 ? entries[0].key() : null;
  }

  /** A string-valued entry, or null. */
  public String text(String key) {
    return get(key) instanceof ScalarNode s && !s.isNull() ? s.text() : null;
  }

  private Entry entry(String key) {
    if (index != null) return index.get(key);
    for (Entry e : entries) {
      if (e.key().equals(key)) return e;
    }
    return null;
  }

  /**
   * Collects the entries of one mapping as a reader meets them. A key met again replaces the
   * earlier entry and takes its place at the end, as a JSON or YAML parser keeps the last one.
   */
  public static final class Builder {
    private final List<Entry> list = new ArrayList<>();
    private Map<String, Entry> index;

    /** Adds the entry; returns the one it replaced, or null. */
    public Entry put(Entry entry) {
      Entry previous = find(entry.key());
      if (previous != null) list.remove(previous);
      list.add(entry);
      if (index != null) {
        index.put(entry.key(), entry);
      } else if (list.size() > SCAN_LIMIT) {
        index = new HashMap<>(list.size() * 2);
        for (Entry e : list) index.put(e.key(), e);
      }
      return previous;
    }

    private Entry find(String key) {
      if (index != null) return index.get(key);
      for (Entry e : list) {
        if (e.key().equals(key)) return e;
      }
      return null;
    }

    public MapNode build(Position position) {
      return new MapNode(position, list.toArray(new Entry[0]), index);
    }
  }

  /** The read-only map that {@link #entries()} returns, backed by this node. */
  private final class EntriesView extends AbstractMap<String, MapNode.Entry> {
    // inside a map, Entry would name Map.Entry: hence MapNode.Entry
    @Override
    public int size() { return entries.length; }

    @Override
    public MapNode.Entry get(Object key) { return key instanceof String k ? entry(k) : null; }

    @Override
    public boolean containsKey(Object key) { return get(key) != null; }

    private final List<MapNode.Entry> values = Collections.unmodifiableList(Arrays.asList(entries));

    @Override
    public Collection<MapNode.Entry> values() { return values; }

    @Override
    public Set<Map.Entry<String, MapNode.Entry>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() { return entries.length; }

        @Override
        public Iterator<Map.Entry<String, MapNode.Entry>> iterator() {
          Iterator<MapNode.Entry> it = Arrays.asList(entries).iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() { return it.hasNext(); }

            @Override
            public Map.Entry<String, MapNode.Entry> next() {
              MapNode.Entry e = it.next();
              return new AbstractMap.SimpleImmutableEntry<>(e.key(), e);
            }
          };
        }
      };
    }
  }
}
