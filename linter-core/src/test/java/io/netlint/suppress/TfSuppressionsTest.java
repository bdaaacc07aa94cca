package io.netlint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.SourceRef;
import io.netlint.parse.hcl.HclReader;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TfSuppressionsTest {

  private static SourceSuppressions.Result read(String text) {
    return TfSuppressions.read(HclReader.read("infra/main.tf", text));
  }

  private static List<String> diagnostics(SourceSuppressions.Result r) {
    return r.diagnostics().stream().map(d -> d.level() + " " + d.line() + ":" + d.column() + " "
        + d.message()).toList();
  }

  private static Finding at(String file, int line, String resource) {
    return new Finding("NET702", Severity.WARNING, "m", new SourceRef(file, line, 3, resource),
        List.of());
  }

  @Test
  void aCommentAboveOrOnTheBlockCoversTheFindingsPlacedInIt() {
    SourceSuppressions.Result r = read("""
        # netlint:ignore NET702 the bastion is reached from the office only
        # (and through the VPN)
        resource "aws_security_group_rule" "ssh" {
          cidr_blocks = ["0.0.0.0/0"]
        }

        resource "aws_security_group_rule" "rdp" { // netlint:ignore NET702,NET301 -- lab only
          cidr_blocks = ["0.0.0.0/0"]
        }

        module "edge" { # netlint:ignore NET206: the lab shares the ASN
          source = "./edge"
        }
        """);
    assertThat(diagnostics(r)).isEmpty();
    assertThat(r.suppressions()).extracting(s -> s.rule() + " " + s.at().line() + " "
        + s.at().resource() + " " + s.reason()).containsExactly(
            "NET702 1 aws_security_group_rule.ssh the bastion is reached from the office only",
            "NET702 7 aws_security_group_rule.rdp lab only",
            "NET301 7 aws_security_group_rule.rdp lab only",
            "NET206 11 module.edge the lab shares the ASN");
    Suppression ssh = r.suppressions().get(0);
    Path wd = Path.of("");
    // every instance, whatever its address, on the block's line or an attribute line inside it
    assertThat(ssh.covers(at("infra/main.tf", 3, "aws_security_group_rule.ssh"), wd)).isTrue();
    assertThat(ssh.covers(at("infra/main.tf", 4, "module.a[\"x\"].aws_security_group_rule.ssh"),
        wd)).isTrue();
    assertThat(ssh.covers(at("infra/main.tf", 7, "aws_security_group_rule.rdp"), wd)).isFalse();
    assertThat(ssh.covers(at("other/main.tf", 3, "aws_security_group_rule.ssh"), wd)).isFalse();
  }

  @Test
  void aSuppressionNetlintCannotUseIsAnError() {
    SourceSuppressions.Result r = read("""
        # netlint:ignore NET702
        resource "aws_vpc" "a" {
          cidr_block = "10.0.0.0/16" # netlint:ignore NET101 not on a block line
        }

        # netlint:ignore NET101 a blank line breaks the link

        resource "aws_vpc" "b" {}
        # netlint:disable NET101 wrong verb
        resource "aws_vpc" "c" {} # netlint:ignore NET1 bad id
        """);
    assertThat(r.suppressions()).isEmpty();
    assertThat(diagnostics(r)).containsExactly(
        "ERROR 1:1 suppression of NET702 on 'aws_vpc.a' has no reason: write # netlint:ignore"
            + " NET702 <why the finding is accepted>",
        "ERROR 3:30 a netlint:ignore comment must be on the line of a resource, data or module"
            + " block or directly above it",
        "ERROR 6:1 a netlint:ignore comment must be on the line of a resource, data or module"
            + " block or directly above it",
        "ERROR 9:1 unknown netlint comment 'netlint:disable NET101 wrong verb'; the form is"
            + " # netlint:ignore RULE[,RULE...] reason",
        "ERROR 10:27 'NET1' in a suppression of 'aws_vpc.c' is not a rule ID such as NET301");
  }
}
