package io.netlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal end to end on a module of a build, with the parameters' defaults set by hand. */
class CheckMojoTest {

  private static final String OVERLAP = """
      Resources:
        OrdersVpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.50.0.0/16
        ReportingVpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.50.64.0/18
        OrdersToReporting:
          Type: AWS::EC2::VPCPeeringConnection
          Properties:
            VpcId: !Ref OrdersVpc
            PeerVpcId: !Ref ReportingVpc
      """;

  private static final String ONE_ROUTER = """
      Resources:
        Gateway:
          Type: AWS::EC2::VPNGateway
          Properties:
            Type: ipsec.1
        Router:
          Type: AWS::EC2::CustomerGateway
          Properties:
            Type: ipsec.1
            IpAddress: 192.0.2.10
            BgpAsn: 65031
        Vpn:
          Type: AWS::EC2::VPNConnection
          Properties:
            Type: ipsec.1
            CustomerGatewayId: !Ref Router
            VpnGatewayId: !Ref Gateway
      """;

  @TempDir Path root;
  Path module;
  RecordingLog log;

  @BeforeEach
  void module() throws IOException {
    module = root.resolve("network");
    Files.createDirectories(module);
    log = new RecordingLog();
  }

  private void template(String relative, String text) throws IOException {
    Path p = module.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private CheckMojo mojo() {
    MavenProject project = new MavenProject();
    project.setFile(module.resolve("pom.xml").toFile());
    MavenSession session = new MavenSession(null, null,
        new DefaultMavenExecutionRequest().setBaseDirectory(root.toFile()),
        new DefaultMavenExecutionResult());
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setVersion("1.2.3");
    MojoDescriptor goal = new MojoDescriptor();
    goal.setPluginDescriptor(plugin);
    CheckMojo mojo = new CheckMojo(project, session, new MojoExecution(goal));
    mojo.setLog(log);
    mojo.failOnSeverity = "error";
    mojo.failOnViolation = true;
    mojo.formats = List.of("text", "sarif");
    mojo.outputDirectory = module.resolve("target/netlint").toFile();
    return mojo;
  }

  private Path report(String name) {
    return module.resolve("target/netlint").resolve(name);
  }

  @Test
  void aViolationFailsTheBuildAfterTheReportsAreWritten() throws IOException {
    template("src/main/cloudformation/peering.yaml", OVERLAP);
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageMatching("netlint: \\d+ findings? at or above error;"
            + " reports in network/target/netlint");
    assertThat(log.lines).anyMatch(l -> l.startsWith(
        "[ERROR] network/src/main/cloudformation/peering.yaml:2: NET101 VPC 'OrdersVpc'"));
    assertThat(Files.readString(report("netlint.txt")))
        .contains("network/src/main/cloudformation/peering.yaml:2:3: error NET101");
    assertThat(Files.readString(report("netlint.sarif")))
        .contains("\"uri\": \"network/src/main/cloudformation/peering.yaml\"")
        .contains("\"version\": \"1.2.3\"");
  }

  @Test
  void withoutFailOnViolationTheViolationIsOnlyLogged() throws Exception {
    template("infra/peering.yaml", OVERLAP);
    CheckMojo mojo = mojo();
    mojo.failOnViolation = false;
    mojo.execute();
    assertThat(log.lines).anyMatch(l -> l.matches("\\[WARNING] netlint: \\d+ findings? at or"
        + " above error; reports in network/target/netlint \\(failOnViolation is false\\)"));
  }

  @Test
  void violationsUpToTheAllowanceDoNotFail() throws Exception {
    template("infra/peering.yaml", OVERLAP);
    CheckMojo mojo = mojo();
    mojo.maxAllowedViolations = 10;
    mojo.execute();
    assertThat(log.lines).noneMatch(l -> l.contains("at or above"));
  }

  @Test
  void warningsFailOnlyWithAWarningThreshold() throws Exception {
    template("infra/vpn.yaml", ONE_ROUTER);
    mojo().execute();
    assertThat(log.lines)
        .anyMatch(l -> l.startsWith("[WARNING] network/infra/vpn.yaml:2: NET201 "));

    CheckMojo strict = mojo();
    strict.failOnSeverity = "warning";
    assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageMatching("netlint: \\d+ findings? at or above warning; .*");
  }

  @Test
  void anInputThatCannotBeParsedIsAToolFailureWithItsDiagnostic() throws IOException {
    template("infra/broken.yaml", "Resources:\n  Vpc:\n    Type: [unclosed\n");
    template("infra/peering.yaml", OVERLAP);
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("netlint: an input could not be loaded: "
            + "network/infra/broken.yaml:");
    // The other input is still linted and reported.
    assertThat(Files.readString(report("netlint.txt"))).contains("NET101");
  }

  @Test
  void anInputAboveMaxFileSizeIsRefusedUnreadAndABadSizeIsAConfigurationError()
      throws IOException {
    template("infra/big.yaml", OVERLAP + "#" + "x".repeat(4_000) + "\n");
    template("infra/vpn.yaml", ONE_ROUTER);
    CheckMojo limited = mojo();
    limited.maxFileSize = "2KB";
    assertThatThrownBy(limited::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("network/infra/big.yaml:1: file too large: ")
        .hasMessageContaining("above the maximum of 2048 bytes");
    assertThat(Files.readString(report("netlint.txt"))).contains("NET201");

    CheckMojo nonsense = mojo();
    nonsense.maxFileSize = "huge";
    assertThatThrownBy(nonsense::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("netlint: maxFileSize: 'huge' is not a size");
  }

  @Test
  void aReportThatCannotBeWrittenIsAToolFailureAfterTheFindingsAreLogged() throws IOException {
    template("infra/vpn.yaml", ONE_ROUTER);
    Files.writeString(module.resolve("blocked"), "a file where the directory should be");
    CheckMojo mojo = mojo();
    mojo.outputDirectory = module.resolve("blocked").toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("netlint: cannot write ");
    assertThat(log.lines).anyMatch(l -> l.startsWith("[WARNING] network/infra/vpn.yaml:2: NET201"));
  }

  @Test
  void anUnknownFormatIsAConfigurationErrorBeforeAnythingIsRead() throws IOException {
    template("infra/peering.yaml", OVERLAP);
    CheckMojo mojo = mojo();
    mojo.formats = List.of("text", "pdf");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("netlint: unknown report format 'pdf' in formats;");
    assertThat(module.resolve("target")).doesNotExist();
  }

  @Test
  void aBadThresholdOrRegionIsAConfigurationError() throws IOException {
    template("infra/peering.yaml", OVERLAP);
    CheckMojo severity = mojo();
    severity.failOnSeverity = "fatal";
    assertThatThrownBy(severity::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("netlint: failOnSeverity is 'fatal'; expected error, warning, info or none");
    CheckMojo region = mojo();
    region.region = "Ireland";
    assertThatThrownBy(region::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("netlint: region 'Ireland' is not a region name such as eu-west-1");
  }

  @Test
  void skipReadsNothing() throws Exception {
    template("infra/peering.yaml", OVERLAP);
    CheckMojo mojo = mojo();
    mojo.skip = true;
    mojo.execute();
    assertThat(log.lines).containsExactly("[INFO] netlint: skipped");
    assertThat(module.resolve("target")).doesNotExist();
  }

  @Test
  void aModuleWithoutSourcesIsLeftAlone() throws Exception {
    mojo().execute();
    assertThat(log.lines).containsExactly("[INFO] netlint: no templates or plans to lint in any"
        + " of src/main/cloudformation, src/main/terraform, infra, cloudformation, terraform");
    assertThat(module.resolve("target")).doesNotExist();
  }

  @Test
  void configuredDirectoriesReplaceTheDefaultsAndMissingOnesAreWarnedAbout() throws Exception {
    template("infra/peering.yaml", OVERLAP);
    template("stacks/vpn.yaml", ONE_ROUTER);
    CheckMojo mojo = mojo();
    mojo.sourceDirectories = List.of(new File("stacks"), new File("gone"));
    mojo.execute();
    assertThat(log.lines)
        .contains("[WARNING] netlint: source directory network/gone does not exist")
        .anyMatch(l -> l.startsWith("[WARNING] network/stacks/vpn.yaml:2: NET201 "))
        .noneMatch(l -> l.contains("NET101"));
  }
}
