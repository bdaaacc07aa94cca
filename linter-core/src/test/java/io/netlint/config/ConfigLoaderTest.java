package io.netlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlint.cfnlint.CfnLintSettings;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  private static final List<String> RULES = List.of("NET101", "NET301", "NET403", "NET702");

  private NetlintConfig parse(String text) throws ConfigException {
    return ConfigLoader.parse(text, ".netlint.yml", dir);
  }

  private List<String> problems(String text) {
    try {
      NetlintConfig c = parse(text);
      c.checkRules(RULES);
      throw new AssertionError("no problem found in:\n" + text);
    } catch (ConfigException e) {
      return e.problems().stream().map(ConfigProblem::toString).toList();
    }
  }

  @Test
  void readsEverySetting() throws Exception {
    NetlintConfig c = parse("""
        fail-on: warning
        region: eu-west-1
        cfn-lint: require
        policies: [policies/, extra.netpolicy]
        include: ["stacks/**"]
        exclude: ["stacks/legacy/**"]
        rules:
          NET403:
            severity: warning
            parameters: {threshold: 12}
          NET702: off
          NET101: {severity: 'off'}
          NET000: {severity: warning}
        ignore:
          - rule: NET301
            resource: "Bastion*"
            file: "stacks/*.yaml"
            reason: reached only through the VPN
        tf-sources: [terraform/live]
        """);
    c.checkRules(RULES);
    assertThat(c.failOn()).contains("warning");
    assertThat(c.region()).contains("eu-west-1");
    assertThat(c.cfnLint()).contains(CfnLintSettings.Mode.REQUIRE);
    assertThat(c.policies()).containsExactly(dir.resolve("policies"),
        dir.resolve("extra.netpolicy"));
    assertThat(c.tfSources()).containsExactly(dir.resolve("terraform/live"));
    assertThat(c.severity("NET403")).contains(Severity.WARNING);
    assertThat(c.isOff("NET702")).isTrue();
    assertThat(c.isOff("NET101")).isTrue();
    assertThat(c.severity("NET000")).contains(Severity.WARNING);
    assertThat(c.parameters().integer("NET403", "threshold", 8)).isEqualTo(12);
    assertThat(c.parameters().integer("NET101", "threshold", 8)).isEqualTo(8);
    assertThat(c.ignore()).singleElement().satisfies(e -> {
      assertThat(e.rule()).isEqualTo("NET301");
      assertThat(e.reason()).isEqualTo("reached only through the VPN");
      assertThat(e.resource().orElseThrow().matches("BastionHost")).isTrue();
      assertThat(e.file().orElseThrow().matches("stacks/a.yaml")).isTrue();
      assertThat(e.line()).isEqualTo(15);
    });
    assertThat(c.accepts(dir.resolve("stacks/vpc.yaml"))).isTrue();
    assertThat(c.accepts(dir.resolve("stacks/legacy/old.yaml"))).isFalse();
    assertThat(c.accepts(dir.resolve("other/vpc.yaml"))).isFalse();
  }

  @Test
  void emptyFileIsAnEmptyConfiguration() throws Exception {
    NetlintConfig c = parse("# nothing yet\n");
    assertThat(c.rules()).isEmpty();
    assertThat(c.failOn()).isEmpty();
    assertThat(c.accepts(dir.resolve("anything.yaml"))).isTrue();
  }

  @Test
  void unknownKeysAreErrorsWithLineColumnAndASuggestion() {
    assertThat(problems("""
        fail-on: error
        rules:
          NET403:
            severty: warning
        regoin: eu-west-1
        """)).containsExactly(
        ".netlint.yml:4:5: unknown key 'rules.NET403.severty' (did you mean 'severity'?);"
            + " expected one of severity, parameters",
        ".netlint.yml:5:1: unknown key 'regoin' (did you mean 'region'?); expected one of"
            + " fail-on, region, cfn-lint, policies, tf-sources, include, exclude, rules,"
            + " ignore, max-file-size");
  }

  @Test
  void wrongTypesAreErrorsAtTheValue() {
    assertThat(problems("""
        fail-on: fatal
        region: Ireland
        policies: policies/
        include: [42]
        rules:
          NET403:
            severity: false
            parameters: {threshold: "12"}
        ignore:
          rule: NET301
        """)).containsExactly(
        ".netlint.yml:1:10: fail-on: expected one of error, warning, info, none, got 'fatal'",
        ".netlint.yml:2:9: region: 'Ireland' is not a region name such as eu-west-1",
        ".netlint.yml:3:11: policies: expected a list of paths, got 'policies/'",
        ".netlint.yml:4:11: include: expected a non-empty string, got the number 42",
        ".netlint.yml:7:15: rules.NET403.severity: expected one of off, info, warning, error,"
            + " got the boolean false",
        ".netlint.yml:8:29: rules.NET403.parameters.threshold: expected an integer, got '12'",
        ".netlint.yml:10:3: ignore: expected a list of {rule, resource, file, reason}, got a"
            + " mapping");
  }

  @Test
  void parametersAreCheckedByName() {
    assertThat(problems("""
        rules:
          NET403: {parameters: {treshold: 3}}
          NET101: {parameters: {threshold: 3}}
        """)).containsExactly(
        ".netlint.yml:2:25: rules.NET403.parameters: unknown parameter 'treshold'; expected"
            + " threshold (did you mean 'threshold'?)",
        ".netlint.yml:3:25: rules.NET101.parameters: unknown parameter 'threshold'; NET101 has"
            + " no parameters");
    assertThat(problems("rules:\n  NET403: {parameters: {threshold: 0}}\n"))
        .containsExactly(".netlint.yml:2:36: rules.NET403.parameters.threshold: 0 is outside"
            + " 1..100000");
  }

  @Test
  void unknownRuleIdsAreErrorsOnceTheRulesAreKnown() {
    assertThat(problems("""
        rules:
          NET104: off
        ignore:
          - rule: NET302
            reason: typo
          - rule: E3012
            reason: cfn-lint rules cannot be known in advance and are accepted
        """)).containsExactly(
        ".netlint.yml:2:3: rules: unknown rule NET104 (did you mean 'NET101'?)",
        ".netlint.yml:4:5: ignore: unknown rule NET302 (did you mean 'NET301'?)");
  }

  @Test
  void ignoreEntriesNeedARuleAndAReason() {
    assertThat(problems("""
        ignore:
          - rule: NET301
            resource: Bastion
          - rule: NET301
            reason: "  "
          - resource: Bastion
            reason: no rule
          - rule: NET000
            reason: not this one
          - rule: NET301
            file: ""
            reason: empty glob
          - rule: NET301
            reason: ok
            why: extra
        """)).containsExactly(
        ".netlint.yml:2:5: ignore: every entry needs a reason (NET301); say why the finding is"
            + " accepted, for whoever reads it next",
        ".netlint.yml:5:13: ignore: every entry needs a reason (NET301); say why the finding is"
            + " accepted, for whoever reads it next",
        ".netlint.yml:6:5: ignore: entry has no 'rule'",
        ".netlint.yml:8:11: ignore: NET000 cannot be ignored; set rules.NET000.severity instead",
        ".netlint.yml:11:11: ignore.file: empty glob; leave it out to match every file",
        ".netlint.yml:15:5: unknown key 'ignore.why'; expected one of rule, resource, file,"
            + " reason");
  }

  @Test
  void duplicateKeysAndBadYamlAreErrors() {
    assertThat(problems("fail-on: error\nfail-on: none\n")).singleElement().asString()
        .startsWith(".netlint.yml:2:1: duplicate key 'fail-on'");
    assertThat(problems("rules: [unclosed\n")).singleElement().asString()
        .startsWith(".netlint.yml:").contains("not valid YAML");
    assertThat(problems("- just\n- a list\n")).containsExactly(
        ".netlint.yml:1:1: expected a mapping of settings, got a list");
  }

  @Test
  void ruleKeysMustLookLikeRuleIds() {
    assertThat(problems("rules:\n  overlapping-connected-cidrs: off\n")).containsExactly(
        ".netlint.yml:2:3: rules: 'overlapping-connected-cidrs' is not a rule ID such as"
            + " NET101");
  }

  @Test
  void aRuleIsASeverityOrAMapping() {
    assertThat(problems("rules:\n  NET101: [error]\n  NET301: {severity: [error]}\n"))
        .containsExactly(
            ".netlint.yml:2:11: rules.NET101: expected a mapping (severity, parameters) or a"
                + " severity, got a list",
            ".netlint.yml:3:22: rules.NET301.severity: expected a severity, got a list");
  }

  @Test
  void theNearestFileIsNamedRelativeToWhereTheSearchStarted() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Path deep = Files.createDirectories(dir.resolve("a/b"));
    assertThat(ConfigLoader.loadNearest(deep).file()).isEmpty();
    Files.writeString(dir.resolve(NetlintConfig.FILE_NAME), "fail-on: [x]\n");
    assertThatThrownBy(() -> ConfigLoader.loadNearest(deep)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("../../.netlint.yml:1:10: fail-on: expected one of");
  }

  @Test
  void loadsAFileAndResolvesAgainstItsDirectory() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("repo/config"));
    Path file = Files.writeString(sub.resolve(".netlint.yml"), "policies: [p]\n",
        StandardCharsets.UTF_8);
    NetlintConfig c = ConfigLoader.load(file, "config/.netlint.yml");
    assertThat(c.file()).contains(file);
    assertThat(c.display()).isEqualTo("config/.netlint.yml");
    assertThat(c.baseDirectory()).isEqualTo(sub.toAbsolutePath().normalize());
    assertThat(c.policies()).containsExactly(sub.resolve("p").toAbsolutePath().normalize());
  }

  @Test
  void unreadableFileIsAnError() throws IOException {
    Path file = Files.write(dir.resolve("bad.yml"), new byte[] {(byte) 0xC3, (byte) 0x28});
    assertThatThrownBy(() -> ConfigLoader.load(file, "bad.yml"))
        .isInstanceOf(ConfigException.class).hasMessage("bad.yml:1:1: not valid UTF-8 text");
  }

  @Test
  void foundByWalkingUpToTheTopOfTheRepository() throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path deep = Files.createDirectories(repo.resolve("a/b"));
    assertThat(ConfigLoader.find(deep)).isEmpty();
    // Above the repository's top: not used for it.
    Files.writeString(dir.resolve(NetlintConfig.FILE_NAME), "");
    assertThat(ConfigLoader.find(deep)).isEmpty();
    Path top = Files.writeString(repo.resolve(NetlintConfig.FILE_NAME), "");
    assertThat(ConfigLoader.find(deep)).contains(top.toAbsolutePath());
    Path nearer = Files.writeString(repo.resolve("a/" + NetlintConfig.FILE_NAME), "");
    assertThat(ConfigLoader.find(deep)).contains(nearer.toAbsolutePath());
  }

  @Test
  void emptyConfigurationAcceptsEverythingAndSetsNothing() {
    NetlintConfig c = NetlintConfig.empty(dir);
    assertThat(c.file()).isEqualTo(Optional.empty());
    assertThat(c.accepts(Path.of("/elsewhere/x.yaml"))).isTrue();
    assertThat(c.parameters()).isSameAs(RuleParameters.NONE);
  }
}
