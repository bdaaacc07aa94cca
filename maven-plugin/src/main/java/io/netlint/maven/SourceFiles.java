package io.netlint.maven;

import io.netlint.engine.InputPath;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * The files a project lints: its source directories, walked with Maven's Ant-style include and
 * exclude patterns. Each file is named relative to the build's root directory, so log lines and
 * SARIF paths match the repository when the build runs at its root.
 */
final class SourceFiles {

  /** Looked for under the project's base directory when no directories are configured. */
  static final List<String> DEFAULT_DIRECTORIES = List.of("src/main/cloudformation",
      "src/main/terraform", "infra", "cloudformation", "terraform");

  /** The extensions the CLI's directory walk reads. */
  static final List<String> DEFAULT_INCLUDES =
      List.of("**/*.json", "**/*.yaml", "**/*.yml", "**/*.template");

  /** The directories the CLI's walk skips; user excludes add to these. */
  static final List<String> ALWAYS_EXCLUDED =
      List.of("**/.*/**", "**/node_modules/**", "**/target/**", "**/.terraform/**");

  /** The files found, and the configured directories that are not there. */
  record Scan(List<InputPath> inputs, List<Path> missing) {}

  private SourceFiles() {}

  /** The configured directories, or else those of the defaults that exist under basedir. */
  static List<Path> directories(Path basedir, List<File> configured) {
    if (configured == null || configured.isEmpty()) {
      return DEFAULT_DIRECTORIES.stream().map(basedir::resolve).filter(Files::isDirectory)
          .toList();
    }
    return configured.stream().map(File::toPath).map(basedir::resolve).toList();
  }

  static Scan scan(List<Path> directories, List<String> includes, List<String> excludes,
      Path root) {
    // Keyed by absolute path: overlapping directories must not load a template twice.
    TreeMap<Path, InputPath> found = new TreeMap<>();
    List<Path> missing = new ArrayList<>();
    for (Path dir : directories) {
      if (!Files.isDirectory(dir)) {
        missing.add(dir);
        continue;
      }
      DirectoryScanner scanner = new DirectoryScanner();
      scanner.setBasedir(dir.toFile());
      scanner.setIncludes(patterns(includes, DEFAULT_INCLUDES));
      List<String> excluded = new ArrayList<>(ALWAYS_EXCLUDED);
      if (excludes != null) excluded.addAll(clean(excludes));
      scanner.setExcludes(excluded.toArray(String[]::new));
      scanner.addDefaultExcludes();
      scanner.scan();
      for (String relative : scanner.getIncludedFiles()) {
        Path file = dir.resolve(relative).toAbsolutePath().normalize();
        found.putIfAbsent(file, new InputPath(file, display(file, root)));
      }
    }
    List<InputPath> inputs = new ArrayList<>(found.values());
    inputs.sort((a, b) -> a.display().compareTo(b.display()));
    return new Scan(List.copyOf(inputs), List.copyOf(missing));
  }

  /** Relative to the root with {@code /} separators; a file outside it keeps its full path. */
  static String display(Path file, Path root) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    String shown = abs.startsWith(base) && !abs.equals(base)
        ? base.relativize(abs).toString() : abs.toString();
    return shown.replace(File.separatorChar, '/');
  }

  private static String[] patterns(List<String> given, List<String> defaults) {
    List<String> cleaned = given == null ? List.of() : clean(given);
    return (cleaned.isEmpty() ? defaults : cleaned).toArray(String[]::new);
  }

  private static List<String> clean(List<String> patterns) {
    return patterns.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList();
  }
}
