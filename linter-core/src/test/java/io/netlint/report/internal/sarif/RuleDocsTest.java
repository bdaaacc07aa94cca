package io.netlint.report.internal.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleDocsTest {

  @Test
  void aMissingPageIsNoPage() {
    RuleDescriptor d = new RuleDescriptor("NET999", "nothing", "Nothing", Severity.INFO,
        List.of(), (n, c) -> { });
    assertThat(RuleDocs.fromClassPath().apply(d)).isEmpty();
  }

  @Test
  void helpLinksOnlyForNetlintsOwnRules() {
    assertThat(RuleDocs.helpUri("NET101")).contains(RuleDocs.PAGES_URL + "NET101.md");
    assertThat(RuleDocs.helpUri("NET950")).isEmpty();
    assertThat(RuleDocs.helpUri("not-an-id")).isEmpty();
  }

  @Test
  void descriptionIsTheStartOfWhatItDetects() {
    String page = "# NET1 x\r\n\r\n**Default severity:** error \u00b7 **Tags:** a\r\n\r\n"
        + "## What it detects\n\n```yaml\ncode: here\n```\n\n| a | b |\n\nThe *real* `first`"
        + " paragraph,\nwith a [link](NET2.md).\n\nSecond.\n\n## Why\n\nNo.\n";
    assertThat(RuleDocs.description(page))
        .contains("The real first paragraph, with a link.");
  }

  @Test
  void aParagraphEndingInAColonBringsItsList() {
    String page = "# NET1 x\n\n## What it detects\n\nOne of these:\n\n- **A.** one\n- B\n\n"
        + "Later.\n";
    assertThat(RuleDocs.description(page)).contains("One of these: - A. one - B");
  }

  @Test
  void withoutTheSectionThePageBelowItsTitleAndSeverityLine() {
    assertThat(RuleDocs.description("# T\n\n**Default severity:** info\n\nBody text.\n"))
        .contains("Body text.");
    assertThat(RuleDocs.description("# Only a title\n")).isEmpty();
  }

  @Test
  void relativeLinksBecomeAbsoluteAndOthersStay() {
    assertThat(RuleDocs.markdown("[a](NET2.md) [b](https://x.y/z) [c](#anchor) [d](/abs)"))
        .isEqualTo("[a](" + RuleDocs.PAGES_URL + "NET2.md) [b](https://x.y/z) [c](#anchor)"
            + " [d](/abs)");
  }

  @Test
  void clipsAtAWordWithAMark() {
    String clipped = RuleDocs.clip("word ".repeat(400), 1024);
    assertThat(clipped).hasSizeLessThanOrEqualTo(1024).endsWith("word\u2026");
    assertThat(RuleDocs.clip("short", 1024)).isEqualTo("short");
  }
}
