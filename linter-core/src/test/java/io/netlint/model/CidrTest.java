package io.netlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CidrTest {

  @ParameterizedTest(name = "{0} overlaps {1}: {2}")
  @CsvSource({
      "10.0.0.0/16, 10.0.128.0/17, true",
      "10.0.0.0/16, 10.1.0.0/16, false",
      "10.0.0.0/8, 10.255.255.255/32, true",
      "0.0.0.0/0, 192.168.1.0/24, true",
      "10.0.0.0/24, 10.0.1.0/24, false",
      "2001:db8::/32, 2001:db8:1::/48, true",
      "2001:db8::/32, 2001:db9::/32, false",
      "10.0.0.0/8, ::/0, false"})
  void overlapsIsSymmetricAndExact(String a, String b, boolean expected) {
    assertThat(Cidr.of(a).overlaps(Cidr.of(b))).isEqualTo(expected);
    assertThat(Cidr.of(b).overlaps(Cidr.of(a))).isEqualTo(expected);
  }

  @Test
  void containsIsDirectional() {
    assertThat(Cidr.of("10.0.0.0/16").contains(Cidr.of("10.0.3.0/24"))).isTrue();
    assertThat(Cidr.of("10.0.3.0/24").contains(Cidr.of("10.0.0.0/16"))).isFalse();
    assertThat(Cidr.of("10.0.0.0/16").contains(Cidr.of("10.1.0.0/24"))).isFalse();
  }

  @Test
  void keepsTextButComparesTheNetwork() {
    Cidr c = Cidr.of("10.100.119.0/21");
    assertThat(c.hostBitsSet()).isTrue();
    assertThat(c.text()).isEqualTo("10.100.119.0/21");
    assertThat(c.canonical()).isEqualTo("10.100.112.0/21");
    assertThat(Cidr.of("10.100.112.0/21").hostBitsSet()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10.0.0.0", "10.0.0.256/16", "10.0.0.0/33", "a.b.c.d/8",
      "10.0.0/8", "2001:db8::/129", "1::2::3/64", "10.0.0.0/-1", "${Cidr}"})
  void rejectsMalformedText(String text) {
    assertThat(Cidr.parse(text)).isEmpty();
  }

  @Test
  void subnetMatchesFnCidrDocumentationExample() {
    // Fn::Cidr ["192.168.0.0/24", 6, 5]: six /27s
    Cidr block = Cidr.of("192.168.0.0/24");
    List<String> subnets = IntStream.range(0, 6)
        .mapToObj(i -> block.subnet(i, 5).orElseThrow().text()).toList();
    assertThat(subnets).containsExactly("192.168.0.0/27", "192.168.0.32/27", "192.168.0.64/27",
        "192.168.0.96/27", "192.168.0.128/27", "192.168.0.160/27");
    assertThat(block.subnet(8, 5)).isEmpty();
    assertThat(block.subnet(0, 9)).isEmpty();
  }

  @Test
  void ipv6SubnetsAndCanonicalForm() {
    Cidr block = Cidr.of("2001:db8::/56");
    assertThat(block.subnet(1, 64).orElseThrow().canonical()).isEqualTo("2001:db8:0:1::/64");
    assertThat(Cidr.of("::/0").canonical()).isEqualTo("::/0");
  }
}
