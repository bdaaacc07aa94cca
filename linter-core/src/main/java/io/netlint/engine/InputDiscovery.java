package io.netlint.engine;

import io.netlint.parse.Diagnostic;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the paths of a run into files. Directories are walked in name order; only files with a
 * template or plan extension are candidates there, and hidden directories are skipped.
 */
final class InputDiscovery {

  private static final Set<String> EXTENSIONS = Set.of(".json", ".yaml", ".yml", ".template");
  private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "target", ".terraform");

  record Result(List<InputFile> files, List<Diagnostic> diagnostics) {}

  private InputDiscovery() {}

  static Result discover(List<InputPath> inputs, boolean namedFilesMustBeInputs) {
    List<InputFile> files = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (InputPath input : inputs) {
      Path path = input.path();
      if (!Files.exists(path)) {
        diagnostics.add(Diagnostic.error(input.display(), 1, 1, "no such file or directory"));
      } else if (Files.isDirectory(path)) {
        walk(path, input.display(), files, diagnostics);
      } else {
        files.add(new InputFile(path, input.display(), namedFilesMustBeInputs));
      }
    }
    return new Result(files, diagnostics);
  }

  private static void walk(Path root, String display, List<InputFile> files,
      List<Diagnostic> diagnostics) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean skip = !dir.equals(root)
                  && (name.startsWith(".") || SKIPPED_DIRS.contains(name));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!hasCandidateExtension(file)) return FileVisitResult.CONTINUE;
              if (attrs.isRegularFile()) {
                found.add(file);
              } else if (attrs.isOther()) {
                // opening a FIFO or a device could block or never end: name it, do not read it
                diagnostics.add(Diagnostic.warning(join(display, root.relativize(file)), 1, 1,
                    "not a regular file (a FIFO, device or socket); not read"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String why = e instanceof FileSystemLoopException
                  ? "symbolic link loop; not followed" : "cannot be read: " + e.getMessage();
              diagnostics.add(Diagnostic.error(join(display, root.relativize(file)), 1, 1, why));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(display, 1, 1, "cannot walk directory: " + e.getMessage()));
    }
    found.stream()
        .map(f -> new InputFile(f, join(display, root.relativize(f)), false))
        .sorted((a, b) -> a.display().compareTo(b.display()))
        .forEach(files::add);
  }

  private static boolean hasCandidateExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  /** The walked directory as the user wrote it, joined with the file's relative path. */
  static String join(String display, Path relative) {
    String rel = relative.toString().replace('\\', '/');
    String base = display.replace('\\', '/');
    if (base.equals(".") || base.isEmpty()) return rel;
    return base.endsWith("/") ? base + rel : base + "/" + rel;
  }
}
