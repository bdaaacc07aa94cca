package io.netlint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlint.config.NetlintConfig;
import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.model.SourceRef;
import io.netlint.report.JsonReporter;
import io.netlint.report.TextReporter;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleRegistry;
import io.netlint.rule.Severity;
import io.netlint.suppress.EveryVpc;
import io.netlint.suppress.Review;
import io.netlint.suppress.ReviewStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  @TempDir Path dir;

  private static Finding finding(String rule, String file, int line, String resource,
      String message, SourceRef... related) {
    return new Finding(rule, Severity.ERROR, message, new SourceRef(file, line, 3, resource),
        List.of(related));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = BaselineTest.class.getResourceAsStream("/baseline/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Findings in no particular order, with what the format has to carry. */
  private List<Finding> sample() {
    return List.of(
        finding("NET301", "stacks/web.yaml", 40, "WebSg", "Security group 'WebSg' opens port"
            + " 22 to 0.0.0.0/0"),
        finding("NET101", "stacks/vpc.yaml", 12, "VpcA", "VPC 'VpcA' (10.0.0.0/16) overlaps"
                + " VPC 'VpcB' (10.0.128.0/17)",
            new SourceRef("stacks/vpc.yaml", 30, 3, "Peering"),
            new SourceRef("stacks/vpc.yaml", 20, 3, "VpcB")),
        finding("NET301", "stacks/web.yaml", 55, "WebSg", "Security group 'WebSg' opens port"
            + " 22 to 0.0.0.0/0"),
        new Finding("E3012", Severity.WARNING, "Property at line 14 of stacks/web.yaml:14:7"
            + " should be a  string", new SourceRef("stacks/web.yaml", 14, 7, null), List.of(),
            "cfn-lint"),
        finding("NET501", dir.getParent().resolve("elsewhere/plan.json").toString(), 1,
            "aws_vpc_endpoint.s3", "Gateway endpoint in another region"));
  }

  @Test
  void theFileIsSortedStableJsonWithAFormatVersion() throws IOException {
    Baseline b = Baseline.of(sample(), dir, dir);
    String outside = dir.getParent().resolve("elsewhere/plan.json").toString();
    assertThat(b.toJson()).isEqualTo(golden("golden.json").replace("@OUTSIDE@", outside));
    // The same findings in another order give the same bytes.
    List<Finding> reversed = new java.util.ArrayList<>(sample());
    java.util.Collections.reverse(reversed);
    assertThat(Baseline.of(reversed, dir, dir).toJson()).isEqualTo(b.toJson());
  }

  @Test
  void readsWhatItWrites() throws Exception {
    Baseline b = Baseline.of(sample(), dir, dir);
    Path file = dir.resolve("netlint-baseline.json");
    b.write(file);
    Baseline read = Baseline.read(file);
    assertThat(read.entries()).isEqualTo(b.entries());
    assertThat(read.compare(sample(), dir).fresh()).isEmpty();
    assertThat(read.compare(sample(), dir).fixed()).isEmpty();
  }

  @Test
  void pathsAreRelativeToTheBaselinesDirectory() {
    Path sub = dir.resolve("stacks");
    Baseline b = Baseline.of(List.of(finding("NET101", "stacks/vpc.yaml", 1, "V", "m")), sub,
        dir);
    assertThat(b.entries().get(0).file()).isEqualTo("vpc.yaml");
    // Run from another directory, the same file is the same key.
    Finding fromSub = finding("NET101", "vpc.yaml", 9, "V", "m");
    assertThat(b.compare(List.of(fromSub), sub).known()).containsExactly(fromSub);
  }

  @Test
  void lineAndColumnNumbersAreNotPartOfTheKey() {
    assertThat(Baseline.normalise("Duplicate at line 12, column 4 of a.yaml:12:4;  see lines"
        + " 3-5")).isEqualTo("Duplicate at line #, column # of a.yaml; see lines #");
    Finding moved = finding("NET301", "stacks/web.yaml", 90, "WebSg", "Security group 'WebSg'"
        + " opens port 22 to 0.0.0.0/0");
    Baseline b = Baseline.of(sample(), dir, dir);
    assertThat(b.compare(List.of(moved), dir).fresh()).isEmpty();
  }

  @Test
  void aSecondCopyOfAKnownFindingIsNew() {
    Baseline b = Baseline.of(List.of(finding("NET301", "a.yaml", 1, "Sg", "port 22")), dir,
        dir);
    List<Finding> now = List.of(finding("NET301", "a.yaml", 1, "Sg", "port 22"),
        finding("NET301", "a.yaml", 5, "Sg", "port 22"));
    Baseline.Comparison c = b.compare(now, dir);
    assertThat(c.known()).hasSize(1);
    assertThat(c.fresh()).hasSize(1);
  }

  @Test
  void aDifferentValueInTheMessageIsANewFinding() {
    Baseline b = Baseline.of(List.of(finding("NET301", "a.yaml", 1, "Sg", "opens port 22")),
        dir, dir);
    Baseline.Comparison c = b.compare(List.of(finding("NET301", "a.yaml", 1, "Sg",
        "opens port 3389")), dir);
    assertThat(c.fresh()).hasSize(1);
    assertThat(c.fixed()).hasSize(1);
  }

  @Test
  void aBaselineOfAnotherFormatVersionIsRefusedClearly() throws IOException {
    String newer = golden("golden.json").replace("\"version\": 1", "\"version\": 2");
    assertThatThrownBy(() -> Baseline.parse(newer, "netlint-baseline.json", dir))
        .isInstanceOf(BaselineException.class)
        .hasMessage("netlint-baseline.json:3:14: the baseline is format version 2, written by"
            + " a newer netlint; this netlint reads version 1. Rewrite it with"
            + " --write-baseline netlint-baseline.json (its findings are then recorded again as"
            + " they are reported now)");
    String older = golden("golden.json").replace("\"version\": 1", "\"version\": 0");
    assertThatThrownBy(() -> Baseline.parse(older, "b.json", dir))
        .hasMessageContaining("format version 0, written by an older netlint");
    String text = golden("golden.json").replace("\"version\": 1", "\"version\": \"1\"");
    assertThatThrownBy(() -> Baseline.parse(text, "b.json", dir))
        .hasMessage("b.json:3:14: the baseline has no format version this netlint understands;"
            + " rewrite it with --write-baseline b.json");
  }

  @Test
  void otherFilesAreNotBaselines() {
    String checkov = "{\"failed_checks\": [{\"file\": \"/main.tf\", \"findings\": []}]}";
    assertThatThrownBy(() -> Baseline.parse(checkov, "b.json", dir))
        .hasMessage("b.json: not a netlint baseline (no \"format\": \"netlint-baseline\");"
            + " write one with --write-baseline b.json");
    assertThatThrownBy(() -> Baseline.parse("{\"format\": \"netlint-baseline\", \"version\": 1,"
        + " \"findings\": [{\"rule\": \"NET101\"}]}", "b.json", dir))
        .hasMessage("b.json:1:59: \"tool\" must be a string");
    assertThatThrownBy(() -> Baseline.parse("not json", "b.json", dir))
        .hasMessageStartingWith("b.json:1:").hasMessageContaining("not a netlint baseline");
    assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.json")))
        .hasMessageEndingWith("missing.json: no such baseline; create it with --write-baseline "
            + dir.resolve("missing.json"));
  }

  static final String TEMPLATE = """
      Resources:
        VpcA:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
        VpcB:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.1.0.0/16
      """;

  /** The same template moved down, reformatted, with VpcB renamed. */
  static final String EDITED = """
      AWSTemplateFormatVersion: "2010-09-09"
      Description: reformatted; comments and blank lines move every line


      Resources:
          # the first VPC
          VpcA: {Type: "AWS::EC2::VPC", Properties: {CidrBlock: 10.0.0.0/16}}

          VpcRenamed:
              Type: AWS::EC2::VPC
              Properties:
                  CidrBlock: 10.1.0.0/16
      """;

  private LintResult lint() {
    return LintEngine.run(LintRequest.of(List.of(new InputPath(dir.resolve("t.yaml"), "t.yaml")),
        RuleRegistry.of(List.of(new EveryVpc()))));
  }

  @Test
  void aRenamedResourceIsOneFixedAndOneNewFindingAndMovedLinesAreNothing() throws Exception {
    Files.writeString(dir.resolve("t.yaml"), TEMPLATE);
    ReviewStep.Settings settings = ReviewStep.Settings.of(NetlintConfig.empty(dir))
        .withWorkingDirectory(dir);
    Path file = dir.resolve("netlint-baseline.json");
    LintResult first = ReviewStep.applyAndWriteBaseline(lint(), settings, file,
        "netlint-baseline.json");
    assertThat(first.findings()).isEmpty();
    assertThat(first.review().flatMap(Review::baseline).orElseThrow().known()).isEqualTo(2);
    assertThat(Files.readString(file)).contains("\"resource\": \"VpcB\"");

    Files.writeString(dir.resolve("t.yaml"), EDITED);
    LintResult next = ReviewStep.apply(lint(), settings.withBaseline(Baseline.read(file),
        "netlint-baseline.json"));
    assertThat(next.findings()).extracting(f -> f.location().resource())
        .containsExactly("VpcRenamed");
    Review.BaselineOutcome outcome = next.review().flatMap(Review::baseline).orElseThrow();
    assertThat(outcome.known()).isEqualTo(1);
    assertThat(outcome.fixed()).extracting(BaselineEntry::resource).containsExactly("VpcB");

    StringWriter text = new StringWriter();
    new TextReporter().write(next, text);
    assertThat(text.toString()).isEqualTo(
        "t.yaml:9:5: warning NET901 VPC 'VpcRenamed' is here; the run saw 8 as its threshold"
            + " [VpcRenamed]\n"
            + "fixed: t.yaml: NET901 VPC 'VpcB' is here; the run saw 8 as its threshold [VpcB]\n"
            + "netlint: 1 finding (0 errors, 1 warning, 0 info) in 1 file; 1 known from"
            + " netlint-baseline.json, 1 fixed\n");
    StringWriter json = new StringWriter();
    new JsonReporter().write(next, json);
    assertThat(json.toString()).contains("\"baseline\" : {\n    \"file\" : \"netlint-baseline"
        + ".json\",\n    \"known\" : 1,\n    \"fixed\" : [ {\n      \"ruleId\" : \"NET901\"");
  }

  @Test
  void theBaselineIsNotWrittenWhenAnInputCouldNotBeLoaded() throws Exception {
    Files.writeString(dir.resolve("t.yaml"), TEMPLATE);
    Files.writeString(dir.resolve("broken.yaml"), "Resources: [unclosed\n");
    LintResult raw = LintEngine.run(LintRequest.of(List.of(InputPath.of(dir.toString())),
        RuleRegistry.of(List.of(new EveryVpc()))));
    Path file = dir.resolve("b.json");
    LintResult r = ReviewStep.applyAndWriteBaseline(raw, ReviewStep.Settings.of(
        NetlintConfig.empty(dir)).withWorkingDirectory(dir), file, "b.json");
    assertThat(Files.exists(file)).isFalse();
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message())
        .isEqualTo("baseline not written: fix the input problems first, or their findings"
            + " would be missing from it"));
    assertThat(r.findings()).hasSize(2);
  }
}
