package io.netlint.cli;

import io.netlint.cfnlint.CfnLintLocator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine;

/** {@code netlint --version}: netlint's version, and the cfn-lint that {@code lint} would run. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"netlint " + (v == null ? "(development build)" : v), cfnLint()};
  }

  private static String cfnLint() {
    Optional<Path> exe = CfnLintLocator.find(Optional.empty(), System.getenv());
    if (exe.isEmpty()) return "cfn-lint: not found";
    return CfnLintLocator.version(exe.get(), Duration.ofSeconds(30))
        .map(version -> "cfn-lint " + version + " (" + exe.get() + ")")
        .orElse("cfn-lint: found at " + exe.get() + " but it did not report a version");
  }
}
