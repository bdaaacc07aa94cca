package io.netlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/policies.md stays true: its examples compile, its quick start prints what it shows, and
 * it lists every collection and attribute of the language.
 */
class PolicyDocsTest {

  private static final Path ROOT = Path.of(System.getProperty("netlint.projectRoot", "../"));
  private static final Pattern BLOCK = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL);
  private static final String HEADER = "policy NET999 doc-example\n  severity info\n"
      + "  summary \"An example\"\n";

  private static String doc() throws IOException {
    return Files.readString(ROOT.resolve("docs/policies.md"));
  }

  @Test
  void everyExampleCompiles() throws IOException {
    Matcher m = BLOCK.matcher(doc());
    int checked = 0;
    while (m.find()) {
      String block = m.group(1);
      if (!block.contains("require ") && !block.contains("forbid ")) continue;
      String text = block.startsWith("policy ") || block.startsWith("let ")
          || block.startsWith("#") ? block : HEADER + block;
      PolicySet set = Policies.compile("docs/policies.md", text);
      assertThat(set.diagnostics()).as(text).isEmpty();
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(15);
  }

  @Test
  void theQuickStartFiresAsShown() throws IOException {
    Matcher m = Pattern.compile("Save this as `policies/corporate-range.netpolicy`:\\n\\n```\\n"
        + "(.*?)```.*?\\$ ./netlint lint --policy policies/ (\\S+)\\n(.*?)\\n", Pattern.DOTALL)
        .matcher(doc());
    assertThat(m.find()).isTrue();
    PolicySet set = Policies.compile("corporate-range.netpolicy", m.group(1));
    String input = m.group(2);
    LintResult result = LintEngine.run(LintRequest.of(
        List.of(new InputPath(ROOT.resolve(input), input)),
        RuleRegistry.ofDescriptors(set.rules())));
    assertThat(result.findings()).hasSize(1);
    Finding f = result.findings().get(0);
    assertThat(f.location().file() + ":" + f.location().line() + ":" + f.location().column()
        + ": " + f.severity().label() + " " + f.ruleId() + " " + f.message() + " ["
        + f.location().resource() + "]").isEqualTo(m.group(3));
  }

  @Test
  void everyCollectionAndAttributeIsListed() throws IOException {
    String doc = doc();
    List<String> missing = new ArrayList<>();
    for (String c : Schema.collections().keySet()) {
      if (!doc.contains("| `" + c + "` |")) missing.add(c);
    }
    String common = section(doc, "### Attributes", "#### ");
    for (ObjectType t : Schema.types().values()) {
      String own = section(doc, "#### " + t.name() + "\n", "\n#");
      for (String a : t.attributes().keySet()) {
        if (!own.contains("| `" + a + "` |") && !common.contains("| `" + a + "` |")) {
          missing.add(t.name() + "." + a);
        }
      }
    }
    assertThat(missing).as("missing from docs/policies.md").isEmpty();
  }

  private static String section(String doc, String start, String end) {
    int from = doc.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    int to = doc.indexOf(end, from + start.length());
    return doc.substring(from, to < 0 ? doc.length() : to);
  }
}
