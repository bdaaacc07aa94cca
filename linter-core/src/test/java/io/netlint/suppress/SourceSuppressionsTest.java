package io.netlint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.parse.Diagnostic;
import io.netlint.parse.InputKind;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.TreeReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceSuppressionsTest {

  private static SourceSuppressions.Result read(String text) throws Exception {
    TreeReader.Result tree = TreeReader.read("t.yaml", text, TreeReader.sniff(text));
    return SourceSuppressions.read(new ParsedInput("t.yaml", InputKind.CLOUDFORMATION,
        tree.root(), text));
  }

  private static List<String> shown(SourceSuppressions.Result r) {
    return r.suppressions().stream().map(s -> s.kind().label() + " " + s.rule() + " "
        + s.at().resource() + " " + s.at().line() + ":" + s.at().column() + " " + s.reason())
        .toList();
  }

  private static List<String> errors(SourceSuppressions.Result r) {
    return r.diagnostics().stream().map(d -> d.level() + " " + d.line() + ":" + d.column() + " "
        + d.message()).toList();
  }

  @Test
  void metadataEntriesAndPlainIdsWithASharedReason() throws Exception {
    SourceSuppressions.Result r = read("""
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Metadata:
              netlint:
                ignore:
                  - rule: NET301
                    reason: reached only through the VPN
                  - NET302
                  - E3012
                reason: legacy group, replaced in Q3
            Properties: {}
        """);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(shown(r)).containsExactly(
        "metadata NET301 Sg 7:13 reached only through the VPN",
        "metadata NET302 Sg 9:13 legacy group, replaced in Q3",
        "metadata E3012 Sg 10:13 legacy group, replaced in Q3");
    assertThat(r.suppressions().get(0).scope())
        .isEqualTo(new Suppression.Resource("t.yaml", "Sg"));
  }

  @Test
  void aSuppressionWithoutAReasonIsAnErrorAndSuppressesNothing() throws Exception {
    SourceSuppressions.Result r = read("""
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Metadata:
              netlint:
                ignore: [NET301, {rule: NET302}, {rule: NET303, reason: ""}]
        """);
    assertThat(r.suppressions()).isEmpty();
    assertThat(r.diagnostics()).allMatch(d -> d.level() == Diagnostic.Level.ERROR);
    assertThat(errors(r)).containsExactly(
        "ERROR 6:18 suppression of NET301 on 'Sg' has no reason: write {rule: NET301,"
            + " reason: ...}, or give Metadata.netlint.reason for the plain IDs",
        "ERROR 6:26 suppression of NET302 on 'Sg' has no reason: say why the finding is"
            + " accepted",
        "ERROR 6:42 suppression of NET303 on 'Sg' has no reason: say why the finding is"
            + " accepted");
  }

  @Test
  void malformedMetadataIsAnError() throws Exception {
    SourceSuppressions.Result r = read("""
        Metadata:
          netlint: {ignore: [NET301]}
        Resources:
          A:
            Type: AWS::EC2::VPC
            Metadata: {netlint: {ignroe: [NET301]}}
          B:
            Type: AWS::EC2::VPC
            Metadata: {netlint: {ignore: [NET3O1, {rule: NET301, reason: x, until: 2027}]}}
          C:
            Type: AWS::EC2::VPC
            Metadata: {netlint: [NET301]}
        """);
    assertThat(r.suppressions()).hasSize(1);
    assertThat(errors(r)).containsExactly(
        "WARNING 2:3 netlint suppressions in the template's own Metadata are not read; put them"
            + " in the resource's Metadata, or in an ignore: entry of .netlint.yml",
        "ERROR 6:26 unknown key 'ignroe' in Metadata.netlint of 'A'; expected ignore, reason",
        "ERROR 6:16 Metadata.netlint.ignore of 'A' must be a list of rule IDs or {rule, reason}"
            + " entries",
        "ERROR 9:35 'NET3O1' in a suppression of 'B' is not a rule ID such as NET301 (or a"
            + " cfn-lint rule such as E3012)",
        "ERROR 9:69 unknown key 'until' in a suppression of 'B'; expected rule, reason",
        "ERROR 12:25 Metadata.netlint of 'C' must be a mapping with 'ignore' (and 'reason' for"
            + " plain rule IDs)");
  }

  @Test
  void commentsOnTheResourceLineOrDirectlyAbove() throws Exception {
    SourceSuppressions.Result r = read("""
        Resources:
          # netlint:ignore NET301 reached only through the VPN
          # netlint:ignore NET302,NET303 -- shared with the old stack
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: "not a comment # netlint:ignore NET304 x"
          Vpc:  # netlint:ignore NET101 the overlap is never routed
            Type: AWS::EC2::VPC
            Properties:
              UserData: |
                # netlint:ignore NET305 inside a block scalar is text
        """);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(shown(r)).containsExactly(
        "comment NET301 Sg 2:3 reached only through the VPN",
        "comment NET302 Sg 3:3 shared with the old stack",
        "comment NET303 Sg 3:3 shared with the old stack",
        "comment NET101 Vpc 8:9 the overlap is never routed");
  }

  @Test
  void misplacedReasonlessOrUnknownCommentsAreErrors() throws Exception {
    SourceSuppressions.Result r = read("""
        # netlint:ignore NET301 at the top of the file
        Resources:
          # netlint:ignore NET301

          Sg:
            Type: AWS::EC2::SecurityGroup # netlint:ignore NET301 on the Type line
          Vpc:  # netlint:ignore NET101
            Type: AWS::EC2::VPC
          Other:  # netlint:disable NET101 not a netlint directive
            Type: AWS::EC2::VPC
          Last:  # netlint:ignore the reason but no rule
            Type: AWS::EC2::VPC
        """);
    assertThat(r.suppressions()).isEmpty();
    assertThat(errors(r)).containsExactly(
        "ERROR 1:1 a netlint:ignore comment must be on a resource's line or directly above it"
            + " (under Resources)",
        "ERROR 3:3 a netlint:ignore comment must be on a resource's line or directly above it"
            + " (under Resources)",
        "ERROR 6:35 a netlint:ignore comment must be on a resource's line or directly above it"
            + " (under Resources)",
        "ERROR 7:9 suppression of NET101 on 'Vpc' has no reason: write # netlint:ignore NET101"
            + " <why the finding is accepted>",
        "ERROR 9:11 unknown netlint comment 'netlint:disable NET101 not a netlint directive';"
            + " the form is # netlint:ignore RULE[,RULE...] reason",
        "ERROR 11:10 'the' in a suppression of 'Last' is not a rule ID such as NET301 (or a"
            + " cfn-lint rule such as E3012)");
  }

  @Test
  void jsonTemplatesHaveMetadataOnly() throws Exception {
    SourceSuppressions.Result r = read("""
        {"Resources": {"Vpc": {"Type": "AWS::EC2::VPC",
          "Metadata": {"netlint": {"ignore": [{"rule": "NET101", "reason": "known"}]}}}}}
        """);
    assertThat(shown(r)).containsExactly("metadata NET101 Vpc 2:39 known");
  }
}
