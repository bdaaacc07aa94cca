package io.netlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.parse.Diagnostic;
import io.netlint.rule.RuleRegistry;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile files on disk: each gets a diagnostic that says where and why, nothing
 * blocks, and the good files of the same run are still linted.
 */
class HostileInputTest {

  private static final String TEMPLATE = """
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static LintResult lint(LintRequest request) {
    return LintEngine.run(request);
  }

  private LintResult lint(String... paths) {
    return lint(LintRequest.of(Arrays.stream(paths)
        .map(p -> new InputPath(dir.resolve(p), p)).toList(), RuleRegistry.of(List.of())));
  }

  private static Diagnostic only(LintResult result, String file) {
    List<Diagnostic> of = result.diagnostics().stream().filter(d -> d.file().equals(file))
        .toList();
    assertThat(of).as("diagnostics of " + file + " in " + result.diagnostics()).hasSize(1);
    return of.get(0);
  }

  @Test
  void aFileAboveTheMaximumIsRefusedUnreadAndTheOthersAreLinted() throws IOException {
    write("good.yaml", TEMPLATE);
    write("big.yaml", TEMPLATE + "#" + "x".repeat(500) + "\n");
    LintResult result = lint(LintRequest.of(List.of(new InputPath(dir, "in")),
        RuleRegistry.of(List.of())).withMaxFileSize(TEMPLATE.length() + 100));
    assertThat(only(result, "in/big.yaml").message())
        .startsWith("file too large: " + (TEMPLATE.length() + 502) + " bytes")
        .contains("--max-file-size");
    assertThat(result.filesLoaded()).isEqualTo(1);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aFileOfAGigabyteIsRefusedWithoutReadingIt() throws IOException {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(1L << 30); // sparse: costs no disk, and would cost a gigabyte of heap to read
    }
    long start = System.nanoTime();
    LintResult result = lint("huge.json");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(only(result, "huge.json").message())
        .contains("file too large: 1073741824 bytes, above the maximum of 268435456 bytes");
  }

  @Test
  void utf8WithAndWithoutBomAndUtf16WithBomAreRead() throws IOException {
    write("plain.yaml", TEMPLATE);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    write("bom.yaml", concat(bom, TEMPLATE.getBytes(StandardCharsets.UTF_8)));
    write("le.yaml", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        TEMPLATE.getBytes(StandardCharsets.UTF_16LE)));
    write("be.json", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        "{\"Resources\": {}}".getBytes(StandardCharsets.UTF_16BE)));
    LintResult result = lint("plain.yaml", "bom.yaml", "le.yaml", "be.json");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.filesLoaded()).isEqualTo(4);
    assertThat(result.network().elements()).hasSize(3);
  }

  @Test
  void invalidUtf8IsRefusedWithItsByteOffsetLineAndColumn() throws IOException {
    byte[] text = "Resources:\n  Vpc: x\n  Bad: ab".getBytes(StandardCharsets.UTF_8);
    write("bad.yaml", concat(text, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}));
    write("good.yaml", TEMPLATE);
    LintResult result = lint("bad.yaml", "good.yaml");
    Diagnostic d = only(result, "bad.yaml");
    assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
    assertThat(d.message()).isEqualTo("not valid UTF-8 text: malformed byte sequence at byte"
        + " offset " + text.length + " (0xC3)");
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo(10);
    assertThat(result.filesLoaded()).isEqualTo(1);
  }

  @Test
  void utf16WithAnOddByteIsRefusedClearly() throws IOException {
    write("odd.json", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        concat("{}".getBytes(StandardCharsets.UTF_16LE), new byte[] {'x'})));
    assertThat(only(lint("odd.json"), "odd.json").message())
        .startsWith("not valid UTF-16LE text: malformed byte sequence at byte offset 6 (0x78)");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsNamedAsSuch() throws IOException {
    write("nobom.json", "{\"Resources\": {}}".getBytes(StandardCharsets.UTF_16LE));
    write("nobom-be.yaml", TEMPLATE.getBytes(StandardCharsets.UTF_16BE));
    LintResult result = lint("nobom.json", "nobom-be.yaml");
    for (String f : List.of("nobom.json", "nobom-be.yaml")) {
      assertThat(only(result, f).message())
          .isEqualTo("looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16"
              + " with a byte order mark");
    }
  }

  @Test
  void crlfLineEndingsKeepLineNumbers() throws IOException {
    write("crlf.yaml", "Resources:\r\n  Vpc:\r\n    Type: AWS::EC2::VPC\r\n"
        + "  Vpc:\r\n    Type: AWS::EC2::VPC\r\n");
    Diagnostic d = only(lint("crlf.yaml"), "crlf.yaml");
    assertThat(d.message()).contains("duplicate key 'Vpc'").contains("first at line 2");
    assertThat(d.line()).isEqualTo(4);
    assertThat(d.column()).isEqualTo(3);
  }

  @Test
  void tabsInYamlIndentationGetTheParsersMessageWithLineAndColumn() throws IOException {
    write("tabs.yaml", "Resources:\n  Vpc:\n\tType: AWS::EC2::VPC\n");
    Diagnostic d = only(lint("tabs.yaml"), "tabs.yaml");
    assertThat(d.message()).startsWith("cannot parse: ").containsIgnoringCase("tab");
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo(1);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void symlinkLoopsInAWalkAreReportedAndEnd() throws IOException {
    write("estate/a/good.yaml", TEMPLATE);
    try {
      Files.createSymbolicLink(dir.resolve("estate/a/loop"), dir.resolve("estate"));
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("no symbolic links here: " + e);
    }
    LintResult result = lint("estate");
    assertThat(only(result, "estate/a/loop").message()).contains("symbolic link loop");
    assertThat(result.filesLoaded()).isEqualTo(1);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void fifosAndDevicesAreRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("walk/pipe.yaml");
    Files.createDirectories(fifo.getParent());
    write("walk/good.yaml", TEMPLATE);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e);
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    // named directly, walked over, and a device named directly: none is opened
    LintResult result = lint(LintRequest.of(List.of(new InputPath(fifo, "pipe.yaml"),
        new InputPath(dir.resolve("walk"), "walk"), new InputPath(Path.of("/dev/zero"), "zero")),
        RuleRegistry.of(List.of())));
    assertThat(only(result, "pipe.yaml").message()).startsWith("not a regular file");
    assertThat(only(result, "walk/pipe.yaml").message()).startsWith("not a regular file");
    if (Files.exists(Path.of("/dev/zero"))) {
      assertThat(only(result, "zero").message()).startsWith("not a regular file");
    }
    assertThat(result.filesLoaded()).isEqualTo(1);
  }

  @Test
  void unreadableFilesGetADiagnostic() throws IOException {
    Path locked = write("locked.yaml", TEMPLATE);
    write("good.yaml", TEMPLATE);
    Assumptions.assumeTrue(locked.toFile().setReadable(false, false)
        && !Files.isReadable(locked), "this user reads every file (root)");
    LintResult result = lint("locked.yaml", "good.yaml");
    assertThat(only(result, "locked.yaml").message()).startsWith("cannot be read: ");
    assertThat(result.filesLoaded()).isEqualTo(1);
  }

  @Test
  void aDirectoryNamedLikeATemplateIsWalked() throws IOException {
    write("x.json/inner.yaml", TEMPLATE);
    LintResult result = lint("x.json");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.filesLoaded()).isEqualTo(1);
  }

  @Test
  void inputsAreNeverOpenedForWriting() throws IOException {
    Path file = write("ro.yaml", TEMPLATE);
    Assumptions.assumeTrue(file.toFile().setWritable(false, false));
    long modified = Files.getLastModifiedTime(file).toMillis();
    byte[] before = Files.readAllBytes(file);
    LintResult result = lint("ro.yaml");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
  }

  @Test
  void nestingJustUnderTheLimitLoadsWithoutOverflowingTheStack() throws IOException {
    // intrinsic functions nested as deep as the reader allows, for the evaluator to walk
    String joins = "\"10.0.0.0/16\"";
    for (int i = 0; i < 160; i++) joins = "{\"Fn::Join\": [\"\", [" + joins + "]]}";
    String ifs = "\"10.1.0.0/16\"";
    for (int i = 0; i < 240; i++) ifs = "{\"Fn::If\": [\"Always\", " + ifs + ", \"x\"]}";
    write("joins.json", "{\"Conditions\": {\"Always\": {\"Fn::Equals\": [1, 1]}},"
        + " \"Resources\": {\"A\": {\"Type\": \"AWS::EC2::VPC\", \"Properties\":"
        + " {\"CidrBlock\": " + joins + "}}, \"B\": {\"Type\": \"AWS::EC2::VPC\","
        + " \"Properties\": {\"CidrBlock\": " + ifs + "}}}}");
    String tags = "\"x\"";
    for (int i = 0; i < 480; i++) tags = "{\"k\": " + tags + "}";
    write("deep.tfplan.json", "{\"format_version\": \"1.2\", \"planned_values\":"
        + " {\"root_module\": {\"resources\": [{\"address\": \"aws_vpc.a\", \"mode\":"
        + " \"managed\", \"type\": \"aws_vpc\", \"name\": \"a\", \"values\":"
        + " {\"cidr_block\": \"10.2.0.0/16\", \"tags\": " + tags + "}}]}}}");
    LintResult result = lint("joins.json", "deep.tfplan.json");
    assertThat(result.diagnostics()).noneSatisfy(d -> assertThat(d.message())
        .containsAnyOf("internal error", "too deeply nested"));
    assertThat(result.filesLoaded()).isEqualTo(2);
    assertThat(result.network().elements()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void cyclesOfConditionsReferencesAndExportsEndInDiagnostics() throws IOException {
    write("cycles.yaml", """
        Conditions:
          A: !Condition B
          B: !And [!Condition A, !Condition C]
          C: !Not [!Condition C]
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Condition: A
            Properties:
              CidrBlock: !If [B, !GetAtt Subnet.CidrBlock, 10.0.0.0/16]
          Subnet:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 2, 8]]
        Outputs:
          Out:
            Value: !ImportValue other-export
            Export: {Name: !Sub "${AWS::StackName}-out"}
        """);
    write("loop-b.yaml", """
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: !ImportValue export-a
        Outputs:
          B:
            Value: !GetAtt Vpc.CidrBlock
            Export: {Name: export-b}
        """);
    write("loop-a.yaml", """
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: !ImportValue export-b
        Outputs:
          A:
            Value: !GetAtt Vpc.CidrBlock
            Export: {Name: export-a}
        """);
    LintResult result = lint("cycles.yaml", "loop-a.yaml", "loop-b.yaml");
    assertThat(result.diagnostics()).noneSatisfy(d -> assertThat(d.message())
        .contains("internal error"));
    assertThat(result.filesLoaded()).isEqualTo(3);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
