package io.netlint.baseline;

import io.netlint.model.SourceRef;
import io.netlint.rule.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The files changed since a git ref, for {@code --changed-since}: what {@code git diff --name-only
 * REF} lists (committed and uncommitted changes against the ref) plus untracked files that are not
 * ignored, since a new template not yet added is a change too. git runs without a shell, in each
 * input's repository.
 */
public final class ChangedFiles {

  private static final long TIMEOUT_SECONDS = 60;

  private final String ref;
  private final Set<Path> files;

  private ChangedFiles(String ref, Set<Path> files) {
    this.ref = ref;
    this.files = Set.copyOf(files);
  }

  /** A fixed set, for tests and callers that know the change already. */
  public static ChangedFiles of(String ref, Set<Path> files) {
    Set<Path> real = new TreeSet<>();
    for (Path f : files) real.add(real(f));
    return new ChangedFiles(ref, real);
  }

  /**
   * Asks git, in the repository of each of {@code places} (inputs, or the directories holding
   * them), which files changed since {@code ref}.
   */
  public static ChangedFiles since(String ref, List<Path> places) throws ChangedFilesException {
    if (ref == null || ref.isBlank() || ref.startsWith("-")) {
      throw new ChangedFilesException("--changed-since: '" + ref + "' is not a git ref");
    }
    Set<Path> tops = new LinkedHashSet<>();
    for (Path p : places) {
      Path abs = p.toAbsolutePath().normalize();
      Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
      while (dir != null && !Files.isDirectory(dir)) dir = dir.getParent();
      if (dir == null) continue;
      Run top = git(dir, List.of("rev-parse", "--show-toplevel"));
      if (top.code() != 0) {
        throw new ChangedFilesException("--changed-since: " + dir + " is not in a git"
            + " repository" + detail(top));
      }
      tops.add(real(Path.of(top.out().strip())));
    }
    Set<Path> changed = new TreeSet<>();
    for (Path top : tops) {
      Run diff = git(top, List.of("diff", "--name-only", "-z", "--no-renames", ref, "--"));
      if (diff.code() != 0) {
        throw new ChangedFilesException("--changed-since: git cannot compare with '" + ref
            + "' in " + top + detail(diff));
      }
      Run untracked = git(top, List.of("ls-files", "--others", "--exclude-standard", "-z"));
      if (untracked.code() != 0) {
        throw new ChangedFilesException("--changed-since: git cannot list untracked files in "
            + top + detail(untracked));
      }
      for (Run r : List.of(diff, untracked)) {
        for (String name : r.out().split("\0")) {
          if (!name.isEmpty()) changed.add(real(top.resolve(name)));
        }
      }
    }
    return new ChangedFiles(ref, changed);
  }

  public String ref() { return ref; }

  /** The changed files, absolute. */
  public Set<Path> files() { return files; }

  /** Whether {@code file} (as a finding names it) is among the changed files. */
  public boolean contains(String file, Path workingDirectory) {
    if (file == null || file.isEmpty()) return false;
    try {
      return files.contains(real(workingDirectory.toAbsolutePath().resolve(file)));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** Whether the finding's location, or one of its related locations, is in a changed file. */
  public boolean touches(Finding f, Path workingDirectory) {
    if (contains(f.location().file(), workingDirectory)) return true;
    for (SourceRef r : f.related()) {
      if (contains(r.file(), workingDirectory)) return true;
    }
    return false;
  }

  /** git prints real paths; symbolic links in ours (a temp directory) must not tell them apart. */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      Path parent = abs.getParent();
      if (parent == null || parent.equals(abs)) return abs;
      return real(parent).resolve(abs.getFileName());
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run git(Path dir, List<String> args) throws ChangedFilesException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(args);
    Process p;
    try {
      p = new ProcessBuilder(command).directory(dir.toFile()).start();
    } catch (IOException e) {
      throw new ChangedFilesException("--changed-since needs git, which could not be started: "
          + e.getMessage());
    }
    try {
      p.getOutputStream().close();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(
          p.getErrorStream()));
      String out = drain(p.getInputStream());
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new ChangedFilesException("--changed-since: git " + String.join(" ", args)
            + " did not finish in " + TIMEOUT_SECONDS + " seconds");
      }
      return new Run(p.exitValue(), out, err.join());
    } catch (IOException | UncheckedIOException e) {
      p.destroyForcibly();
      throw new ChangedFilesException("--changed-since: cannot read git's output: "
          + e.getMessage());
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new ChangedFilesException("--changed-since: interrupted while git ran");
    }
  }

  private static String drain(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String detail(Run r) {
    String first = r.err().strip().lines().findFirst().orElse("");
    return first.isEmpty() ? "" : " (git: " + first + ")";
  }
}
