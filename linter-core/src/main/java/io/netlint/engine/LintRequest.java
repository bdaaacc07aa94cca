package io.netlint.engine;

import io.netlint.cfnlint.CfnLintSettings;
import io.netlint.config.NetlintConfig;
import io.netlint.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One run: what to lint and how. The CLI and the Maven plugin both build one of these.
 *
 * @param region the region CloudFormation stacks deploy to, when known
 * @param debug keep internal stack traces in diagnostics
 * @param skipUnrecognized skip named files that are neither template nor plan, as a directory walk
 *     does (for hooks that pass every changed file)
 * @param cfnLint whether the real cfn-lint also checks the CloudFormation inputs; off unless
 *     asked for, so that library callers and tests do not depend on what is installed
 * @param config the configuration file: which inputs are linted (include/exclude) and rule
 *     parameters; see {@link #withConfig}
 * @param tfSources the root module directories of the Terraform plans, where findings on plan
 *     resources are placed; empty for the plan's own directory (or the current one)
 * @param maxFileSize the largest input file read, in bytes; a larger one is refused with a
 *     diagnostic before it is read
 */
public record LintRequest(List<InputPath> inputs, RuleRegistry rules, Optional<String> region,
    boolean debug, boolean skipUnrecognized, CfnLintSettings cfnLint, NetlintConfig config,
    List<Path> tfSources, long maxFileSize) {

  /** 256 MiB: far above any template or plan, far below what would exhaust a CI runner. */
  public static final long DEFAULT_MAX_FILE_SIZE = 256L * 1024 * 1024;

  public LintRequest {
    inputs = List.copyOf(inputs);
    if (cfnLint == null) cfnLint = CfnLintSettings.off();
    if (config == null) config = NetlintConfig.empty();
    tfSources = tfSources == null ? List.of() : List.copyOf(tfSources);
    if (maxFileSize < 1) throw new IllegalArgumentException("maxFileSize must be positive");
  }

  /** A run with the default maximum file size. */
  public LintRequest(List<InputPath> inputs, RuleRegistry rules, Optional<String> region,
      boolean debug, boolean skipUnrecognized, CfnLintSettings cfnLint, NetlintConfig config,
      List<Path> tfSources) {
    this(inputs, rules, region, debug, skipUnrecognized, cfnLint, config, tfSources,
        DEFAULT_MAX_FILE_SIZE);
  }

  /** A run with the default Terraform source directories and maximum file size. */
  public LintRequest(List<InputPath> inputs, RuleRegistry rules, Optional<String> region,
      boolean debug, boolean skipUnrecognized, CfnLintSettings cfnLint, NetlintConfig config) {
    this(inputs, rules, region, debug, skipUnrecognized, cfnLint, config, List.of());
  }

  /** A run without a configuration file. */
  public LintRequest(List<InputPath> inputs, RuleRegistry rules, Optional<String> region,
      boolean debug, boolean skipUnrecognized, CfnLintSettings cfnLint) {
    this(inputs, rules, region, debug, skipUnrecognized, cfnLint, null);
  }

  /** A run without cfn-lint. */
  public LintRequest(List<InputPath> inputs, RuleRegistry rules, Optional<String> region,
      boolean debug, boolean skipUnrecognized) {
    this(inputs, rules, region, debug, skipUnrecognized, CfnLintSettings.off());
  }

  public static LintRequest of(List<InputPath> inputs, RuleRegistry rules) {
    return new LintRequest(inputs, rules, Optional.empty(), false, false);
  }

  public LintRequest withRegion(Optional<String> r) {
    return new LintRequest(inputs, rules, r, debug, skipUnrecognized, cfnLint, config, tfSources,
        maxFileSize);
  }

  public LintRequest withDebug(boolean d) {
    return new LintRequest(inputs, rules, region, d, skipUnrecognized, cfnLint, config, tfSources,
        maxFileSize);
  }

  public LintRequest withSkipUnrecognized(boolean skip) {
    return new LintRequest(inputs, rules, region, debug, skip, cfnLint, config, tfSources,
        maxFileSize);
  }

  public LintRequest withCfnLint(CfnLintSettings c) {
    return new LintRequest(inputs, rules, region, debug, skipUnrecognized, c, config, tfSources,
        maxFileSize);
  }

  /**
   * With the configuration file's include/exclude globs and rule parameters; rules it turns
   * {@code off} are left out of {@link #rules()}. Its other settings (severities, suppressions)
   * apply after the run, in {@link io.netlint.suppress.ReviewStep}; flags such as the region are
   * the caller's to merge.
   */
  public LintRequest withConfig(NetlintConfig c) {
    return new LintRequest(inputs, c.enabled(rules), region, debug, skipUnrecognized, cfnLint, c,
        tfSources, maxFileSize);
  }

  /** With the Terraform root module directories (the {@code --tf-source} option). */
  public LintRequest withTfSources(List<Path> dirs) {
    return new LintRequest(inputs, rules, region, debug, skipUnrecognized, cfnLint, config, dirs,
        maxFileSize);
  }

  /** With another maximum input file size ({@code --max-file-size}). */
  public LintRequest withMaxFileSize(long bytes) {
    return new LintRequest(inputs, rules, region, debug, skipUnrecognized, cfnLint, config,
        tfSources, bytes);
  }
}
