package io.netlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CidrOverlapsTest {

  @Test
  void findsNestedAndIdenticalPairsOnce() {
    List<String> cidrs = List.of("10.0.0.0/16", "10.0.1.0/24", "10.1.0.0/16", "10.0.0.0/16",
        "192.168.0.0/24");
    List<CidrOverlaps.Pair<String>> pairs = CidrOverlaps.find(cidrs, Cidr::of);
    assertThat(pairs).hasSize(3);
    assertThat(pairs).allSatisfy(p -> assertThat(p.firstCidr().overlaps(p.secondCidr())).isTrue());
  }

  @Test
  void agreesWithAllPairsOnRandomInput() {
    Random random = new Random(42);
    List<Cidr> cidrs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int prefix = 8 + random.nextInt(17);
      long addr = (10L << 24) | (random.nextInt(1 << 20) << 4);
      cidrs.add(Cidr.of(((addr >>> 24) & 255) + "." + ((addr >>> 16) & 255) + "."
          + ((addr >>> 8) & 255) + "." + (addr & 255) + "/" + prefix));
    }
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < cidrs.size(); i++) {
      for (int j = i + 1; j < cidrs.size(); j++) {
        if (cidrs.get(i).overlaps(cidrs.get(j))) expected.add(key(i, j));
      }
    }
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < cidrs.size(); i++) idx.add(i);
    Set<String> actual = new HashSet<>();
    for (CidrOverlaps.Pair<Integer> p : CidrOverlaps.find(idx, cidrs::get)) {
      assertThat(actual.add(key(p.first(), p.second()))).as("pair reported twice").isTrue();
    }
    assertThat(actual).isEqualTo(expected);
  }

  private static String key(int a, int b) {
    return Math.min(a, b) + "-" + Math.max(a, b);
  }
}
