package io.netlint.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void pathStarsStayInOneSegment() {
    Glob g = Glob.path("stacks/*.yaml");
    assertThat(g.matches("stacks/vpc.yaml")).isTrue();
    assertThat(g.matches("stacks/prod/vpc.yaml")).isFalse();
    assertThat(g.matches("vpc.yaml")).isFalse();
  }

  @Test
  void doubleStarSpansSegmentsIncludingNone() {
    Glob g = Glob.path("**/legacy-*.yaml");
    assertThat(g.matches("legacy-a.yaml")).isTrue();
    assertThat(g.matches("a/b/legacy-a.yaml")).isTrue();
    assertThat(g.matches("a/b/new.yaml")).isFalse();
    assertThat(Glob.path("infra/**").matches("infra/a/b.json")).isTrue();
    assertThat(Glob.path("./infra/*.json").matches("infra/b.json")).isTrue();
  }

  @Test
  void questionMarkIsOneCharacter() {
    assertThat(Glob.path("v?.yaml").matches("v1.yaml")).isTrue();
    assertThat(Glob.path("v?.yaml").matches("v10.yaml")).isFalse();
  }

  @Test
  void namesHaveNoSegmentsAndBracketsAreLiteral() {
    assertThat(Glob.name("module.net.*").matches("module.net.aws_vpc.main")).isTrue();
    assertThat(Glob.name("aws_instance.nat[0]").matches("aws_instance.nat[0]")).isTrue();
    assertThat(Glob.name("aws_instance.nat[0]").matches("aws_instance.nat0")).isFalse();
    assertThat(Glob.name("Bastion*").matches(null)).isFalse();
  }
}
