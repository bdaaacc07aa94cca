package io.netlint.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.hcl.HclFile;
import io.netlint.parse.hcl.HclReader;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real templates and plans of the shared corpus, rewritten in ways that must not matter (CRLF
 * line endings, a UTF-8 byte order mark, UTF-16) and in ways that break them (cut in half): the
 * findings stay the same, line numbers included, and a broken file gets diagnostics, never an
 * internal error. Skipped when the corpus is not beside the checkout.
 */
class CorpusVariantsTest {

  private static final RuleRegistry RULES =
      RuleRegistry.load(CorpusVariantsTest.class.getClassLoader());

  @TempDir Path dir;

  private static Path corpus() {
    Path root = Path.of(System.getProperty("netlint.projectRoot", ".")).toAbsolutePath();
    Path corpus = root.resolve("../shared/corpus").normalize();
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
    return corpus;
  }

  private LintResult lint(String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    return LintEngine.run(LintRequest.of(List.of(new InputPath(file, "input")), RULES)
        .withRegion(Optional.of("eu-west-1")));
  }

  private static List<String> findings(LintResult r) {
    return r.findings().stream().map(Finding::toString).toList();
  }

  private static List<String> diagnostics(LintResult r) {
    return r.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void lineEndingsAndEncodingsChangeNothingAndCutFilesGetDiagnostics() throws IOException {
    Path corpus = corpus();
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(json|ya?ml|template)$")).sorted().toList();
    }
    int variants = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String lf = text.replace("\r\n", "\n");
      LintResult base = lint(name, lf.getBytes(StandardCharsets.UTF_8));
      String what = corpus.relativize(f).toString();

      LintResult crlf = lint(name, lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
      assertThat(findings(crlf)).as("CRLF " + what).isEqualTo(findings(base));
      assertThat(diagnostics(crlf)).as("CRLF " + what).isEqualTo(diagnostics(base));

      byte[] utf8 = lf.getBytes(StandardCharsets.UTF_8);
      byte[] bom = new byte[utf8.length + 3];
      bom[0] = (byte) 0xEF;
      bom[1] = (byte) 0xBB;
      bom[2] = (byte) 0xBF;
      System.arraycopy(utf8, 0, bom, 3, utf8.length);
      assertThat(findings(lint(name, bom))).as("BOM " + what).isEqualTo(findings(base));

      byte[] utf16 = ("\uFEFF" + lf).getBytes(StandardCharsets.UTF_16LE);
      assertThat(findings(lint(name, utf16))).as("UTF-16 " + what).isEqualTo(findings(base));

      for (int cut : new int[] {lf.length() / 2, lf.length() / 3}) {
        LintResult broken = lint(name, lf.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        assertThat(broken.diagnostics()).as("cut " + what)
            .noneSatisfy(d -> assertThat(d.message()).contains("internal error"));
      }
      variants += 6;
    }
    System.out.println("corpus variants: " + files.size() + " files, " + variants + " variants");
    assertThat(files).hasSizeGreaterThan(50);
  }

  @Test
  void terraformSourcesReadTheSameWithCrlfAndABomAndCutOnesNeverThrow() throws IOException {
    Path corpus = corpus();
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".tf")).sorted()
          .toList();
    }
    for (Path f : files) {
      String what = corpus.relativize(f).toString();
      String lf = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
      HclFile base = HclReader.read("main.tf", lf);
      assertThat(base.diagnostics()).as(what).isEmpty();
      assertThat(HclReader.read("main.tf", lf.replace("\n", "\r\n")).blocks()).as("CRLF " + what)
          .isEqualTo(base.blocks());
      assertThat(HclReader.read("main.tf", "\uFEFF" + lf).blocks()).as("BOM " + what)
          .isEqualTo(base.blocks());
      HclFile cut = HclReader.read("main.tf", lf.substring(0, lf.length() / 2));
      assertThat(cut.diagnostics()).as("cut " + what)
          .allSatisfy(d -> assertThat(d.line()).isPositive());
    }
    System.out.println("terraform source variants: " + files.size() + " files");
    assertThat(files).hasSizeGreaterThan(30);
  }
}
