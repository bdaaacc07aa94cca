package io.netlint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlint.config.ConfigLoader;
import io.netlint.config.NetlintConfig;
import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.report.JsonReporter;
import io.netlint.report.ReportContext;
import io.netlint.report.SarifReporter;
import io.netlint.report.SchemaCheck;
import io.netlint.report.TextReporter;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleRegistry;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewStepTest {

  @TempDir Path dir;

  static final String TEMPLATE = """
      Resources:
        VpcA:
          Type: AWS::EC2::VPC
          Metadata:
            netlint:
              ignore:
                - rule: NET901
                  reason: the shared services VPC, reviewed in NETOPS-12
          Properties:
            CidrBlock: 10.0.0.0/16
        # netlint:ignore NET901 legacy, deleted with the old stack
        VpcB:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.1.0.0/16
        VpcC:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.2.0.0/16
        Sg:  # netlint:ignore NET901 a group is never a VPC, so this one is unused
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: web
            VpcId: !Ref VpcC
      """;

  static final String PLAN = """
      {"format_version": "1.2", "terraform_version": "1.9.5",
       "planned_values": {"root_module": {"resources": [
         {"address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc", "name": "main",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "values": {"cidr_block": "10.8.0.0/16"}},
         {"address": "aws_vpc.edge", "mode": "managed", "type": "aws_vpc", "name": "edge",
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "values": {"cidr_block": "10.9.0.0/16"}}]}}}
      """;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private NetlintConfig config(String text) throws Exception {
    return ConfigLoader.parse(text, ".netlint.yml", dir);
  }

  private LintResult lint(NetlintConfig config, String... names) {
    List<InputPath> inputs = java.util.Arrays.stream(names)
        .map(n -> new InputPath(dir.resolve(n), n)).toList();
    LintRequest request = LintRequest.of(inputs,
        RuleRegistry.of(List.of(new EveryVpc(), new PeeringThreshold()))).withConfig(config);
    LintResult raw = LintEngine.run(request);
    return ReviewStep.apply(raw, ReviewStep.Settings.of(config).withWorkingDirectory(dir));
  }

  private static List<String> shown(List<Finding> findings) {
    return findings.stream().filter(f -> !f.ruleId().equals("NET403"))
        .map(f -> f.ruleId() + " " + f.severity().label() + " " + f.location().file() + ":"
            + f.location().line() + " [" + f.location().resource() + "]").toList();
  }

  @Test
  void suppressionsInTheTemplateLeaveTheFindingsOutOfTheCount() throws Exception {
    write("t.yaml", TEMPLATE);
    LintResult r = lint(NetlintConfig.empty(dir), "t.yaml");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(shown(r.findings())).containsExactly(
        "NET901 warning t.yaml:16 [VpcC]",
        "NET000 info t.yaml:20 [Sg]");
    assertThat(r.failsAt(Optional.of(Severity.WARNING))).isTrue();
    Review review = r.review().orElseThrow();
    assertThat(review.suppressed()).extracting(s -> s.finding().location().resource(),
        s -> s.by().kind(), s -> s.by().reason()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("VpcA", Suppression.Kind.METADATA,
            "the shared services VPC, reviewed in NETOPS-12"),
        org.assertj.core.groups.Tuple.tuple("VpcB", Suppression.Kind.COMMENT,
            "legacy, deleted with the old stack"));
    Finding unused = r.findings().stream().filter(f -> f.ruleId().equals("NET000"))
        .findFirst().orElseThrow();
    assertThat(unused.message()).isEqualTo("Unused suppression: no NET901 finding on 'Sg' to"
        + " suppress (comment); remove it if the finding is fixed (reason given: a group is"
        + " never a VPC, so this one is unused)");
    assertThat(unused.location().column()).isEqualTo(8);
    assertThat(r.rules()).extracting(d -> d.id()).contains("NET000");
  }

  @Test
  void suppressedFindingsDoNotCountForTheExitCode() throws Exception {
    write("t.yaml", TEMPLATE.replace("VpcC:\n", "VpcC:  # netlint:ignore NET901 the app VPC\n")
        .replace("  Sg:  # netlint:ignore NET901 a group is never a VPC, so this one is unused\n",
            "  Sg:\n"));
    LintResult r = lint(NetlintConfig.empty(dir), "t.yaml");
    assertThat(shown(r.findings())).isEmpty();
    assertThat(r.failsAt(Optional.of(Severity.INFO))).isTrue(); // the NET403 probe, not NET901
    assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("NET403");
    assertThat(r.review().orElseThrow().suppressed()).hasSize(3);
  }

  @Test
  void configurationEntriesMatchTerraformAddressesAndFilesByGlob() throws Exception {
    write("plans/net.tfplan.json", PLAN);
    NetlintConfig c = config("""
        ignore:
          - rule: NET901
            resource: "aws_vpc.m*"
            file: "plans/*.json"
            reason: the main VPC predates the network team
          - rule: NET901
            file: "other/*.json"
            reason: not linted in this run, so not judged
          - rule: NET901
            resource: "aws_vpc.gone"
            reason: the VPC was deleted
        """);
    LintResult r = lint(c, "plans/net.tfplan.json");
    assertThat(shown(r.findings())).containsExactly(
        "NET000 info .netlint.yml:9 [null]",
        "NET901 warning plans/net.tfplan.json:6 [aws_vpc.edge]");
    assertThat(r.findings().get(0).message()).isEqualTo("Unused suppression: the ignore: entry"
        + " for NET901 on resource 'aws_vpc.gone' matched no finding; remove it if the finding"
        + " is fixed (reason given: the VPC was deleted)");
    assertThat(r.review().orElseThrow().suppressed()).singleElement().satisfies(s -> {
      assertThat(s.finding().location().resource()).isEqualTo("aws_vpc.main");
      assertThat(s.by().kind()).isEqualTo(Suppression.Kind.CONFIG);
      assertThat(s.by().at().line()).isEqualTo(2);
    });
  }

  @Test
  void severitiesOffRulesAndParametersComeFromTheConfiguration() throws Exception {
    write("t.yaml", TEMPLATE);
    NetlintConfig c = config("""
        rules:
          NET901: {severity: error}
          NET000: {severity: warning}
          NET403: {parameters: {threshold: 3}}
        """);
    LintResult r = lint(c, "t.yaml");
    assertThat(shown(r.findings())).containsExactly(
        "NET901 error t.yaml:16 [VpcC]",
        "NET000 warning t.yaml:20 [Sg]");
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("NET403"))
        .extracting(Finding::message).containsExactly("threshold 3");

    LintResult off = lint(config("rules: {NET901: off, NET000: off}\n"), "t.yaml");
    assertThat(off.rules()).extracting(d -> d.id()).containsExactly("NET403");
    // Suppressions of a rule that is off are neither used nor reported.
    assertThat(shown(off.findings())).isEmpty();
    assertThat(off.diagnostics()).isEmpty();
  }

  @Test
  void aSuppressionOfAnUnknownRuleIsAnError() throws Exception {
    write("t.yaml", TEMPLATE.replace("# netlint:ignore NET901 legacy",
        "# netlint:ignore NET999 legacy"));
    LintResult r = lint(NetlintConfig.empty(dir), "t.yaml");
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
      assertThat(d.line()).isEqualTo(11);
      assertThat(d.message()).isEqualTo("suppression of unknown rule NET999 on 'VpcB';"
          + " `netlint rules` lists the rules");
    });
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void cfnLintSuppressionsAreNotJudgedWhenCfnLintDidNotRun() throws Exception {
    write("t.yaml", TEMPLATE.replace("- rule: NET901", "- rule: E3012"));
    LintResult r = lint(NetlintConfig.empty(dir), "t.yaml");
    assertThat(shown(r.findings())).containsExactly(
        "NET901 warning t.yaml:2 [VpcA]",
        "NET901 warning t.yaml:16 [VpcC]",
        "NET000 info t.yaml:20 [Sg]");
  }

  @Test
  void includeAndExcludeChooseTheInputs() throws Exception {
    write("stacks/a.yaml", TEMPLATE);
    write("stacks/legacy/b.yaml", TEMPLATE);
    LintResult r = lint(config("exclude: [\"stacks/legacy/**\"]\n"), "stacks");
    assertThat(r.filesLoaded()).isEqualTo(1);
    assertThat(lint(config("include: [\"other/**\"]\n"), "stacks").filesLoaded()).isZero();
  }

  @Test
  void reportsListSuppressedFindingsWithTheirReason() throws Exception {
    write("t.yaml", TEMPLATE);
    LintResult r = lint(NetlintConfig.empty(dir), "t.yaml");

    StringWriter json = new StringWriter();
    new JsonReporter().write(r, json);
    JsonNode root = new ObjectMapper().readTree(json.toString());
    assertThat(root.get("findings")).hasSize(3);
    assertThat(root.get("suppressed")).hasSize(2);
    JsonNode first = root.get("suppressed").get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("NET901");
    assertThat(first.get("resource").asText()).isEqualTo("VpcA");
    assertThat(first.get("suppression").get("kind").asText()).isEqualTo("metadata");
    assertThat(first.get("suppression").get("reason").asText())
        .isEqualTo("the shared services VPC, reviewed in NETOPS-12");
    assertThat(first.get("suppression").get("line").asInt()).isEqualTo(7);
    assertThat(root.has("baseline")).isFalse();

    StringWriter text = new StringWriter();
    new TextReporter().write(r, text);
    assertThat(text.toString()).endsWith("netlint: 3 findings (0 errors, 1 warning, 2 info) in"
        + " 1 file; 2 suppressed\n");

    StringWriter sarif = new StringWriter();
    new SarifReporter(ReportContext.plain().withWorkingDirectory(dir)).write(r, sarif);
    JsonNode results = new ObjectMapper().readTree(sarif.toString()).get("runs").get(0)
        .get("results");
    assertThat(results).hasSize(5);
    List<JsonNode> suppressed = new java.util.ArrayList<>();
    results.forEach(n -> {
      if (n.has("suppressions")) suppressed.add(n);
    });
    assertThat(suppressed).hasSize(2);
    JsonNode s = suppressed.get(1).get("suppressions").get(0);
    assertThat(s.get("kind").asText()).isEqualTo("inSource");
    assertThat(s.get("status").asText()).isEqualTo("accepted");
    assertThat(s.get("justification").asText()).isEqualTo("legacy, deleted with the old stack");
    SchemaCheck.assertValidSarif(sarif.toString());
  }

  @Test
  void changedSinceKeepsOnlyFindingsInChangedFiles() throws Exception {
    write("a.yaml", TEMPLATE);
    write("b.yaml", "Resources:\n  VpcZ:\n    Type: AWS::EC2::VPC\n    Properties:\n"
        + "      CidrBlock: 10.5.0.0/16\n");
    LintResult raw = LintEngine.run(LintRequest.of(List.of(new InputPath(dir.resolve("a.yaml"),
        "a.yaml"), new InputPath(dir.resolve("b.yaml"), "b.yaml")),
        RuleRegistry.of(List.of(new EveryVpc(), new PeeringThreshold()))));
    ReviewStep.Settings settings = ReviewStep.Settings.of(NetlintConfig.empty(dir))
        .withWorkingDirectory(dir)
        .withChanged(io.netlint.baseline.ChangedFiles.of("main", java.util.Set.of(
            dir.resolve("b.yaml"))));
    LintResult r = ReviewStep.apply(raw, settings);
    assertThat(shown(r.findings())).containsExactly("NET901 warning b.yaml:2 [VpcZ]");
    assertThat(r.findings()).hasSize(1);
    Review.ChangeOutcome changed = r.review().orElseThrow().changed().orElseThrow();
    assertThat(changed.ref()).isEqualTo("main");
    assertThat(changed.changedFiles()).isEqualTo(1);
    assertThat(changed.outside()).isEqualTo(3); // VpcC, the unused suppression, the probe
    assertThat(r.review().orElseThrow().suppressed()).isEmpty();
    assertThat(r.review().orElseThrow().beforeBaseline()).hasSize(4);
    StringWriter text = new StringWriter();
    new TextReporter().write(r, text);
    assertThat(text.toString()).endsWith("netlint: 1 finding (0 errors, 1 warning, 0 info) in"
        + " 2 files; 3 outside the files changed since main\n");
  }

  @Test
  void aResultThatWasNotReviewedKeepsTheOldJson() throws Exception {
    write("t.yaml", TEMPLATE);
    LintResult raw = LintEngine.run(LintRequest.of(List.of(new InputPath(dir.resolve("t.yaml"),
        "t.yaml")), RuleRegistry.of(List.of(new EveryVpc()))));
    assertThat(raw.suppressions()).hasSize(3);
    StringWriter json = new StringWriter();
    new JsonReporter().write(raw, json);
    assertThat(new ObjectMapper().readTree(json.toString()).has("suppressed")).isFalse();
  }
}
