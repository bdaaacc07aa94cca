package io.netlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.parse.Diagnostic;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile policy files: deep nesting and long chains end in a diagnostic, fast, never a crash. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PolicyLimitsTest {

  private static final String HEAD = """
      policy NET950 deep
        severity warning
        summary "Deep"
        for vpn in vpn_connections
        require\s""";

  private static PolicySet compile(String expression) {
    long start = System.nanoTime();
    PolicySet set = Policies.compile("deep.netpolicy", HEAD + expression + "\n  message \"m\"\n");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    return set;
  }

  private static Diagnostic onlyError(PolicySet set) {
    assertThat(set.diagnostics()).hasSize(1);
    Diagnostic d = set.diagnostics().get(0);
    assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
    return d;
  }

  @Test
  void parenthesesNestedHundredThousandDeepAreAnError() {
    Diagnostic d = onlyError(compile("(".repeat(100_000) + "vpn.uses_bgp"
        + ")".repeat(100_000)));
    assertThat(d.message()).isEqualTo("expression nested too deeply: more than 100 parentheses"
        + " or brackets open at once");
    assertThat(d.line()).isEqualTo(5);
    assertThat(d.column()).isEqualTo(11 + 100);
  }

  @Test
  void bracketsAndNotsInARowAreBoundedToo() {
    assertThat(onlyError(compile("vpn.name in " + "[".repeat(50_000) + "]".repeat(50_000)))
        .message()).startsWith("expression nested too deeply");
    assertThat(onlyError(compile("not ".repeat(100_000) + "vpn.uses_bgp")).message())
        .isEqualTo("more than 100 'not' in a row");
  }

  @Test
  void aChainOfFiftyThousandOperatorsIsAnError() {
    Diagnostic d = onlyError(compile("vpn.uses_bgp" + " and vpn.uses_bgp".repeat(50_000)));
    assertThat(d.message()).startsWith("more than 1000 'and'/'or' operators in one policy");
  }

  @Test
  void limitsLeaveRealPoliciesAlone() {
    PolicySet chain = compile("vpn.uses_bgp" + " or vpn.uses_bgp".repeat(999));
    assertThat(chain.diagnostics()).isEmpty();
    assertThat(chain.rules()).hasSize(1);
    PolicySet nested = compile("(".repeat(100) + "vpn.uses_bgp" + ")".repeat(100));
    assertThat(nested.diagnostics()).isEmpty();
  }
}
