package io.netlint.report;

import io.netlint.engine.LintResult;
import io.netlint.model.Network;
import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.Finding;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One fixed result for the CI formats: every severity, an exposure rule, hostile text. */
final class CiSample {
  private CiSample() {}

  static final Rule NO_OP = (network, ctx) -> { };

  static final String HOSTILE = "Security group 'AdminSg' allows tcp/22 from 0.0.0.0/0: 100%"
      + " open, see <docs> & \"fix\", a|b *now*\nsecond line\nthird";

  static List<RuleDescriptor> rules() {
    return List.of(
        new RuleDescriptor("NET101", "overlapping-connected-cidrs",
            "Connected VPCs have overlapping CIDR ranges", Severity.ERROR,
            List.of("addressing", "peering"), NO_OP),
        new RuleDescriptor("NET202", "missing-redundant-tunnel",
            "A VPN connection configures only one of its two tunnels", Severity.WARNING,
            List.of("vpn", "availability"), NO_OP),
        new RuleDescriptor("NET301", "single-instance-appliance",
            "A network appliance runs on one instance", Severity.WARNING,
            List.of("appliance", "availability"), NO_OP),
        new RuleDescriptor("NET305", "unverifiable-endpoint-region",
            "The region of an interface endpoint's service cannot be verified", Severity.INFO,
            List.of("privatelink"), NO_OP),
        new RuleDescriptor("NET701", "admin-port-open-to-world",
            "A security group opens an administrative port to the internet", Severity.ERROR,
            List.of("exposure"), NO_OP));
  }

  static LintResult result() {
    SourceRef sharedVpc = new SourceRef("stacks/shared.yaml", 12, 3, "SharedVpc");
    SourceRef analyticsVpc = new SourceRef("stacks/analytics.yaml", 4, 3, "AnalyticsVpc");
    SourceRef peering = new SourceRef("stacks/shared.yaml", 29, 3, "SharedToAnalytics");
    List<Finding> findings = new ArrayList<>(List.of(
        new Finding("NET101", Severity.ERROR, "VPC 'SharedVpc' (10.20.0.0/16) overlaps VPC"
            + " 'AnalyticsVpc' (10.20.128.0/17), and the two are connected by peering"
            + " 'SharedToAnalytics'; AWS rejects peering between overlapping ranges", sharedVpc,
            List.of(analyticsVpc, peering)),
        new Finding("NET701", Severity.ERROR, HOSTILE,
            new SourceRef("stacks/shared.yaml", 28, 11, "AdminSg"), List.of()),
        new Finding("NET202", Severity.WARNING, "Tunnel \"2\" has no options \\ see docs",
            new SourceRef("plan.json", 48, 9, "aws_vpn_connection.hq[\"a\"]"), List.of()),
        new Finding("NET305", Severity.INFO, "cannot verify the region of service"
            + " 'com.amazonaws.vpce.us-east-1.vpce-svc-0abc' of endpoint 'Api'",
            new SourceRef("stacks/analytics.yaml", 1, 1, "Api"), List.of())));
    findings.sort(Finding.ORDER);
    List<Diagnostic> diagnostics = List.of(
        Diagnostic.error("broken.json", 5, 11, "cannot parse: Unexpected character ('{')"),
        Diagnostic.warning("stacks/analytics.yaml", 7, 5,
            "unknown intrinsic Fn::Foo; the value is left unknown"));
    return new LintResult(findings, diagnostics, rules(), 3, Network.of(List.of()));
  }

  /** Rule pages from {@code report/docs/} in the test resources; NET101 has one, others not. */
  static Function<RuleDescriptor, Optional<String>> docs() {
    return d -> {
      try (InputStream in = CiSample.class.getResourceAsStream("/report/docs/" + d.id() + ".md")) {
        return in == null ? Optional.empty()
            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /**
   * A working directory holding {@code stacks/shared.yaml} from the test resources, so SARIF can
   * hash its lines; {@code stacks/analytics.yaml} and {@code plan.json} are deliberately absent.
   */
  static Path workingDirectory(Path tmp) throws IOException {
    Path stacks = Files.createDirectories(tmp.resolve("stacks"));
    try (InputStream in = CiSample.class.getResourceAsStream("/report/workdir/stacks/shared.yaml")) {
      Files.write(stacks.resolve("shared.yaml"), in.readAllBytes());
    }
    return tmp;
  }

  static String resource(String name) {
    try (InputStream in = CiSample.class.getResourceAsStream("/report/" + name)) {
      if (in == null) return null;
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
