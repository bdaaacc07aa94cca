package io.netlint.cfnlint;

import static io.netlint.cfnlint.CfnLintTesting.byTool;
import static io.netlint.cfnlint.CfnLintTesting.script;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.LintResult;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subprocess edge cases, with small shell scripts standing in for cfn-lint. In every case
 * netlint's own finding (one per subnet) must survive.
 */
class CfnLintStandInTest {

  @TempDir Path dir;
  private Path template;
  private final List<String> notes = new ArrayList<>();

  @BeforeEach
  void template() throws IOException {
    CfnLintTesting.assumePosix();
    template = CfnLintTesting.write(dir.resolve("in/net.yaml"), CfnLintTesting.SUBNET_TEMPLATE);
  }

  private LintResult lint(CfnLintSettings.Mode mode, Path executable, Duration timeout) {
    return CfnLintTesting.lint(template, "net.yaml",
        CfnLintTesting.settings(mode, executable, timeout, notes), Optional.empty());
  }

  private LintResult lint(Path executable) {
    return lint(CfnLintSettings.Mode.AUTO, executable, Duration.ofSeconds(30));
  }

  private static void assertOwnFindingKept(LintResult result) {
    assertThat(byTool(result, Finding.NETLINT)).singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("NET990"));
  }

  private static Diagnostic onlyCfnLintDiagnostic(LintResult result) {
    List<Diagnostic> mine = result.diagnostics().stream()
        .filter(d -> d.file().equals(CfnLint.DIAGNOSTIC_FILE)).toList();
    assertThat(mine).hasSize(1);
    return mine.get(0);
  }

  @Test
  void aHangingCfnLintIsKilledWithItsChildrenAtTheTimeout() throws Exception {
    Path pids = dir.resolve("pids");
    Path exe = script(dir.resolve("bin/hang"),
        "echo $$ > '" + pids + "'\nsleep 300 &\necho $! >> '" + pids + "'\nwait\n");
    long start = System.nanoTime();
    LintResult result = lint(CfnLintSettings.Mode.AUTO, exe, Duration.ofMillis(1500));
    long tookMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(tookMillis).isBetween(1500L, 15_000L);
    Diagnostic d = onlyCfnLintDiagnostic(result);
    assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
    assertThat(d.message()).contains("did not finish within 1500 ms and was stopped");
    assertOwnFindingKept(result);
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.externalTools()).isEmpty();
    List<Long> tree = Files.readAllLines(pids).stream().map(Long::parseLong).toList();
    assertThat(tree).hasSize(2);
    for (long pid : tree) assertThat(gone(pid)).as("process %d", pid).isTrue();
  }

  /**
   * Dead, or a zombie: a killed grandchild is re-parented, and where the new parent (PID 1 in a
   * container) does not reap it, Java still lists it as alive although it no longer runs.
   */
  private static boolean gone(long pid) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      Optional<ProcessHandle> h = ProcessHandle.of(pid);
      if (h.isEmpty() || !h.get().isAlive()) return true;
      Path stat = Path.of("/proc", Long.toString(pid), "stat");
      try {
        String s = Files.readString(stat);
        if (s.substring(s.lastIndexOf(')') + 2).startsWith("Z")) return true;
      } catch (IOException e) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  @Test
  void outputThatIsNotJsonIsADiagnostic() throws Exception {
    LintResult result = lint(script(dir.resolve("bin/garbage"),
        "echo 'Traceback? no: <html>not json'\nexit 2\n"));
    Diagnostic d = onlyCfnLintDiagnostic(result);
    assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
    assertThat(d.message()).contains("did not print its JSON report: Traceback? no: <html>");
    assertOwnFindingKept(result);
    assertThat(byTool(result, CfnLint.TOOL)).isEmpty();
  }

  @Test
  void exitCodeOneWithNoOutputIsAFailure() throws Exception {
    LintResult result = lint(script(dir.resolve("bin/fail"), "exit 1\n"));
    Diagnostic d = onlyCfnLintDiagnostic(result);
    assertThat(d.message()).isEqualTo(
        "cfn-lint failed with exit code 1 and printed nothing on stderr");
    assertOwnFindingKept(result);
  }

  @Test
  void aFailureShowsTheEndOfStderrEvenWithAValidLookingReport() throws Exception {
    LintResult result = lint(script(dir.resolve("bin/region"),
        "echo '[]'\necho 'Regions [\"mars-1\"] are unsupported' >&2\nexit 32\n"));
    assertThat(onlyCfnLintDiagnostic(result).message()).isEqualTo(
        "cfn-lint failed with exit code 32; stderr ends:\nRegions [\"mars-1\"] are unsupported");
    assertOwnFindingKept(result);
  }

  @Test
  void aMissingCfnLintIsANoteInAutoModeAndAnErrorWhenRequired() {
    Path missing = dir.resolve("bin/nowhere/cfn-lint");
    LintResult auto = lint(missing);
    assertThat(auto.diagnostics()).isEmpty();
    assertThat(notes).singleElement().satisfies(n -> assertThat(n)
        .startsWith("netlint: cfn-lint was not found at " + missing));
    assertOwnFindingKept(auto);

    notes.clear();
    LintResult required = lint(CfnLintSettings.Mode.REQUIRE, missing, Duration.ofSeconds(5));
    assertThat(notes).isEmpty();
    Diagnostic d = onlyCfnLintDiagnostic(required);
    assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
    assertThat(d.message()).contains("required").contains("not found at " + missing);
    assertOwnFindingKept(required);

    LintResult off = lint(CfnLintSettings.Mode.OFF, missing, Duration.ofSeconds(5));
    assertThat(off.diagnostics()).isEmpty();
    assertThat(notes).isEmpty();
  }

  @Test
  void exitCodesWithResultsAreNotFailures() throws Exception {
    for (int code : List.of(0, 2, 4, 6, 8, 10, 12, 14)) {
      LintResult result = lint(script(dir.resolve("bin/rc" + code),
          "echo '[]'\nexit " + code + "\n"));
      assertThat(result.diagnostics()).as("exit %d", code).isEmpty();
      assertThat(result.externalTools()).as("exit %d", code).hasSize(1);
    }
  }

  /** More than any pipe buffer on both streams: only concurrent draining gets to the end. */
  @Test
  void largeOutputOnBothStreamsDoesNotStall() throws Exception {
    Path big = CfnLintTesting.write(dir.resolve("big.json"), bigReport(3000));
    LintResult result = lint(script(dir.resolve("bin/big"),
        "i=0\nwhile [ $i -lt 2000 ]; do echo 'warning: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' >&2; i=$((i+1)); done\n"
            + "cat '" + big + "'\nexit 4\n"));
    assertThat(result.diagnostics()).isEmpty();
    assertThat(byTool(result, CfnLint.TOOL)).hasSize(3000)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertOwnFindingKept(result);
  }

  private String bigReport(int n) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      if (i > 0) sb.append(',');
      sb.append("{\"Filename\": \"").append(template).append("\", \"Level\": \"Warning\","
          + " \"Location\": {\"Start\": {\"LineNumber\": ").append(1 + i % 11)
          .append(", \"ColumnNumber\": 1}}, \"Message\": \"m").append(i)
          .append("\", \"Rule\": {\"Id\": \"W9").append(i % 10).append("00\"}}");
    }
    return sb.append("]").toString();
  }

  /** Null or malformed file names and locations, and elements that are not matches. */
  @Test
  void malformedMatchesAreReadDefensively() throws Exception {
    Path report = CfnLintTesting.write(dir.resolve("odd.json"), """
        [
          {"Filename": null, "Level": "Informational", "Location": null,
           "Message": "no file", "Rule": {"Id": "I9001"}},
          {"Filename": "%s", "Level": "Error",
           "Location": {"Start": {"LineNumber": "seven", "ColumnNumber": -4}, "Path": "garbled"},
           "Message": "line two\\n  continued", "Rule": {"Id": "E9002"}},
          {"Filename": "%s", "Level": "Shouting",
           "Location": {"Start": {"LineNumber": 11, "ColumnNumber": 7},
                        "Path": ["Resources", "Subnet", "Properties", 0]},
           "Message": "odd level", "Rule": {"Id": "W9003", "Source": "not a url"}},
          {"Filename": "elsewhere.yaml", "Level": "Error", "Message": "unknown file",
           "Rule": {"Id": "E9004"}},
          42,
          {"Rule": {}},
          {"Rule": {"Id": ""}}
        ]
        """.formatted(template, template.toString().replace("/in/", "/in/./")));
    LintResult result = lint(script(dir.resolve("bin/odd"), "cat '" + report + "'\nexit 10\n"));

    assertThat(byTool(result, CfnLint.TOOL)).extracting(f -> f.location().file() + ":"
        + f.location().line() + ":" + f.location().column() + " " + f.ruleId() + " "
        + f.severity().label() + " " + f.location().resource() + " " + f.message())
        .containsExactly(
            "net.yaml:1:1 E9002 error null line two continued",
            "net.yaml:1:1 I9001 info null no file",
            "net.yaml:11:7 W9003 warning Subnet odd level");
    assertThat(result.diagnostics()).extracting(Diagnostic::level, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Diagnostic.Level.WARNING,
                "3 cfn-lint results have no rule ID and were left out"),
            org.assertj.core.groups.Tuple.tuple(Diagnostic.Level.ERROR,
                "cfn-lint E9004: unknown file"));
    assertThat(result.externalTools()).as("an error naming no template is a failed run")
        .isEmpty();
    assertOwnFindingKept(result);
  }
}
