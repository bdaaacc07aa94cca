package io.netlint.maven;

import io.netlint.baseline.Baseline;
import io.netlint.baseline.BaselineException;
import io.netlint.cfnlint.CfnLintSettings;
import io.netlint.config.ByteSize;
import io.netlint.config.ConfigException;
import io.netlint.config.ConfigLoader;
import io.netlint.config.NetlintConfig;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.report.ReportContext;
import io.netlint.policy.Policies;
import io.netlint.policy.PolicySet;
import io.netlint.rule.RuleRegistry;
import io.netlint.suppress.ReviewStep;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Lints the project's CloudFormation templates and Terraform plans with the netlint engine,
 * writes the reports, and fails the build when findings reach the threshold.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.NONE)
public final class CheckMojo extends AbstractMojo {

  /** Skips the check. */
  @Parameter(property = "netlint.skip", defaultValue = "false")
  boolean skip;

  /**
   * Directories to lint. Default: whichever of {@code src/main/cloudformation},
   * {@code src/main/terraform}, {@code infra}, {@code cloudformation} and {@code terraform} exist
   * under the project's base directory.
   */
  @Parameter(property = "netlint.sourceDirectories")
  List<File> sourceDirectories;

  /** Ant-style patterns of the files to lint. Default: every .json, .yaml, .yml, .template. */
  @Parameter(property = "netlint.includes")
  List<String> includes;

  /**
   * Ant-style patterns of files to leave out. Hidden directories, {@code target},
   * {@code node_modules} and {@code .terraform} are always left out.
   */
  @Parameter(property = "netlint.excludes")
  List<String> excludes;

  /** The lowest severity that counts as a violation: error, warning, info or none. */
  @Parameter(property = "netlint.failOnSeverity", defaultValue = "error")
  String failOnSeverity;

  /** Fails the build on violations; when false they are only logged. */
  @Parameter(property = "netlint.failOnViolation", defaultValue = "true")
  boolean failOnViolation;

  /** How many violations a build tolerates. */
  @Parameter(property = "netlint.maxAllowedViolations", defaultValue = "0")
  int maxAllowedViolations;

  /** Report formats, each written to {@code outputDirectory} as {@code netlint.<extension>}. */
  @Parameter(property = "netlint.formats", defaultValue = "text,sarif")
  List<String> formats;

  /** Where the reports go. */
  @Parameter(property = "netlint.outputDirectory",
      defaultValue = "${project.build.directory}/netlint")
  File outputDirectory;

  /**
   * Whether to run cfn-lint over the CloudFormation inputs and merge its findings: {@code auto}
   * (when it is on {@code PATH}), {@code require} (its absence fails the build) or {@code off}.
   */
  @Parameter(property = "netlint.cfnLint", defaultValue = "auto")
  String cfnLint;

  /** The cfn-lint executable; default: {@code cfn-lint} on {@code PATH}. */
  @Parameter(property = "netlint.cfnLintPath")
  File cfnLintPath;

  /** Seconds cfn-lint may run before it is stopped. */
  @Parameter(property = "netlint.cfnLintTimeout", defaultValue = "300")
  int cfnLintTimeout;

  /**
   * The configuration file ({@code .netlint.yml} format); default: the nearest {@code .netlint.yml}
   * from the project's base directory upwards.
   */
  @Parameter(property = "netlint.configFile")
  File configFile;

  /**
   * A baseline written by {@code netlint lint --write-baseline}: its findings are accepted, and only
   * new ones count for the threshold.
   */
  @Parameter(property = "netlint.baseline")
  File baseline;

  /**
   * Policy files ({@code .netpolicy}) or directories of them: organisation rules NET900–NET999.
   * Default: the configuration file's {@code policies}.
   */
  @Parameter(property = "netlint.policyDirectories")
  List<File> policyDirectories;

  /**
   * The Terraform root module directories of the plans, so that findings point at the
   * {@code .tf} lines that declare the resources. Default: the configuration file's
   * {@code tf-sources}, else each plan's own directory.
   */
  @Parameter(property = "netlint.tfSourceDirectories")
  List<File> tfSourceDirectories;

  /** The region CloudFormation stacks deploy to; resolves {@code AWS::Region}. */
  @Parameter(property = "netlint.region")
  String region;

  /**
   * Input files larger than this are refused unread: bytes, or a size such as {@code 512MB};
   * default 256MB, or {@code max-file-size} of the configuration file.
   */
  @Parameter(property = "netlint.maxFileSize")
  String maxFileSize;

  private final MavenProject project;
  private final MavenSession session;
  private final MojoExecution execution;

  @Inject
  public CheckMojo(MavenProject project, MavenSession session, MojoExecution execution) {
    this.project = project;
    this.session = session;
    this.execution = execution;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("netlint: skipped");
      return;
    }
    Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    Threshold threshold;
    ReportOutputs reports;
    CfnLintSettings cfnLintSettings;
    try {
      threshold = Threshold.of(failOnSeverity, maxAllowedViolations);
      reports = ReportOutputs.of(formats, outputDirectory.toPath());
      // Maven always sets it; a mojo built by hand (unit tests) leaves it unset, meaning off
      cfnLintSettings = (cfnLint == null ? CfnLintSettings.off()
          : CfnLintSettings.of(CfnLintSettings.Mode.parse(cfnLint)))
          .withExecutable(Optional.ofNullable(cfnLintPath).map(File::toPath))
          .withTimeout(Duration.ofSeconds(cfnLintTimeout > 0 ? cfnLintTimeout : 300))
          .withNotes(getLog()::info);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("netlint: " + e.getMessage());
    }
    Optional<String> regionName = Optional.ofNullable(region).map(String::trim)
        .filter(r -> !r.isEmpty());
    if (regionName.isPresent() && !regionName.get().matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
      throw new MojoExecutionException("netlint: region '" + region
          + "' is not a region name such as eu-west-1");
    }

    List<Path> directories = SourceFiles.directories(project.getBasedir().toPath(),
        sourceDirectories);
    SourceFiles.Scan scan = SourceFiles.scan(directories, includes, excludes, root);
    for (Path missing : scan.missing()) {
      getLog().warn("netlint: source directory " + SourceFiles.display(missing, root)
          + " does not exist");
    }
    if (scan.inputs().isEmpty()) {
      getLog().info("netlint: no templates or plans to lint in " + (directories.isEmpty()
          ? "any of " + String.join(", ", SourceFiles.DEFAULT_DIRECTORIES)
          : String.join(", ", directories.stream().map(d -> SourceFiles.display(d, root))
              .toList())));
      return;
    }

    RuleRegistry rules;
    try {
      // The plugin's class loader also holds the jars added as <dependency> of the <plugin>.
      rules = RuleRegistry.load(CheckMojo.class.getClassLoader());
    } catch (RuntimeException e) {
      throw new MojoExecutionException("netlint: cannot load rules: " + e.getMessage(), e);
    }
    NetlintConfig config;
    ReviewStep.Settings review;
    try {
      config = configFile != null ? ConfigLoader.load(configFile.toPath())
          : ConfigLoader.loadNearest(project.getBasedir().toPath());
      List<Path> policyPaths = policyDirectories == null || policyDirectories.isEmpty()
          ? config.policies() : policyDirectories.stream().map(File::toPath).toList();
      if (!policyPaths.isEmpty()) {
        PolicySet.Joined joined = Policies.load(policyPaths).joinWith(rules);
        if (joined.hasErrors()) {
          Diagnostic d = joined.diagnostics().stream()
              .filter(x -> x.level() == Diagnostic.Level.ERROR).findFirst().orElseThrow();
          throw new MojoExecutionException("netlint: policy error: " + d.file() + ":" + d.line()
              + ":" + d.column() + ": " + d.message());
        }
        rules = joined.registry();
      }
      config.checkRules(rules);
      review = ReviewStep.Settings.of(config).withWorkingDirectory(root);
      if (baseline != null) {
        review = review.withBaseline(Baseline.read(baseline.toPath()),
            SourceFiles.display(baseline.toPath(), root));
      }
    } catch (ConfigException | BaselineException e) {
      throw new MojoExecutionException("netlint: " + e.getMessage(), e);
    }
    LintResult result = ReviewStep.apply(LintEngine.run(LintRequest.of(scan.inputs(), rules)
        .withRegion(regionName.or(config::region))
        .withSkipUnrecognized(true)
        .withCfnLint(cfnLintSettings)
        .withConfig(config)
        .withTfSources(tfSourceDirectories == null || tfSourceDirectories.isEmpty()
            ? config.tfSources() : tfSourceDirectories.stream().map(File::toPath).toList())
        .withMaxFileSize(maxFileSizeBytes(config))), review);

    // Logged first, so that a report that cannot be written does not hide the findings.
    FindingLog.write(result, getLog());
    String where = SourceFiles.display(outputDirectory.toPath(), root);
    try {
      reports.write(result, new ReportContext(System.getenv(), false, root,
          Optional.ofNullable(execution.getMojoDescriptor().getPluginDescriptor().getVersion())));
    } catch (IOException e) {
      throw new MojoExecutionException("netlint: " + e.getMessage(), e);
    }
    if (!reports.isEmpty()) getLog().info("netlint: reports in " + where);

    if (result.hasErrors()) {
      List<Diagnostic> errors = result.diagnostics().stream()
          .filter(d -> d.level() == Diagnostic.Level.ERROR).toList();
      Diagnostic d = errors.get(0);
      String first = d.file() + ":" + d.line() + ": " + d.message();
      throw new MojoExecutionException(errors.size() == 1
          ? "netlint: an input could not be loaded: " + first
          : "netlint: inputs could not be loaded (" + errors.size() + " problems); the first: "
              + first);
    }
    long violations = threshold.violations(result);
    if (threshold.exceeded(violations)) {
      String message = "netlint: " + threshold.describe(violations)
          + (reports.isEmpty() ? "" : "; reports in " + where);
      if (failOnViolation) throw new MojoFailureException(message);
      getLog().warn(message + " (failOnViolation is false)");
    }
  }

  private long maxFileSizeBytes(NetlintConfig config) throws MojoExecutionException {
    if (maxFileSize == null || maxFileSize.isBlank()) {
      return config.maxFileSize().orElse(LintRequest.DEFAULT_MAX_FILE_SIZE);
    }
    try {
      return ByteSize.parse(maxFileSize);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("netlint: maxFileSize: " + e.getMessage(), e);
    }
  }
}
