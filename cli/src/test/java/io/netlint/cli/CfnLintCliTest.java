package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlint.cfnlint.CfnLintLocator;
import io.netlint.report.SchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code netlint lint} with the real cfn-lint: both tools' findings in every format, one exit code
 * across both. The build turns cfn-lint off for other tests (NETLINT_CFN_LINT=off), so every
 * run here says what it wants.
 */
class CfnLintCliTest {

  /** NET102 and E3060 on SubnetB (reported once), W3010 on SubnetA, E1151 on Sg (line 22). */
  private static final String STACK = """
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
        SubnetB:
          Type: AWS::EC2::Subnet
          Properties:
            VpcId: !Ref Vpc
            CidrBlock: 10.0.1.128/25
        Sg:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: web
            VpcId: vpc-123
      """;

  /** NET102: two subnets of one VPC overlap. */
  private static final String PLAN = """
      {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
        {"address": "aws_subnet.a", "mode": "managed", "type": "aws_subnet", "name": "a",
         "values": {"vpc_id": "vpc-0123456789abcdef0", "cidr_block": "10.5.0.0/24"}},
        {"address": "aws_subnet.b", "mode": "managed", "type": "aws_subnet", "name": "b",
         "values": {"vpc_id": "vpc-0123456789abcdef0", "cidr_block": "10.5.0.0/23"}}]}}}
      """;

  /** Only a cfn-lint warning (W3010); netlint's rules find nothing here. */
  private static final String AZ_ONLY = """
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
        Subnet:
          Type: AWS::EC2::Subnet
          Properties:
            VpcId: !Ref Vpc
            CidrBlock: 10.0.1.0/24
            AvailabilityZone: eu-west-1a
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return CliTestFiles.write(dir, name, text);
  }

  private static void assumeCfnLint() {
    Assumptions.assumeTrue(CfnLintLocator.find(Optional.empty(), System.getenv()).isPresent(),
        "cfn-lint is not on PATH");
  }

  @Test
  void oneRunOverAMixedDirectoryReportsBothToolsInEveryFormat() throws Exception {
    assumeCfnLint();
    write("in/stack.yaml", STACK);
    write("in/plan.json", PLAN);
    Path out = dir.resolve("out");
    String in = dir.resolve("in").toString();
    CliRun run = CliRun.of("lint", "--cfn-lint", "auto", "--region", "eu-west-1",
        "--format", "text",
        "--format", "json=" + out.resolve("r.json"),
        "--format", "sarif=" + out.resolve("r.sarif"),
        "--format", "gitlab=" + out.resolve("gl.json"),
        "--format", "junit=" + out.resolve("junit.xml"),
        "--format", "github=" + out.resolve("gh.txt"),
        in);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    String stack = dir.resolve("in/stack.yaml").toString();
    String plan = dir.resolve("in/plan.json").toString();
    assertThat(run.out().lines().toList()).containsExactly(
        plan + ":4:4: error NET102 Subnet 'aws_subnet.b' (10.5.0.0/23) overlaps subnet"
            + " 'aws_subnet.a' (10.5.0.0/24) in VPC 'vpc-0123456789abcdef0'; AWS rejects a subnet"
            + " whose range overlaps another subnet of the same VPC [aws_subnet.b]",
        stack + ":12:7: warning W3010 Avoid hardcoding availability zones 'eu-west-1a'"
            + " [SubnetA]",
        stack + ":13:3: error NET102 Subnet 'SubnetB' (10.0.1.128/25) overlaps subnet 'SubnetA'"
            + " (10.0.1.0/24) in VPC 'Vpc'; AWS rejects a subnet whose range overlaps another"
            + " subnet of the same VPC (also cfn-lint E3060) [SubnetB]",
        stack + ":22:7: error E1151 'vpc-123' is not a 'AWS::EC2::VPC.Id' with pattern"
            + " '^vpc-(([0-9A-Fa-f]{8})|([0-9A-Fa-f]{17}))$' [Sg]",
        plan + ":1:1: info: 1 finding keeps its plan location: no .tf files beside the plan or"
            + " in the working directory; give the root module's directory with --tf-source to"
            + " place them on .tf lines",
        "netlint: 4 findings (3 errors, 1 warning, 0 info) in 2 files; 1 note");

    ObjectMapper json = new ObjectMapper();
    JsonNode report = json.readTree(out.resolve("r.json").toFile());
    assertThat(report.get("findings")).extracting(f -> f.get("tool").asText() + " "
        + f.get("ruleId").asText() + " " + f.get("line").asInt()).containsExactly(
            "netlint NET102 4", "cfn-lint W3010 12", "netlint NET102 13", "cfn-lint E1151 22");
    assertThat(report.get("diagnostics")).extracting(d -> d.get("level").asText())
        .containsExactly("info");

    String sarif = Files.readString(out.resolve("r.sarif"));
    SchemaCheck.assertValidSarif(sarif);
    JsonNode runs = json.readTree(sarif).get("runs");
    assertThat(runs).extracting(r -> r.get("tool").get("driver").get("name").asText())
        .containsExactly("netlint", "cfn-lint");
    assertThat(ids(runs.get(0).get("results"))).containsExactly("NET102", "NET102");
    assertThat(ids(runs.get(1).get("results"))).containsExactly("W3010", "E1151");
    assertThat(ids(runs.get(1).get("tool").get("driver").get("rules")))
        .containsExactly("E1151", "W3010");

    String gitlab = Files.readString(out.resolve("gl.json"));
    SchemaCheck.assertValidGitlab(gitlab);
    assertThat(gitlab).contains("E1151", "W3010", "NET102").doesNotContain("E3060\"");
    assertThat(Files.readString(out.resolve("gh.txt")))
        .contains("title=E1151", "title=W3010", "title=NET102");
    assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(out.resolve("junit.xml").toFile()).getElementsByTagName("testcase"))
        .satisfies(cases -> {
          List<String> names = new java.util.ArrayList<>();
          for (int i = 0; i < cases.getLength(); i++) {
            names.add(cases.item(i).getAttributes().getNamedItem("name").getNodeValue());
          }
          assertThat(names).anyMatch(n -> n.startsWith("E1151"))
              .anyMatch(n -> n.startsWith("W3010")).anyMatch(n -> n.startsWith("NET102"));
        });
  }

  private static List<String> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(r -> (r.has("ruleId") ? r.get("ruleId") : r.get("id")).asText()).toList();
  }

  /** Only cfn-lint's warning crosses --fail-on warning here: the exit code counts it. */
  @Test
  void theThresholdAppliesAcrossBothTools() throws Exception {
    assumeCfnLint();
    String in = write("az/az.yaml", AZ_ONLY).toString();
    CliRun with = CliRun.of("lint", "--cfn-lint", "auto", "--fail-on", "warning", in);
    assertThat(with.out()).contains(":11:7: warning W3010 ");
    assertThat(with.exitCode()).isEqualTo(1);
    assertThat(CliRun.of("lint", "--cfn-lint", "off", "--fail-on", "warning", in).exitCode())
        .isZero();
  }

  @Test
  void aMissingCfnLintIsANoteWhenAutoAndExitTwoWhenRequired() throws IOException {
    String in = write("in/plan.json", PLAN).getParent().resolve("stack.yaml").toString();
    write("in/stack.yaml", STACK);
    String missing = dir.resolve("nowhere/cfn-lint").toString();

    CliRun auto = CliRun.of("lint", "--cfn-lint-path", missing, "--cfn-lint", "auto",
        "--fail-on", "none", in);
    assertThat(auto.exitCode()).isZero();
    assertThat(auto.err().lines()).singleElement().satisfies(l -> assertThat(l)
        .startsWith("netlint: cfn-lint was not found at " + missing));
    assertThat(auto.out()).contains("NET102");

    CliRun required = CliRun.of("lint", "--cfn-lint-path", missing, "--cfn-lint", "require",
        "--format", "json", in);
    assertThat(required.exitCode()).isEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(required.out());
    assertThat(json.get("findings")).extracting(f -> f.get("ruleId").asText())
        .containsExactly("NET102");
    assertThat(json.get("diagnostics")).singleElement().satisfies(d -> {
      assertThat(d.get("file").asText()).isEqualTo("<cfn-lint>");
      assertThat(d.get("level").asText()).isEqualTo("error");
      assertThat(d.get("message").asText()).contains("required").contains(missing);
    });
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    CliRun mode = CliRun.of("lint", "--cfn-lint", "sometimes", "x.yaml");
    assertThat(mode.exitCode()).isEqualTo(2);
    assertThat(mode.err()).contains("'sometimes' is not one of auto, off, require");
    for (String t : List.of("0", "-5", "soon", "5h")) {
      assertThat(CliRun.of("lint", "--cfn-lint-timeout", t, "x.yaml").exitCode()).as(t)
          .isEqualTo(2);
    }
    CliRun ok = CliRun.of("lint", "--cfn-lint", "off", "--cfn-lint-timeout", "90s", "--help");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("--cfn-lint=MODE", "--cfn-lint-path=FILE",
        "--cfn-lint-timeout=SECONDS");
  }

  @Test
  void versionNamesTheCfnLintItFound() {
    assumeCfnLint();
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList()).hasSize(2);
    assertThat(run.out().lines().toList().get(1)).matches("cfn-lint 1\\.\\d+\\.\\d+ \\(.+\\)");
  }
}
