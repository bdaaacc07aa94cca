package io.netlint.cfnlint;

import static io.netlint.cfnlint.CfnLintTesting.byTool;
import static io.netlint.cfnlint.CfnLintTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.LintResult;
import io.netlint.parse.tree.TreeReader;
import io.netlint.rule.ExternalTool;
import io.netlint.rule.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the real cfn-lint (skipped only where it is not installed). cfn-lint takes over a
 * second to start, so the cases share two runs: one through the engine over a directory of
 * templates, one straight through {@link CfnLint} for relative paths that look like options.
 * Every run goes through a wrapper that logs its arguments, to count the processes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CfnLintRealTest {

  /** W3010 at 12:7, E3012 at 13:7, E1151 at 18:7. */
  private static final String KNOWN = """
      AWSTemplateFormatVersion: "2010-09-09"
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
        SubnetA:
          Type: AWS::EC2::Subnet
          Properties:
            VpcId: !Ref Vpc
            CidrBlock: 10.0.1.0/24
            AvailabilityZone: eu-west-1a
            MapPublicIpOnLaunch: maybe
        Sg:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: web
            VpcId: vpc-123
      """;

  /** netlint reads the first document; cfn-lint's parser refuses the stream (E0000 at 1:1). */
  private static final String TWO_DOCUMENTS =
      CfnLintTesting.SUBNET_TEMPLATE + "---\nResources: {}\n";

  /** E1151 at 6:7. */
  private static final String BAD_VPC_ID = """
      Resources:
        Sg:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: web
            VpcId: vpc-123
      """;

  private static final String PLAN = """
      {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
        {"address": "aws_vpc.a", "mode": "managed", "type": "aws_vpc", "name": "a",
         "values": {"cidr_block": "10.2.0.0/16"}},
        {"address": "aws_subnet.a", "mode": "managed", "type": "aws_subnet", "name": "a",
         "values": {"vpc_id": "vpc-0123456789abcdef0", "cidr_block": "10.2.1.0/24"}}]}}}
      """;

  @TempDir static Path dir;

  private Path in;
  private LintResult result;
  private List<List<String>> engineCalls;
  private List<Finding> relative;
  private List<List<String>> relativeCalls;

  @BeforeAll
  void runCfnLintTwice() throws Exception {
    CfnLintTesting.assumePosix();
    Path real = CfnLintTesting.realCfnLint();

    in = dir.resolve("in");
    write(in.resolve("known.yaml"), KNOWN);
    write(in.resolve("multi.yaml"), TWO_DOCUMENTS);
    write(in.resolve("my t.yaml"), BAD_VPC_ID);
    write(in.resolve("a[1].yaml"), BAD_VPC_ID);
    write(in.resolve("plan.json"), PLAN);
    write(in.resolve("notes.txt"), "not an input");
    Path log = dir.resolve("engine-calls.log");
    result = CfnLintTesting.lint(in, "in", CfnLintTesting.settings(CfnLintSettings.Mode.REQUIRE,
        wrapper("engine", real, log), Duration.ofSeconds(120), new ArrayList<>()),
        Optional.of("eu-west-1"));
    engineCalls = calls(log);

    Path cwd = dir.resolve("cwd");
    List<CfnLint.Template> templates = new ArrayList<>();
    for (String name : List.of("-dash.yaml", "--regions.yaml")) {
      write(cwd.resolve(name), BAD_VPC_ID);
      templates.add(new CfnLint.Template(name, Path.of(name),
          TreeReader.read(name, BAD_VPC_ID, TreeReader.sniff(BAD_VPC_ID)).root()));
    }
    Path log2 = dir.resolve("relative-calls.log");
    CfnLint.Outcome out = CfnLint.start(CfnLintTesting.settings(CfnLintSettings.Mode.REQUIRE,
            wrapper("relative", real, log2), Duration.ofSeconds(120), new ArrayList<>()),
        templates, Optional.empty(), cwd).finish(List.of());
    assertThat(out.diagnostics()).isEmpty();
    relative = out.findings();
    relativeCalls = calls(log2);
  }

  /** Logs one line "#call" and then one argument per line, and runs the real cfn-lint. */
  private Path wrapper(String name, Path real, Path log) throws Exception {
    return CfnLintTesting.script(dir.resolve("bin-" + name + "/cfn-lint"),
        "{ echo '#call'; for a in \"$@\"; do echo \"$a\"; done; } >> '" + log + "'\n"
            + "exec '" + real + "' \"$@\"\n");
  }

  private static List<List<String>> calls(Path log) throws Exception {
    List<List<String>> calls = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (line.equals("#call")) calls.add(new ArrayList<>());
      else calls.get(calls.size() - 1).add(line);
    }
    return calls;
  }

  private static List<String> brief(List<Finding> findings) {
    return findings.stream().map(f -> f.location().file() + ":" + f.location().line() + ":"
        + f.location().column() + " " + f.ruleId() + " " + f.severity().label()).toList();
  }

  @Test
  void oneProcessForAllTemplatesAndNoPlan() {
    assertThat(engineCalls).hasSize(1);
    assertThat(engineCalls.get(0)).containsExactly("--format", "json", "--regions", "eu-west-1",
        "--", in.resolve("a[[]1].yaml").toString(), in.resolve("known.yaml").toString(),
        in.resolve("multi.yaml").toString(), in.resolve("my t.yaml").toString());
  }

  @Test
  void idsLinesAndLevelsAsCfnLintReportsThem() {
    assertThat(brief(byTool(result, CfnLint.TOOL))).containsExactly(
        "in/a[1].yaml:6:7 E1151 error",
        "in/known.yaml:12:7 W3010 warning",
        "in/known.yaml:13:7 E3012 error",
        "in/known.yaml:18:7 E1151 error",
        "in/multi.yaml:1:1 E0000 error",
        "in/my t.yaml:6:7 E1151 error");
    Finding hardcodedAz = byTool(result, CfnLint.TOOL).get(1);
    assertThat(hardcodedAz.location().resource()).isEqualTo("SubnetA");
    assertThat(hardcodedAz.message()).isEqualTo("Avoid hardcoding availability zones 'eu-west-1a'");
    assertThat(byTool(result, CfnLint.TOOL).get(3).location().resource()).isEqualTo("Sg");
  }

  @Test
  void aTemplateCfnLintCannotParseIsOneFindingOnOneLine() {
    Finding parse = byTool(result, CfnLint.TOOL).get(4);
    assertThat(parse.message()).startsWith("Template could not be parsed:")
        .contains("found another document").doesNotContain("\n");
    assertThat(parse.location().resource()).isNull();
  }

  @Test
  void netlintsOwnFindingsAreAllStillThere() {
    assertThat(brief(byTool(result, Finding.NETLINT))).containsExactly(
        "in/known.yaml:7:3 NET990 info",
        "in/multi.yaml:6:3 NET990 info",
        "in/plan.json:4:4 NET990 info");
    assertThat(result.diagnostics()).noneMatch(d -> d.file().equals(CfnLint.DIAGNOSTIC_FILE));
  }

  @Test
  void theRulesThatMatchedAreDescribed() {
    assertThat(result.externalTools()).singleElement().satisfies(tool -> {
      assertThat(tool.name()).isEqualTo("cfn-lint");
      assertThat(tool.rules()).extracting(ExternalTool.Rule::id)
          .containsExactly("E0000", "E1151", "E3012", "W3010");
      assertThat(tool.rules().get(1).shortDescription()).isEqualTo("Validate VPC id format");
      assertThat(tool.rules().get(1).helpUri()).startsWith("https://");
    });
  }

  @Test
  void relativePathsThatLookLikeOptionsStayTemplates() {
    assertThat(relativeCalls).containsExactly(
        List.of("--format", "json", "--", "-dash.yaml", "--regions.yaml"));
    assertThat(brief(relative)).containsExactlyInAnyOrder(
        "-dash.yaml:6:7 E1151 error", "--regions.yaml:6:7 E1151 error");
  }
}
