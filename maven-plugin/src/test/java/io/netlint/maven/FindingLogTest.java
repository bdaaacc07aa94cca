package io.netlint.maven;

import static io.netlint.maven.Results.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.parse.Diagnostic;
import io.netlint.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingLogTest {

  @Test
  void eachFindingAtItsOwnLevelThenProblemsThenASummary() {
    RecordingLog log = new RecordingLog();
    FindingLog.write(Results.of(
        List.of(finding("NET101", Severity.ERROR, "infra/a.yaml", 5),
            finding("NET201", Severity.WARNING, "infra/b.yaml", 7),
            finding("NET950", Severity.INFO, "infra/b.yaml", 9)),
        List.of(Diagnostic.error("infra/c.yaml", 2, 1, "cannot parse: bad indent"),
            Diagnostic.warning("infra/d.yaml", 3, 1, "unknown intrinsic function"))), log);
    assertThat(log.lines).containsExactly(
        "[ERROR] infra/a.yaml:5: NET101 message of NET101 [Res]",
        "[WARNING] infra/b.yaml:7: NET201 message of NET201 [Res]",
        "[INFO] infra/b.yaml:9: NET950 message of NET950 [Res]",
        "[ERROR] infra/c.yaml:2: cannot parse: bad indent",
        "[WARNING] infra/d.yaml:3: unknown intrinsic function",
        "[INFO] netlint: 3 findings (1 error, 1 warning, 1 info) in 1 file; 2 input problems");
  }

  @Test
  void summaryOfACleanRun() {
    assertThat(FindingLog.summary(Results.of()))
        .isEqualTo("netlint: 0 findings (0 errors, 0 warnings, 0 info) in 1 file");
  }
}
