package io.netlint.parse.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each read limit ends the read with its name, the value met and how to raise it. */
class ReadLimitsTest {

  private static final ReadLimits SMALL = new ReadLimits(8, 20, 12, 6, 400, 30);

  private static SyntaxError refused(String text, TreeReader.Syntax syntax, ReadLimits limits) {
    long start = System.nanoTime();
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> TreeReader.read("hostile", text, syntax, limits));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(t).isInstanceOf(SyntaxError.class);
    SyntaxError e = (SyntaxError) t;
    assertThat(e.getMessage()).startsWith("input too large: ").doesNotContain("\n");
    return e;
  }

  @Test
  void jsonNestedHundredThousandDeepEndsFastAtTheLimit() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    SyntaxError e = refused(deep, TreeReader.Syntax.JSON, ReadLimits.defaults());
    assertThat(e.getMessage()).contains("nesting depth").contains("limit is 500")
        .contains("-Dnetlint.maxNestingDepth=N");
    assertThat(e.position().line()).isEqualTo(1);
    assertThat(e.position().column()).isBetween(500, 502);
  }

  @Test
  void yamlNestedHundredThousandDeepEndsFastAtTheLimit() {
    String flow = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    assertThat(refused(flow, TreeReader.Syntax.YAML, ReadLimits.defaults()).getMessage())
        .contains("nesting depth").contains("-Dnetlint.maxNestingDepth=N");
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < 2_000; i++) block.append(" ".repeat(i)).append("k:\n");
    SyntaxError e = refused(block.toString(), TreeReader.Syntax.YAML, ReadLimits.defaults());
    assertThat(e.getMessage()).contains("nesting depth");
    assertThat(e.position().line()).isBetween(500, 502);
  }

  @Test
  void eachLimitIsNamedWithItsValue() {
    assertThat(refused("{\"a\": \"" + "x".repeat(21) + "\"}", TreeReader.Syntax.JSON, SMALL)
        .getMessage()).contains("string length limit is 20", "-Dnetlint.maxStringLength=N");
    assertThat(refused("{\"" + "k".repeat(13) + "\": 1}", TreeReader.Syntax.JSON, SMALL)
        .getMessage()).contains("key length limit is 12", "-Dnetlint.maxNameLength=N");
    assertThat(refused("{\"a\": 12345678}", TreeReader.Syntax.JSON, SMALL).getMessage())
        .contains("number length limit is 6", "-Dnetlint.maxNumberLength=N");
    assertThat(refused("[" + "1,".repeat(40) + "1]", TreeReader.Syntax.JSON, SMALL).getMessage())
        .contains("more than 30 keys and values", "-Dnetlint.maxTokenCount=N");
    assertThat(refused(" ".repeat(401) + "{}", TreeReader.Syntax.JSON, SMALL).getMessage())
        .contains("document length limit is 400", "-Dnetlint.maxDocumentLength=N");
  }

  @Test
  void yamlMeetsTheSameLimits() {
    assertThat(refused("a: " + "x".repeat(21) + "\n", TreeReader.Syntax.YAML, SMALL).getMessage())
        .contains("string length limit is 20");
    assertThat(refused("a: [" + "1, ".repeat(40) + "1]\n", TreeReader.Syntax.YAML, SMALL)
        .getMessage()).contains("more than 30 keys and values");
    assertThat(refused("a: b\n".repeat(100), TreeReader.Syntax.YAML, SMALL).getMessage())
        .contains("document length limit is 400");
  }

  @Test
  void aRaisedLimitLetsTheDocumentThrough() {
    String deep = "[".repeat(600) + "]".repeat(600);
    ReadLimits raised = new ReadLimits(1_000, 20, 12, 6, 10_000, 10_000);
    assertThatCode(() -> TreeReader.read("deep.json", deep, TreeReader.Syntax.JSON, raised))
        .doesNotThrowAnyException();
  }

  @Test
  void systemPropertiesRaiseTheDefaults() throws SyntaxError {
    String deep = "[".repeat(600) + "]".repeat(600);
    assertThatThrownBy(() -> TreeReader.read("deep.json", deep, TreeReader.Syntax.JSON))
        .isInstanceOf(SyntaxError.class);
    System.setProperty("netlint.maxNestingDepth", "1000");
    try {
      assertThat(ReadLimits.fromSystemProperties().maxNestingDepth()).isEqualTo(1_000);
      assertThat(TreeReader.read("deep.json", deep, TreeReader.Syntax.JSON).root())
          .isInstanceOf(ListNode.class);
    } finally {
      System.clearProperty("netlint.maxNestingDepth");
    }
    assertThat(ReadLimits.fromSystemProperties()).isEqualTo(ReadLimits.defaults());
  }

  @Test
  void yamlBillionLaughsEndsFastWithOneDiagnostic() throws SyntaxError {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String previous = "a";
    for (char c = 'b'; c <= 'z'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      yaml.append("]\n");
      previous = String.valueOf(c);
    }
    long start = System.nanoTime();
    TreeReader.Result r = TreeReader.read("lol.yaml", yaml.toString(), TreeReader.Syntax.YAML);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(r.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("alias '*a'").contains("not expanded"));
  }

  @Test
  void aliasesAreNeverExpandedSoTheirNumberIsNoLimit() throws SyntaxError {
    StringBuilder yaml = new StringBuilder("base: &b {a: [1, 2, 3]}\nuses:\n");
    for (int i = 0; i < 10_000; i++) yaml.append("  - *b\n");
    TreeReader.Result r = TreeReader.read("many.yaml", yaml.toString(), TreeReader.Syntax.YAML);
    ListNode uses = (ListNode) ((MapNode) r.root()).get("uses");
    assertThat(uses.items()).hasSize(10_000).allSatisfy(n -> assertThat(n)
        .isInstanceOfSatisfying(ScalarNode.class, s -> assertThat(s.text()).isEqualTo("b")));
    assertThat(r.diagnostics()).hasSize(1);
  }

  @Test
  void aLimitRaisedPastTheStackEndsInADiagnosticNotACrash() {
    String deep = "[".repeat(300_000) + "]".repeat(300_000);
    ReadLimits raised = new ReadLimits(1_000_000, 20, 12, 6, 10_000_000, 10_000_000);
    assertThatThrownBy(() -> TreeReader.read("deep.json", deep, TreeReader.Syntax.JSON, raised))
        .isInstanceOfSatisfying(SyntaxError.class, e -> assertThat(e.getMessage())
            .contains("too deeply nested for the thread stack")
            .contains("-Dnetlint.maxNestingDepth"));
  }
}
