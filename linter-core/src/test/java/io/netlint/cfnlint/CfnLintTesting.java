package io.netlint.cfnlint;

import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.model.Network;
import io.netlint.model.Subnet;
import io.netlint.rule.Finding;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.RuleRegistry;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Shared pieces of the cfn-lint tests: a stand-in rule, executables, one engine run. */
final class CfnLintTesting {

  /** Stands for netlint's own rules: one finding per subnet, from templates and plans alike. */
  @RuleInfo(id = "NET990", name = "every-subnet", summary = "Reports every subnet",
      severity = Severity.INFO)
  public static final class EverySubnet implements Rule {
    @Override
    public void check(Network network, RuleContext ctx) {
      for (Subnet s : network.all(Subnet.class)) ctx.report(s, "a subnet", List.of());
    }
  }

  private CfnLintTesting() {}

  static void assumePosix() {
    Assumptions.assumeFalse(System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
        .startsWith("windows"), "the stand-in executables are shell scripts");
  }

  /** The real cfn-lint, or a skipped test when it is not installed. */
  static Path realCfnLint() {
    Optional<Path> found = CfnLintLocator.find(Optional.empty(), System.getenv());
    Assumptions.assumeTrue(found.isPresent(), "cfn-lint is not on PATH");
    return found.get();
  }

  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** An executable shell script. */
  static Path script(Path file, String body) throws IOException {
    write(file, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  static CfnLintSettings settings(CfnLintSettings.Mode mode, Path executable,
      Duration timeout, List<String> notes) {
    return CfnLintSettings.of(mode).withExecutable(Optional.of(executable))
        .withTimeout(timeout).withNotes(notes::add);
  }

  /** One engine run over {@code input}, reported under {@code display}. */
  static LintResult lint(Path input, String display, CfnLintSettings cfnLint,
      Optional<String> region) {
    return LintEngine.run(LintRequest.of(List.of(new InputPath(input, display)),
            RuleRegistry.of(List.of(new EverySubnet())))
        .withRegion(region)
        .withCfnLint(cfnLint));
  }

  static List<Finding> byTool(LintResult result, String tool) {
    return result.findings().stream().filter(f -> f.tool().equals(tool)).toList();
  }

  /** A template with a VPC and a subnet, so that the stand-in rule finds something. */
  static final String SUBNET_TEMPLATE = """
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
      """;
}
