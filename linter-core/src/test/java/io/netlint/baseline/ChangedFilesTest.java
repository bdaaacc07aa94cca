package io.netlint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlint.model.SourceRef;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --changed-since} against a real git repository in a temporary directory. */
class ChangedFilesTest {

  @TempDir Path dir;
  Path repo;

  /** Runs git in {@code in}, failing the test on a non-zero exit. */
  static String git(Path in, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=netlint test",
        "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
        "-c", "init.defaultBranch=main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + ": " + out);
    }
    return out;
  }

  static boolean gitAvailable() {
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

  @BeforeEach
  void repository() throws Exception {
    Assumptions.assumeTrue(gitAvailable(), "git is not installed");
    repo = Files.createDirectories(dir.resolve("repo"));
    git(repo, "init", "-q");
    Files.createDirectories(repo.resolve("stacks"));
    Files.writeString(repo.resolve("stacks/a.yaml"), "a: 1\n");
    Files.writeString(repo.resolve("stacks/b.yaml"), "b: 1\n");
    Files.writeString(repo.resolve(".gitignore"), "*.tmp\n");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "first");
  }

  private static Finding at(String file, String... related) {
    List<SourceRef> rel = new ArrayList<>();
    for (String r : related) rel.add(new SourceRef(r, 1, 1, "R"));
    return new Finding("NET101", Severity.ERROR, "m", new SourceRef(file, 1, 1, "X"), rel);
  }

  @Test
  void listsChangedAndUntrackedFilesButNotIgnoredOnes() throws Exception {
    Files.writeString(repo.resolve("stacks/b.yaml"), "b: 2\n");
    Files.writeString(repo.resolve("stacks/new.yaml"), "c: 1\n");
    Files.writeString(repo.resolve("stacks/scratch.tmp"), "x\n");
    ChangedFiles changed = ChangedFiles.since("HEAD", List.of(repo.resolve("stacks")));
    assertThat(changed.ref()).isEqualTo("HEAD");
    assertThat(changed.files()).containsExactlyInAnyOrder(
        repo.resolve("stacks/b.yaml").toRealPath(), repo.resolve("stacks/new.yaml").toRealPath());
    assertThat(changed.contains("stacks/b.yaml", repo)).isTrue();
    assertThat(changed.contains("stacks/a.yaml", repo)).isFalse();
    assertThat(changed.touches(at("stacks/a.yaml"), repo)).isFalse();
    // A finding elsewhere that involves a changed file is reported.
    assertThat(changed.touches(at("stacks/a.yaml", "stacks/b.yaml"), repo)).isTrue();
  }

  @Test
  void comparesWithAnEarlierCommit() throws Exception {
    String first = git(repo, "rev-parse", "HEAD").strip();
    Files.writeString(repo.resolve("stacks/a.yaml"), "a: 2\n");
    git(repo, "commit", "-q", "-am", "second");
    ChangedFiles changed = ChangedFiles.since(first, List.of(repo.resolve("stacks/a.yaml")));
    assertThat(changed.files()).containsExactly(repo.resolve("stacks/a.yaml").toRealPath());
    assertThat(ChangedFiles.since("HEAD", List.of(repo)).files()).isEmpty();
  }

  @Test
  void outsideARepositoryIsAClearError() throws IOException {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    assertThatThrownBy(() -> ChangedFiles.since("main", List.of(plain)))
        .isInstanceOf(ChangedFilesException.class)
        .hasMessageStartingWith("--changed-since: " + plain.toAbsolutePath()
            + " is not in a git repository");
  }

  @Test
  void anUnknownRefIsAClearError() {
    assertThatThrownBy(() -> ChangedFiles.since("no-such-branch", List.of(repo)))
        .isInstanceOf(ChangedFilesException.class)
        .hasMessageStartingWith("--changed-since: git cannot compare with 'no-such-branch' in ");
    assertThatThrownBy(() -> ChangedFiles.since("--output=/tmp/x", List.of(repo)))
        .hasMessage("--changed-since: '--output=/tmp/x' is not a git ref");
  }
}
