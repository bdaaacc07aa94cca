package io.netlint.parse.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Deeply nested Terraform sources are refused fast with a diagnostic, before the parser. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HclLimitsTest {

  private static HclFile read(String text) {
    long start = System.nanoTime();
    HclFile file = HclReader.read("deep.tf", text);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    return file;
  }

  @Test
  void nestingPastTheLimitIsOneDiagnosticWhateverTheBrackets() {
    for (String open : new String[] {"(", "[", "{", "\"${"}) {
      HclFile file = read("locals {\n  x = " + open.repeat(400) + "1\n}\n");
      assertThat(file.blocks()).isEmpty();
      assertThat(file.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
          .contains("nested too deeply: more than 100 levels"));
    }
  }

  @Test
  void unbalancedDeepNestingEndsFast() {
    // deep and unclosed, like the input the fuzzer left parsing for minutes (339 levels)
    String text = "locals {\n  x = " + "(".repeat(339) + "1 + [" + ")".repeat(20) + "\n}\n";
    assertThat(read(text).diagnostics()).hasSize(1);
  }

  @Test
  void realNestingParses() {
    HclFile file = read("locals {\n  x = " + "(".repeat(60) + "1" + ")".repeat(60) + "\n}\n"
        + "resource \"aws_vpc\" \"a\" {\n  tags = { Name = \"${var.a}-${lower(\"${var.b}\")}\" }\n}\n");
    assertThat(file.diagnostics()).isEmpty();
    assertThat(file.blocks()).hasSize(2);
  }
}
