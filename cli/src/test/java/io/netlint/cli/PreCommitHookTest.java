package io.netlint.cli;

import static io.netlint.cli.CliTestFiles.PEERED_OVERLAP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real pre-commit runs this repository's hook ({@code pre-commit try-repo}) on a throwaway
 * git repository, as a user's commit would. Skipped where pre-commit or git is missing; CI
 * installs pre-commit first ({@code .ci/run}).
 *
 * <p>try-repo clones the hook repository at a commit, so uncommitted hook files would not be
 * seen. When this checkout has uncommitted changes, the test commits a snapshot of its files
 * (tracked and untracked, minus ignored ones) to a temporary repository and tries that instead;
 * in CI's clean clone it tries this checkout itself.
 */
class PreCommitHookTest {

  private static final long TIMEOUT_MINUTES = 10;


  private static final String CLEAN = """
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
      """;

  @TempDir static Path tmp;

  private static Path root;
  private static Path hookRepo;

  /** What a process printed, stdout and stderr together, and how it ended. */
  private record Run(int exitCode, String output) {}

  @BeforeAll
  static void setUp() throws Exception {
    String rootProperty = System.getProperty("netlint.projectRoot");
    Assumptions.assumeTrue(rootProperty != null, "netlint.projectRoot is not set");
    root = Path.of(rootProperty).toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isRegularFile(root.resolve(".pre-commit-hooks.yaml")),
        "no .pre-commit-hooks.yaml at " + root);
    Assumptions.assumeTrue(works(List.of("git", "--version")), "git is not on PATH");
    Assumptions.assumeTrue(works(List.of("pre-commit", "--version")),
        "pre-commit is not on PATH (python3 -m pip install pre-commit)");
    hookRepo = hookRepository();
  }

  private static boolean works(List<String> command) {
    try {
      return run(command, tmp, Map.of()).exitCode() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static Run run(List<String> command, Path dir, Map<String, String> env)
      throws IOException {
    Path log = Files.createTempFile(tmp, "process", ".log");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    // A test run from inside a git hook must not leak that repository into these.
    pb.environment().keySet().removeIf(k -> k.startsWith("GIT_") || k.equals("PRE_COMMIT"));
    pb.environment().putAll(env);
    Process p = pb.start();
    try {
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " took over " + TIMEOUT_MINUTES
            + " minutes:\n" + Files.readString(log));
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static void git(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=netlint test",
        "-c", "user.email=test@netlint.invalid", "-c", "commit.gpgsign=false",
        "-c", "init.defaultBranch=main"));
    command.addAll(List.of(args));
    Run r = run(command, dir, Map.of());
    assertThat(r.exitCode()).as(String.join(" ", command) + "\n" + r.output()).isZero();
  }

  /** This checkout when it is committed as it is, else a committed snapshot of its files. */
  private static Path hookRepository() throws IOException {
    boolean isRepo = run(List.of("git", "rev-parse", "--is-inside-work-tree"), root, Map.of())
        .exitCode() == 0;
    if (isRepo) {
      Run status = run(List.of("git", "status", "--porcelain"), root, Map.of());
      Run committed = run(List.of("git", "cat-file", "-e", "HEAD:.pre-commit-hooks.yaml"),
          root, Map.of());
      if (status.exitCode() == 0 && status.output().isBlank() && committed.exitCode() == 0) {
        return root;
      }
    }
    Path snapshot = Files.createDirectories(tmp.resolve("hook-repo"));
    List<String> files = new ArrayList<>();
    if (isRepo) {
      Run ls = run(List.of("git", "ls-files", "-co", "--exclude-standard", "-z"), root, Map.of());
      assertThat(ls.exitCode()).as(ls.output()).isZero();
      for (String f : ls.output().split("\0")) if (!f.isEmpty()) files.add(f);
    } else {
      try (var walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
            .filter(f -> !f.contains("target/") && !f.startsWith(".git/")).forEach(files::add);
      }
    }
    for (String f : files) {
      Path from = root.resolve(f);
      if (!Files.isRegularFile(from)) continue; // deleted but still tracked
      Path to = snapshot.resolve(f);
      Files.createDirectories(to.getParent());
      // COPY_ATTRIBUTES keeps the launcher executable.
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
    git(snapshot, "init", "-q");
    git(snapshot, "add", "-A");
    git(snapshot, "commit", "-q", "-m", "snapshot");
    return snapshot;
  }

  /** A git repository holding {@code network.yaml} plus YAML and JSON that are not inputs. */
  private static Path userRepository(String name, String template) throws IOException {
    Path repo = Files.createDirectories(tmp.resolve(name));
    Files.writeString(repo.resolve("network.yaml"), template);
    Files.writeString(repo.resolve("package.json"), "{\"name\": \"web\", \"version\": \"1.0.0\"}\n");
    Files.writeString(repo.resolve(".gitlab-ci.yml"), "test:\n  script: [make]\n");
    Files.writeString(repo.resolve("README.md"), "not for the hook\n");
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    return repo;
  }

  private static Run tryRepo(Path repo) throws IOException {
    List<String> command = List.of("pre-commit", "try-repo", hookRepo.toString(), "netlint",
        "--all-files", "--verbose", "--color=never");
    return run(command, repo, Map.of("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home")
        .toString(), "NO_COLOR", "1"));
  }

  @Test
  void manifestIsValid() throws IOException {
    List<String> command = List.of("pre-commit", "validate-manifest",
        root.resolve(".pre-commit-hooks.yaml").toString());
    Run r = run(command, root, Map.of());
    assertThat(r.exitCode()).as(r.output()).isZero();
  }

  @Test
  void failsOnAKnownFindingAndSkipsOtherFilesQuietly() throws IOException {
    Run r = tryRepo(userRepository("with-finding", PEERED_OVERLAP));
    assertThat(r.exitCode()).as(r.output()).isNotZero();
    assertThat(r.output()).contains("- hook id: netlint").contains("- exit code: 1")
        .contains("network.yaml:2:3: error NET101 ")
        .contains("netlint: 1 finding (1 error, 0 warnings, 0 info) in 1 file")
        .doesNotContain("package.json").doesNotContain("gitlab-ci")
        .doesNotContain("neither a CloudFormation template nor a Terraform plan");
  }

  @Test
  void passesOnACleanTemplate() throws IOException {
    Run r = tryRepo(userRepository("clean", CLEAN));
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("Passed")
        .contains("netlint: 0 findings (0 errors, 0 warnings, 0 info) in 1 file");
  }
}
