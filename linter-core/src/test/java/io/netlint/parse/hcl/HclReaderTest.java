package io.netlint.parse.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.parse.Diagnostic;
import io.netlint.parse.tree.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class HclReaderTest {

  private static HclFile read(String text) {
    HclFile f = HclReader.read("main.tf", text);
    assertThat(f.diagnostics()).as("diagnostics").isEmpty();
    return f;
  }

  private static List<String> blocks(HclFile f) {
    return f.blocks().stream().map(b -> b.start().line() + ":" + b.start().column() + " "
        + b.type() + " " + String.join(" ", b.labels())).toList();
  }

  @Test
  void blocksLabelsAndAttributesWithPositions() {
    HclFile f = read("""
        terraform {
          required_version = ">= 1.5"
        }

          resource "aws_vpc" "main" {
          cidr_block = "10.0.0.0/16"
          tags       = { Name = "main" }
          ingress {
            from_port = 22
          }
        }
        locals { x = 1 }
        """);
    assertThat(blocks(f)).containsExactly("1:1 terraform ", "5:3 resource aws_vpc main",
        "12:1 locals ");
    HclBlock vpc = f.blocks().get(1);
    assertThat(vpc.is("resource", "aws_vpc", "main")).isTrue();
    assertThat(vpc.attribute("cidr_block")).get().isEqualTo(
        new HclAttribute("cidr_block", new Position(6, 3), true, "10.0.0.0/16"));
    assertThat(vpc.attribute("tags").get().literal()).isTrue();
    assertThat(vpc.blocks()).singleElement().satisfies(b -> {
      assertThat(b.type()).isEqualTo("ingress");
      assertThat(b.attribute("from_port").get().literalText()).isEqualTo("22");
    });
  }

  @Test
  void literalsAreToldFromExpressions() {
    HclBlock b = read("""
        resource "aws_customer_gateway" "a" {
          bgp_asn    = 65000
          negative   = -1
          enabled    = true
          list       = ["10.0.0.0/8", 2]
          from_var   = var.asn
          template   = "${var.prefix}-gw"
          sum        = 1 + 2
          escaped    = "$${not} %%{interpolated}"
          indexed    = ["a"][0]
        }
        """).blocks().get(0);
    assertThat(b.attributes()).extracting(HclAttribute::name, HclAttribute::literal,
        HclAttribute::literalText).containsExactly(
            org.assertj.core.groups.Tuple.tuple("bgp_asn", true, "65000"),
            org.assertj.core.groups.Tuple.tuple("negative", true, "-1"),
            org.assertj.core.groups.Tuple.tuple("enabled", true, null),
            org.assertj.core.groups.Tuple.tuple("list", true, null),
            org.assertj.core.groups.Tuple.tuple("from_var", false, null),
            org.assertj.core.groups.Tuple.tuple("template", false, null),
            org.assertj.core.groups.Tuple.tuple("sum", false, null),
            org.assertj.core.groups.Tuple.tuple("escaped", true, "${not} %{interpolated}"),
            org.assertj.core.groups.Tuple.tuple("indexed", false, null));
  }

  @Test
  void allThreeCommentFormsAndCommentedOutBlocks() {
    HclFile f = read("""
        # resource "aws_vpc" "hash" {}
        // resource "aws_vpc" "slashes" {}
        /*
        resource "aws_vpc" "block" {
          cidr_block = "10.0.0.0/16"
        }
        */
        resource "aws_vpc" "real" { # trailing
          cidr_block = "10.1.0.0/16" /* inline */
        }
        """);
    assertThat(blocks(f)).containsExactly("8:1 resource aws_vpc real");
    assertThat(f.comments()).extracting(HclComment::text, c -> c.start().line(),
        HclComment::ownLine).containsExactly(
            org.assertj.core.groups.Tuple.tuple("resource \"aws_vpc\" \"hash\" {}", 1, true),
            org.assertj.core.groups.Tuple.tuple("resource \"aws_vpc\" \"slashes\" {}", 2, true),
            org.assertj.core.groups.Tuple.tuple(
                "resource \"aws_vpc\" \"block\" {\n  cidr_block = \"10.0.0.0/16\"\n}", 3, true),
            org.assertj.core.groups.Tuple.tuple("trailing", 8, false),
            org.assertj.core.groups.Tuple.tuple("inline", 9, false));
  }

  @Test
  void heredocsWithInterpolationDoNotEndEarly() {
    HclFile f = read("""
        resource "aws_instance" "a" {
          user_data = <<-EOT
            #!/bin/bash
            resource "aws_vpc" "not_a_block" {
            echo "${var.name}" %{ if var.on }on%{ else }off%{ endif }
            EOTX
            $${literal} { } }
            EOT
          policy = <<EOF
        {"a": "${jsonencode({ b = "}" })}"}
        EOF
        }
        resource "aws_vpc" "after" {}
        """);
    assertThat(blocks(f)).containsExactly("1:1 resource aws_instance a",
        "13:1 resource aws_vpc after");
    assertThat(f.blocks().get(0).attributes()).extracting(HclAttribute::name)
        .containsExactly("user_data", "policy");
  }

  @Test
  void templatesWithNestedQuotesAndDirectives() {
    HclFile f = read("""
        locals {
          a = "x-${lookup(var.m, "k", "${var.d}-${"inner"}")}-y"
          b = "%{ for k, v in var.m ~}${k}=${v},%{ endfor ~}"
          c = "%{ if var.x != "" }${var.x}%{ endif }"
          d = "{ not a brace } \\" quoted \\u00e9"
        }
        resource "aws_vpc" "v" {}
        """);
    assertThat(blocks(f)).containsExactly("1:1 locals ", "7:1 resource aws_vpc v");
    assertThat(f.blocks().get(0).attributes()).extracting(HclAttribute::name)
        .containsExactly("a", "b", "c", "d");
  }

  @Test
  void expressionsOfEveryKind() {
    HclFile f = read("""
        locals {
          list    = [for s in var.subnets : s.id if s.public]
          map     = { for k, v in var.m : k => v... if v != null }
          cond    = var.a ? "yes" : var.b ? 1 : 2
          splat   = aws_subnet.a[*].id
          old     = aws_subnet.a.*.id
          legacy  = var.list.0.name
          call    = merge(
            var.tags,
            { Name = "x" },
          )
          spread  = concat(var.a...)
          numbers = [1, 1.5, 1e3, 1.5E-3, 2e+10, 0]
          math    = (1 + 2) * 3 / 4 % 5 - -6
          logic   = !var.a && (var.b || var.c) == true
          cmp     = 1 <= 2 && 3 >= 2 && 1 < 2 && 2 > 1 && 1 != 2
          objects = {
            "quoted key" = 1
            (var.k)      = 2
            plain: 3,
          }
          nested  = [[1, 2], { a = [for x in [1] : { b = x }] }]
          fn      = provider::aws::arn_parse("arn")
        }
        resource "aws_vpc" "v" {
          count = length(var.cidrs) > 0 ? 1 : 0
          for_each = toset([
            "a",
            "b"
          ])
          dynamic "ingress" {
            for_each = var.rules
            content {
              from_port = ingress.value.port
            }
          }
        }
        """);
    assertThat(blocks(f)).containsExactly("1:1 locals ", "25:1 resource aws_vpc v");
    assertThat(f.blocks().get(0).attributes()).extracting(HclAttribute::name).containsExactly(
        "list", "map", "cond", "splat", "old", "legacy", "call", "spread", "numbers", "math",
        "logic", "cmp", "objects", "nested", "fn");
    assertThat(f.blocks().get(1).blocks()).singleElement().satisfies(d -> {
      assertThat(d.type()).isEqualTo("dynamic");
      assertThat(d.labels()).containsExactly("ingress");
    });
  }

  @Test
  void windowsLineEndingsAndAByteOrderMarkKeepTheSamePositions() {
    String text = """
        resource "aws_instance" "a" {
          user_data = <<-EOT
            echo "${var.x}"
          EOT
          name = "a" # comment
        }
        resource "aws_vpc" "b" {
          cidr_block = "10.0.0.0/16"
        }
        """;
    HclFile unix = read(text);
    HclFile windows = read("\ufeff" + text.replace("\n", "\r\n"));
    assertThat(blocks(windows)).isEqualTo(blocks(unix))
        .containsExactly("1:1 resource aws_instance a", "7:1 resource aws_vpc b");
    assertThat(windows.blocks().get(1).attribute("cidr_block").get().start())
        .isEqualTo(new Position(8, 3));
  }

  @Test
  void aSyntaxErrorIsOneDiagnosticWithLineAndColumn() {
    HclFile f = HclReader.read("bad.tf", """
        resource "aws_vpc" "a" {
          cidr_block = "10.0.0.0/16"
        }
        resource "aws_vpc" "b" {
          cidr_block = = "x"
        }
        """);
    assertThat(f.parsed()).isFalse();
    assertThat(f.blocks()).isEmpty();
    assertThat(f.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo("bad.tf");
      assertThat(d.line()).isEqualTo(5);
      assertThat(d.column()).isEqualTo(16);
      assertThat(d.level()).isEqualTo(Diagnostic.Level.WARNING);
    });
  }

  @Test
  void expressionsNestedBeyondReasonAreADiagnosticNotACrash() {
    String deep = "(".repeat(50_000) + "1" + ")".repeat(50_000);
    HclFile f = HclReader.read("deep.tf", "locals {\n  x = " + deep + "\n}\n");
    assertThat(f.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("nested too deeply"));
  }

  @Test
  void anUnterminatedHeredocIsADiagnostic() {
    HclFile f = HclReader.read("bad.tf", "locals {\n  a = <<EOF\n  text\n}\n");
    assertThat(f.diagnostics()).hasSize(1);
  }
}
