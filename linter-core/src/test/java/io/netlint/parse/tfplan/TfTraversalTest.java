package io.netlint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TfTraversalTest {

  private static String canonical(String s) {
    return TfTraversal.parse(s).map(TfTraversal::render).orElse(null);
  }

  @Test
  void parsesAddressesAndReferences() {
    TfTraversal t = TfTraversal.parse("module.net[\"a.b\"].aws_vpc.this[0].id").orElseThrow();
    assertThat(t.size()).isEqualTo(7);
    assertThat(t.name(0)).isEqualTo("module");
    assertThat(t.key(2)).isEqualTo(new TfTraversal.Key("a.b", true));
    assertThat(t.key(5)).isEqualTo(new TfTraversal.Key("0", false));
    assertThat(t.name(6)).isEqualTo("id");
    assertThat(t.render()).isEqualTo("module.net[\"a.b\"].aws_vpc.this[0].id");
  }

  @Test
  void canonicalFormIgnoresQuotingDifferences() {
    assertThat(canonical("aws_subnet.x[\"a\\\"b\"]")).isEqualTo("aws_subnet.x[\"a\\\"b\"]");
    assertThat(canonical("aws_subnet.x[\"\\u0041\"]")).isEqualTo("aws_subnet.x[\"A\"]");
    assertThat(canonical("aws_subnet.x[007]")).isEqualTo("aws_subnet.x[7]");
    assertThat(canonical("aws_subnet.x[*].id")).isEqualTo("aws_subnet.x[*].id");
    assertThat(canonical("aws_subnet.private[\"app/eu-west-1a\"]"))
        .isEqualTo("aws_subnet.private[\"app/eu-west-1a\"]");
  }

  @Test
  void rejectsMalformedText() {
    assertThat(TfTraversal.parse("")).isEmpty();
    assertThat(TfTraversal.parse("a..b")).isEmpty();
    assertThat(TfTraversal.parse("a[\"x")).isEmpty();
    assertThat(TfTraversal.parse("a[0")).isEmpty();
    assertThat(TfTraversal.parse("a b")).isEmpty();
    assertThat(TfTraversal.parse("a.")).isEmpty();
  }

  @Test
  void prefixes() {
    TfTraversal full = TfTraversal.parse("aws_vpc.a[0].id").orElseThrow();
    assertThat(full.startsWith(TfTraversal.parse("aws_vpc.a[0]").orElseThrow())).isTrue();
    assertThat(full.startsWith(TfTraversal.parse("aws_vpc.a").orElseThrow())).isTrue();
    assertThat(full.startsWith(TfTraversal.parse("aws_vpc.b").orElseThrow())).isFalse();
  }

  @Test
  void splitsResourceAddresses() {
    TfResource r = TfResource.of("module.a[\"x\"].module.b.data.aws_vpc.v[2]", null,
        TfObject.empty(io.netlint.parse.tree.Position.START), io.netlint.parse.tree.Position.START)
        .orElseThrow();
    assertThat(r.moduleInstance()).isEqualTo("module.a[\"x\"].module.b");
    assertThat(r.configModule()).isEqualTo("module.a.module.b");
    assertThat(r.configAddress()).isEqualTo("data.aws_vpc.v");
    assertThat(r.key()).isEqualTo("2");
    assertThat(r.data()).isTrue();
    assertThat(r.type()).isEqualTo("aws_vpc");
    assertThat(TfResource.of("aws_vpc", null, TfObject.empty(io.netlint.parse.tree.Position.START),
        io.netlint.parse.tree.Position.START)).isEmpty();
  }
}
