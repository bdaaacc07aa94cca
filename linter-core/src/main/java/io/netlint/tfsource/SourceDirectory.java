package io.netlint.tfsource;

import io.netlint.parse.hcl.HclBlock;
import io.netlint.parse.hcl.HclFile;
import io.netlint.parse.hcl.HclReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code .tf} files of one directory, one Terraform module, read once.
 *
 * @param display the directory as reports name it ("" for the current directory)
 */
final class SourceDirectory {

  /** A top-level block and the file it is in. */
  record Declaration(HclFile file, HclBlock block) {}

  private final Path path;
  private final String display;
  private final List<HclFile> files;
  private final Map<String, Declaration> declarations = new HashMap<>();

  private SourceDirectory(Path path, String display, List<HclFile> files) {
    this.path = path;
    this.display = display;
    this.files = files;
    for (HclFile f : files) {
      for (HclBlock b : f.blocks()) declarations.putIfAbsent(key(b.type(), b.labels()),
          new Declaration(f, b));
    }
  }

  /** Reads every {@code *.tf} file directly in {@code path} (modules are directories). */
  static SourceDirectory read(Path path, String display) throws IOException {
    List<Path> tf;
    try (Stream<Path> list = Files.list(path)) {
      tf = list.filter(p -> p.getFileName().toString().endsWith(".tf"))
          .filter(Files::isRegularFile).sorted().toList();
    }
    // files of a module are independent; parsing them side by side helps large modules
    List<HclFile> files = tf.parallelStream()
        .map(p -> HclReader.read(join(display, p.getFileName().toString()), p)).toList();
    return new SourceDirectory(path, display, files);
  }

  static boolean hasTfFiles(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.anyMatch(p -> p.getFileName().toString().endsWith(".tf")
          && Files.isRegularFile(p));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  Path path() { return path; }

  String display() { return display; }

  List<HclFile> files() { return files; }

  boolean anyUnreadable() {
    return files.stream().anyMatch(f -> !f.parsed());
  }

  Optional<Declaration> find(String type, String... labels) {
    return Optional.ofNullable(declarations.get(key(type, List.of(labels))));
  }

  private static String key(String type, List<String> labels) {
    return type + "\u0000" + String.join("\u0000", labels);
  }

  /** A report name under a directory's report name: {@code /}, no {@code ./} or {@code x/..}. */
  static String join(String dir, String relative) {
    String joined = dir.isEmpty() || dir.equals(".") ? relative : dir + "/" + relative;
    String normal = Path.of(joined).normalize().toString().replace('\\', '/');
    return normal.isEmpty() ? "." : normal;
  }
}
