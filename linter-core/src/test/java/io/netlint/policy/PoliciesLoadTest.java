package io.netlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Network;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Policies#load}: files, directories, and the problems of loading them. */
class PoliciesLoadTest {

  @TempDir Path dir;

  private static String policy(String id, String slug) {
    return "policy " + id + " " + slug + "\n  severity warning\n  summary \"Tested\"\n"
        + "  for vpc in vpcs\n  require vpc.cidr is set\n  message \"{vpc}\"\n";
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void aDirectoryIsWalkedForPolicyFilesInNameOrder() throws IOException {
    write("b.netpolicy", policy("NET902", "second"));
    write("nested/a.netpolicy", policy("NET901", "first"));
    write("notes.txt", "not a policy");
    PolicySet set = Policies.load(List.of(dir));
    assertThat(set.diagnostics()).isEmpty();
    assertThat(set.rules()).extracting(RuleDescriptor::id).containsExactly("NET902", "NET901");
    RuleDescriptor d = set.rules().get(0);
    assertThat(d.name()).isEqualTo("second");
    assertThat(d.summary()).isEqualTo("Tested");
    assertThat(d.defaultSeverity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aFileNamedTwiceLoadsOnce() throws IOException {
    Path p = write("a.netpolicy", policy("NET901", "first"));
    assertThat(Policies.load(List.of(p, dir)).rules()).hasSize(1);
  }

  @Test
  void anIdUsedInTwoFilesIsAnErrorAtTheSecond() throws IOException {
    write("a.netpolicy", policy("NET901", "first"));
    write("b.netpolicy", policy("NET901", "second"));
    PolicySet set = Policies.load(List.of(dir));
    assertThat(set.rules()).hasSize(1);
    assertThat(PolicyErrorsTest.render(set.diagnostics())).isEqualTo(dir.resolve("b.netpolicy")
        + ":1:8: error: policy ID NET901 is already used at " + dir.resolve("a.netpolicy")
        + ":1:8\n");
  }

  @Test
  void problemsOfLoadingAreDiagnostics() throws IOException {
    Path missing = dir.resolve("missing.netpolicy");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path binary = dir.resolve("latin1.netpolicy");
    Files.write(binary, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
    PolicySet set = Policies.load(List.of(missing, empty, binary));
    assertThat(set.hasErrors()).isTrue();
    assertThat(PolicyErrorsTest.render(set.diagnostics())).isEqualTo(
        missing + ":1:1: error: no such file or directory\n"
        + empty + ":1:1: warning: no .netpolicy files in this directory\n"
        + binary + ":1:1: error: cannot read: not UTF-8 text\n");
  }

  @Test
  void joiningLeavesOutAPolicyWhoseIdARuleHas() throws IOException {
    write("a.netpolicy", policy("NET950", "inventory") + policy("NET951", "kept"));
    Rule rule = (Network n, RuleContext c) -> { };
    RuleRegistry base = RuleRegistry.ofDescriptors(List.of(RuleDescriptor.of(rule, "NET950",
        "vpc-inventory", "Lists VPCs", Severity.INFO, List.of())));
    PolicySet.Joined joined = Policies.load(List.of(dir)).joinWith(base);
    assertThat(joined.registry().rules()).extracting(RuleDescriptor::id)
        .containsExactly("NET950", "NET951");
    assertThat(joined.registry().rules().get(0).name()).isEqualTo("vpc-inventory");
    assertThat(joined.hasErrors()).isTrue();
    assertThat(PolicyErrorsTest.render(joined.diagnostics())).isEqualTo(dir.resolve(
        "a.netpolicy") + ":1:8: error: policy ID NET950 is already taken by rule NET950"
        + " vpc-inventory\n");
  }

  @Test
  void aCompiledPolicyIsARuleLikeAnyOther() throws IOException {
    write("a.netpolicy", policy("NET901", "first"));
    RuleDescriptor d = Policies.load(List.of(dir)).rules().get(0);
    assertThat(d.rule()).isInstanceOf(PolicyRule.class);
    assertThat(d.rule().toString()).contains("NET901 first");
  }
}
