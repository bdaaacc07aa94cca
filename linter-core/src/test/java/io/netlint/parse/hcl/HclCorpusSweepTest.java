package io.netlint.parse.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.parse.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads every {@code .tf} file of the shared corpus (real modules from public repositories):
 * none may have a syntax error, and every {@code resource} block that a plain line scan finds
 * must be found by the parser at the same line, and no other. {@code data} and {@code module}
 * blocks, which the mapping also looks up, are checked the same way.
 */
class HclCorpusSweepTest {

  private static final Pattern RESOURCE =
      Pattern.compile("^\\s*resource\\s+\"([^\"]+)\"\\s+\"([^\"]+)\"");
  private static final Pattern OTHER =
      Pattern.compile("^\\s*(data\\s+\"[^\"]+\"\\s+\"[^\"]+\"|module\\s+\"[^\"]+\")\\s*\\{");
  private static final Pattern HEREDOC = Pattern.compile("<<-?([A-Za-z_][A-Za-z0-9_-]*)\\s*$");

  private static Path corpus() {
    Path root = Path.of(System.getProperty("netlint.projectRoot", "."));
    Path relative = root.resolve("../shared/corpus/hcl").normalize();
    return Files.isDirectory(relative) ? relative : Path.of("/work/shared/corpus/hcl");
  }

  @Test
  void everyTfFileParsesAndEveryResourceBlockIsFound() throws IOException {
    Path corpus = corpus();
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no HCL corpus at " + corpus);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".tf")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    List<Diagnostic> errors = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    int resources = 0;
    long start = System.nanoTime();
    for (Path file : files) {
      String name = corpus.relativize(file).toString();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      HclFile parsed = HclReader.read(name, text);
      errors.addAll(parsed.diagnostics());
      TreeSet<String> parser = new TreeSet<>();
      for (HclBlock b : parsed.blocks()) {
        if (b.type().equals("resource") && b.labels().size() == 2) {
          parser.add(b.start().line() + " " + b.labels().get(0) + "." + b.labels().get(1));
        } else if (b.type().equals("data") || b.type().equals("module")) {
          parser.add(b.start().line() + " " + b.type() + " "
              + String.join(" ", b.labels().stream().map(l -> "\"" + l + "\"").toList()));
        }
      }
      TreeSet<String> scan = scan(text);
      resources += scan.size();
      if (parsed.parsed() && !parser.equals(scan)) {
        mismatches.add(name + ": scan " + scan + " parser " + parser);
      }
    }
    System.out.printf("HCL corpus sweep: %d files, %d resource/data/module blocks, %d parse"
        + " errors, %d ms%n",
        files.size(), resources, errors.size(), (System.nanoTime() - start) / 1_000_000);
    errors.forEach(d -> System.out.println("  " + d.file() + ":" + d.line() + ":" + d.column()
        + " " + d.message()));
    assertThat(errors).isEmpty();
    assertThat(mismatches).isEmpty();
  }

  /** Resource block lines by a line scan that skips block comments and heredoc bodies. */
  static TreeSet<String> scan(String text) {
    TreeSet<String> found = new TreeSet<>();
    String[] lines = text.split("\r?\n", -1);
    String heredoc = null;
    boolean inComment = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (heredoc != null) {
        if (line.strip().equals(heredoc)) heredoc = null;
        continue;
      }
      if (inComment) {
        int end = line.indexOf("*/");
        if (end < 0) continue;
        inComment = false;
        line = " ".repeat(end + 2) + line.substring(end + 2);
      }
      Matcher m = RESOURCE.matcher(line);
      if (m.find()) found.add((i + 1) + " " + m.group(1) + "." + m.group(2));
      Matcher other = OTHER.matcher(line);
      if (other.find()) found.add((i + 1) + " " + other.group(1).replaceAll("\\s+", " "));
      String code = line.replaceAll("^\\s*(#|//).*", "");
      int open = code.lastIndexOf("/*");
      if (open >= 0 && code.indexOf("*/", open) < 0) inComment = true;
      Matcher h = HEREDOC.matcher(code);
      if (h.find()) heredoc = h.group(1);
    }
    return found;
  }
}
