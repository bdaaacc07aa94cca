package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --changed-since} in a temporary git repository; skipped where git is missing. */
class ChangedSinceCliTest {

  @TempDir Path dir;
  Path repo;

  private static void git(Path in, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=netlint test",
        "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + ": " + out);
    }
  }

  private static boolean gitAvailable() {
    try {
      Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String vpc(String name, String cidr) {
    return "  " + name + ":\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: " + cidr
        + "\n      Tags: [{Key: Name, Value: " + name + "}]\n";
  }

  @BeforeEach
  void repository() throws Exception {
    Assumptions.assumeTrue(gitAvailable(), "git is not installed");
    repo = Files.createDirectories(dir.resolve("repo"));
    git(repo, "init", "-q");
    Files.createDirectories(repo.resolve("stacks"));
    // Two overlaps: one within orders.yaml, one joining network.yaml's VPC to reporting.yaml's.
    Files.writeString(repo.resolve("stacks/orders.yaml"), "Resources:\n"
        + vpc("OrdersA", "10.0.0.0/16") + vpc("OrdersB", "10.0.128.0/17")
        + "  OrdersPeering:\n    Type: AWS::EC2::VPCPeeringConnection\n    Properties:\n"
        + "      VpcId: !Ref OrdersA\n      PeerVpcId: !Ref OrdersB\n");
    Files.writeString(repo.resolve("stacks/network.yaml"), "Resources:\n"
        + vpc("Hub", "10.9.0.0/16")
        + "Outputs:\n  Hub:\n    Value: !Ref Hub\n    Export: {Name: hub-vpc}\n");
    Files.writeString(repo.resolve("stacks/reporting.yaml"), "Resources:\n"
        + vpc("Reporting", "10.9.64.0/18")
        + "  ToHub:\n    Type: AWS::EC2::VPCPeeringConnection\n    Properties:\n"
        + "      VpcId: !Ref Reporting\n      PeerVpcId: !ImportValue hub-vpc\n");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "first");
  }

  @Test
  void reportsOnlyFindingsInOrRelatedToChangedFiles() throws IOException {
    Path stacks = repo.resolve("stacks");
    CliRun all = CliRun.of("lint", "--no-config", stacks.toString());
    assertThat(all.out()).contains("[OrdersA]").contains("NET101");
    long overlaps = all.out().lines().filter(l -> l.contains(" NET101 ")).count();
    assertThat(overlaps).isEqualTo(2);

    // Nothing changed: nothing reported, everything still linted.
    CliRun none = CliRun.of("lint", "--no-config", "--changed-since", "HEAD", stacks.toString());
    assertThat(none.exitCode()).isZero();
    assertThat(none.out()).endsWith("netlint: 0 findings (0 errors, 0 warnings, 0 info) in 3"
        + " files; 2 outside the files changed since HEAD\n");

    // network.yaml changed: the overlap reported on reporting.yaml's VPC involves its hub, so
    // it is reported; the orders overlap is not.
    Files.writeString(stacks.resolve("network.yaml"),
        Files.readString(stacks.resolve("network.yaml")) + "# reviewed\n");
    CliRun changed = CliRun.of("lint", "--no-config", "--changed-since", "HEAD",
        stacks.toString());
    assertThat(changed.exitCode()).isEqualTo(1);
    assertThat(changed.out()).contains(" NET101 ").doesNotContain("[OrdersA]")
        .endsWith("; 1 outside the files changed since HEAD\n");
  }

  @Test
  void outsideARepositoryOrWithAnUnknownRefIsAClearError() throws IOException {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    Files.writeString(plain.resolve("t.yaml"), "Resources:\n" + vpc("A", "10.0.0.0/16"));
    CliRun outside = CliRun.of("lint", "--no-config", "--changed-since", "main",
        plain.resolve("t.yaml").toString());
    assertThat(outside.exitCode()).isEqualTo(2);
    assertThat(outside.err()).contains("--changed-since: ").contains("is not in a git"
        + " repository");
    CliRun unknown = CliRun.of("lint", "--no-config", "--changed-since", "no-such-ref",
        repo.resolve("stacks").toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--changed-since: git cannot compare with 'no-such-ref'");
  }
}
