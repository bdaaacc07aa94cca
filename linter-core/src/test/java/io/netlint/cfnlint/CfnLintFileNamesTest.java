package io.netlint.cfnlint;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile file names reach cfn-lint as single arguments, never through a shell: a stand-in
 * records the argument vector it was given, byte for byte.
 */
class CfnLintFileNamesTest {

  @TempDir Path dir;

  @Test
  void everyFileNameIsOneArgumentAfterTheEndOfOptions() throws IOException {
    CfnLintTesting.assumePosix();
    Path argv = dir.resolve("argv.bin");
    Path standIn = CfnLintTesting.script(dir.resolve("bin/cfn-lint"),
        "for a in \"$@\"; do printf '%s\\0' \"$a\" >> '" + argv + "'; done\necho '[]'\n");
    List<String> names = List.of("with space.yaml", "-leading-dash.yaml", "--help.yaml",
        "new\nline.yaml", "semi;colon $(touch pwned) `touch pwned2` | x & y.yaml",
        "quote'\"both.yaml", "glob*?[1].yaml", "dollar$HOME.yaml");
    Path in = Files.createDirectories(dir.resolve("in"));
    List<InputPath> inputs = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (String name : names) {
      Path p = CfnLintTesting.write(in.resolve(name), CfnLintTesting.SUBNET_TEMPLATE);
      inputs.add(new InputPath(p, name));
      expected.add(CfnLint.globEscape(p.toString()));
    }
    List<String> notes = new ArrayList<>();
    LintResult result = LintEngine.run(LintRequest.of(inputs, RuleRegistry.of(List.of()))
        .withRegion(Optional.of("eu-west-1"))
        .withCfnLint(CfnLintTesting.settings(CfnLintSettings.Mode.REQUIRE, standIn,
            Duration.ofSeconds(30), notes)));

    assertThat(result.diagnostics()).isEmpty();
    String recorded = Files.readString(argv, StandardCharsets.UTF_8);
    List<String> args = Arrays.asList(recorded.substring(0, recorded.length() - 1).split("\0"));
    assertThat(args.subList(0, 5)).containsExactly("--format", "json", "--regions", "eu-west-1",
        "--");
    assertThat(args.subList(5, args.size())).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(in.resolve("pwned")).doesNotExist();
    assertThat(in.resolve("pwned2")).doesNotExist();
    assertThat(dir.resolve("pwned")).doesNotExist();
  }
}
