package io.netlint.model;

import java.util.Comparator;
import java.util.Optional;

/**
 * An IPv4 or IPv6 prefix. Addresses are held as a 128-bit number (two longs); IPv4 uses the low
 * 32 bits. {@link #text()} keeps what the user wrote, which may have host bits set
 * ({@code 10.0.1.0/16}); the range always starts at the network address.
 */
public final class Cidr implements Comparable<Cidr> {

  public enum Family { IPV4, IPV6 }

  public static final Comparator<Cidr> ORDER =
      Comparator.comparing(Cidr::family)
          .thenComparing((a, b) -> compareUnsigned128(a.hi, a.lo, b.hi, b.lo))
          .thenComparingInt(Cidr::prefixLength);

  private final Family family;
  private final long hi;
  private final long lo;
  private final int prefixLength;
  private final boolean hostBitsSet;
  private final String text;

  private Cidr(Family family, long hi, long lo, int prefixLength, boolean hostBitsSet, String text) {
    this.family = family;
    this.hi = hi;
    this.lo = lo;
    this.prefixLength = prefixLength;
    this.hostBitsSet = hostBitsSet;
    this.text = text;
  }

  /** Parses {@code a.b.c.d/n} or an IPv6 prefix; empty when the text is not a CIDR. */
  public static Optional<Cidr> parse(String text) {
    if (text == null) return Optional.empty();
    String s = text.trim();
    int slash = s.indexOf('/');
    if (slash <= 0 || slash == s.length() - 1) return Optional.empty();
    int prefix;
    try {
      String p = s.substring(slash + 1);
      if (p.length() > 3 || !p.chars().allMatch(Character::isDigit)) return Optional.empty();
      prefix = Integer.parseInt(p);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    String addr = s.substring(0, slash);
    if (addr.indexOf(':') >= 0) {
      long[] v6 = parseIpv6(addr);
      if (v6 == null || prefix > 128) return Optional.empty();
      return Optional.of(of(Family.IPV6, v6[0], v6[1], prefix, s));
    }
    long v4 = parseIpv4(addr);
    if (v4 < 0 || prefix > 32) return Optional.empty();
    return Optional.of(of(Family.IPV4, 0, v4, prefix, s));
  }

  /** Parses or throws; for literals in code and tests. */
  public static Cidr of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("not a CIDR: " + text));
  }

  private static Cidr of(Family family, long hi, long lo, int prefix, String text) {
    int bits = family == Family.IPV4 ? 32 : 128;
    int hostBits = bits - prefix;
    long[] mask = hostMask(family, hostBits);
    boolean hostSet = (hi & mask[0]) != 0 || (lo & mask[1]) != 0;
    return new Cidr(family, hi & ~mask[0], lo & ~mask[1], prefix, hostSet, text);
  }

  private static long[] hostMask(Family family, int hostBits) {
    if (family == Family.IPV4) {
      return new long[] {0, hostBits == 0 ? 0 : (hostBits >= 32 ? 0xFFFFFFFFL : (1L << hostBits) - 1)};
    }
    if (hostBits == 0) return new long[] {0, 0};
    if (hostBits < 64) return new long[] {0, (1L << hostBits) - 1};
    if (hostBits == 64) return new long[] {0, -1L};
    if (hostBits == 128) return new long[] {-1L, -1L};
    return new long[] {(1L << (hostBits - 64)) - 1, -1L};
  }

  private static long parseIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) return -1;
    long v = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) return -1;
      int octet = Integer.parseInt(p);
      if (octet > 255) return -1;
      v = (v << 8) | octet;
    }
    return v;
  }

  private static long[] parseIpv6(String s) {
    int dbl = s.indexOf("::");
    if (dbl != s.lastIndexOf("::")) return null;
    String[] head;
    String[] tail;
    if (dbl >= 0) {
      head = s.substring(0, dbl).isEmpty() ? new String[0] : s.substring(0, dbl).split(":", -1);
      tail = s.substring(dbl + 2).isEmpty() ? new String[0] : s.substring(dbl + 2).split(":", -1);
    } else {
      head = s.split(":", -1);
      tail = new String[0];
      if (head.length != 8) return null;
    }
    if (head.length + tail.length > (dbl >= 0 ? 7 : 8)) return null;
    int[] groups = new int[8];
    for (int i = 0; i < head.length; i++) {
      int g = parseGroup(head[i]);
      if (g < 0) return null;
      groups[i] = g;
    }
    for (int i = 0; i < tail.length; i++) {
      int g = parseGroup(tail[i]);
      if (g < 0) return null;
      groups[8 - tail.length + i] = g;
    }
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 4; i++) hi = (hi << 16) | groups[i];
    for (int i = 4; i < 8; i++) lo = (lo << 16) | groups[i];
    return new long[] {hi, lo};
  }

  private static int parseGroup(String g) {
    if (g.isEmpty() || g.length() > 4) return -1;
    try {
      return Integer.parseInt(g, 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  public Family family() { return family; }
  public int prefixLength() { return prefixLength; }
  /** True when the written address had bits set below the prefix ({@code 10.0.1.0/16}). */
  public boolean hostBitsSet() { return hostBitsSet; }
  /** The text as written. */
  public String text() { return text; }

  /** The canonical network form, e.g. {@code 10.0.0.0/16}. */
  public String canonical() {
    if (family == Family.IPV4) {
      return ((lo >>> 24) & 0xFF) + "." + ((lo >>> 16) & 0xFF) + "." + ((lo >>> 8) & 0xFF) + "."
          + (lo & 0xFF) + "/" + prefixLength;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      long word = i < 4 ? hi : lo;
      int shift = (3 - (i % 4)) * 16;
      if (i > 0) sb.append(':');
      sb.append(Long.toHexString((word >>> shift) & 0xFFFF));
    }
    return sb.toString().replaceFirst("(^|:)0(:0)+(:|$)", "::") + "/" + prefixLength;
  }

  /** Last address of the range (high, low words). */
  private long[] last() {
    long[] m = hostMask(family, (family == Family.IPV4 ? 32 : 128) - prefixLength);
    return new long[] {hi | m[0], lo | m[1]};
  }

  public boolean overlaps(Cidr other) {
    if (family != other.family) return false;
    long[] end = last();
    long[] oend = other.last();
    return compareUnsigned128(hi, lo, oend[0], oend[1]) <= 0
        && compareUnsigned128(other.hi, other.lo, end[0], end[1]) <= 0;
  }

  /** True when {@code other} lies wholly inside this range. */
  public boolean contains(Cidr other) {
    if (family != other.family || other.prefixLength < prefixLength) return false;
    long[] m = hostMask(family, (family == Family.IPV4 ? 32 : 128) - prefixLength);
    return (other.hi & ~m[0]) == hi && (other.lo & ~m[1]) == lo;
  }

  /** The same range (ignores how it was written). */
  public boolean sameRange(Cidr other) {
    return family == other.family && hi == other.hi && lo == other.lo
        && prefixLength == other.prefixLength;
  }

  /**
   * The {@code index}-th subnet with {@code hostBits} host bits, as {@code Fn::Cidr} computes it.
   * Empty when it would not fit in this range.
   */
  public Optional<Cidr> subnet(int index, int hostBits) {
    int bits = family == Family.IPV4 ? 32 : 128;
    int newPrefix = bits - hostBits;
    if (hostBits < 0 || newPrefix < prefixLength || index < 0) return Optional.empty();
    int extra = newPrefix - prefixLength;
    if (extra < 31 && index >= (1L << extra)) return Optional.empty();
    // index << hostBits, added to the network address (no carry beyond the range by the check above)
    long addHi;
    long addLo;
    if (hostBits >= 64) {
      addHi = hostBits - 64 >= 64 ? 0 : ((long) index) << (hostBits - 64);
      addLo = 0;
    } else {
      addLo = ((long) index) << hostBits;
      addHi = hostBits == 0 ? 0 : (((long) index) >>> (64 - hostBits));
    }
    long nlo = lo + addLo;
    long carry = Long.compareUnsigned(nlo, lo) < 0 ? 1 : 0;
    long nhi = hi + addHi + carry;
    Cidr c = of(family, nhi, nlo, newPrefix, null);
    return Optional.of(new Cidr(c.family, c.hi, c.lo, c.prefixLength, false, c.canonical()));
  }

  static int compareUnsigned128(long ahi, long alo, long bhi, long blo) {
    int c = Long.compareUnsigned(ahi, bhi);
    return c != 0 ? c : Long.compareUnsigned(alo, blo);
  }

  long startHi() { return hi; }
  long startLo() { return lo; }
  long endHi() { return last()[0]; }
  long endLo() { return last()[1]; }

  @Override
  public int compareTo(Cidr o) { return ORDER.compare(this, o); }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr c && sameRange(c) && hostBitsSet == c.hostBitsSet;
  }

  @Override
  public int hashCode() { return Long.hashCode(hi) * 31 + Long.hashCode(lo) * 7 + prefixLength; }

  /** The text as written. */
  @Override
  public String toString() { return text; }
}
