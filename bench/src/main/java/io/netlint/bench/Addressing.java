package io.netlint.bench;

/**
 * Non-overlapping VPC ranges: VPC slot {@code i} gets the i-th /21 of 10.0.0.0/8 (8,192 of them),
 * split into eight /24s: public subnets take the first three, private subnets the next three.
 */
final class Addressing {

  static final int VPCS = 8192;
  private static final String[] ZONES = {"a", "b", "c"};

  private Addressing() {}

  static String vpc(int i) {
    int v = Math.floorMod(i, VPCS);
    return "10." + (v >> 5) + "." + ((v & 31) << 3) + ".0/21";
  }

  /** The k-th /24 of VPC i, k in 0..7. */
  static String subnet(int i, int k) {
    int v = Math.floorMod(i, VPCS);
    return "10." + (v >> 5) + "." + (((v & 31) << 3) + k) + ".0/24";
  }

  /** A /24 outside VPC slot i (a spare /24 of the next slot). */
  static String outside(int i) {
    return subnet(i + 1, 6);
  }

  static String zone(String region, int z) {
    return region + ZONES[z];
  }

  static String zoneLetter(int z) {
    return ZONES[z].toUpperCase();
  }

  /** A documentation-range public IP (RFC 5737), distinct for n below 3 * 254. */
  static String publicIp(int n) {
    int block = Math.floorMod(n / 254, 3);
    String prefix = block == 0 ? "192.0.2." : block == 1 ? "198.51.100." : "203.0.113.";
    return prefix + (Math.floorMod(n, 254) + 1);
  }
}
