package io.netlint.report.internal;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Paths as CI systems want them: relative to the working directory (the repository root in CI)
 * with {@code /} separators. Files outside it stay absolute.
 */
public final class ReportPaths {
  private ReportPaths() {}

  /** The path of an input as reports print it. */
  public static String relative(String file, Path workingDirectory) {
    if (file == null || file.isEmpty()) return "";
    try {
      Path p = Path.of(file);
      if (p.isAbsolute()) {
        Path n = p.normalize();
        if (!n.startsWith(workingDirectory)) return slashes(n.toString());
        return slashes(workingDirectory.relativize(n).toString());
      }
      String s = slashes(p.normalize().toString());
      return s.isEmpty() ? "." : s;
    } catch (InvalidPathException e) {
      return slashes(file);
    }
  }

  /** A SARIF {@code uri}: a relative reference for files under the root, else a file URI. */
  public static String uri(String file, Path workingDirectory) {
    String rel = relative(file, workingDirectory);
    if (rel.startsWith("/") || Path.of(rel).isAbsolute()) {
      return Path.of(rel).toUri().toASCIIString();
    }
    // A colon in the first segment would read as a scheme.
    int colon = rel.indexOf(':');
    int slash = rel.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) rel = "./" + rel;
    try {
      return new URI(null, null, rel, null).toASCIIString();
    } catch (URISyntaxException e) {
      return rel;
    }
  }

  /** The file on disk behind a finding's path, when it is there. */
  public static Optional<Path> onDisk(String file, Path workingDirectory) {
    if (file == null || file.isEmpty()) return Optional.empty();
    try {
      Path p = workingDirectory.resolve(file);
      return java.nio.file.Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static String slashes(String s) {
    return File.separatorChar == '\\' ? s.replace('\\', '/') : s;
  }
}
