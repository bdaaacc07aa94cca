package io.netlint.tfsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.Position;
import io.netlint.parse.tree.TreeReader;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping on a fixture written for it ({@code src/test/resources/tfsource/estate}): modules
 * two levels deep, a registry module, count and for_each, a heredoc that contains a resource
 * line, commented-out resource blocks, a nested block, and a resource the sources do not
 * declare. One finding
 * is placed on every planned resource, and some on attributes; the golden file
 * {@code estate.expected} says where each one lands. Rerun with
 * {@code -Dnetlint.updateGolden=true} to rewrite it, then review the diff.
 */
class TfSourceMapperTest {

  private static final Path FIXTURES = Path.of("src/test/resources/tfsource");
  private static final String PLAN = "src/test/resources/tfsource/estate/plan.json";

  @TempDir Path tmp;

  private static Node parse(String display, Path file) throws Exception {
    return TreeReader.read(display, Files.readString(file, StandardCharsets.UTF_8),
        TreeReader.Syntax.JSON).root();
  }

  /** Every object with an "address" under planned_values: its address and where it is. */
  private static Map<String, MapNode> resources(Node root) {
    Map<String, MapNode> out = new LinkedHashMap<>();
    collect(((MapNode) root).get("planned_values"), out);
    return out;
  }

  private static void collect(Node node, Map<String, MapNode> out) {
    if (node instanceof MapNode m) {
      if (m.text("address") != null && m.has("values")) out.put(m.text("address"), m);
      for (MapNode.Entry e : m.entries().values()) collect(e.value(), out);
    } else if (node instanceof ListNode l) {
      for (Node item : l.items()) collect(item, out);
    }
  }

  private static SourceRef at(String file, String address, Position p) {
    return new SourceRef(file, p.line(), p.column(), address);
  }

  private static Finding finding(String rule, SourceRef location, SourceRef... related) {
    return new Finding(rule, Severity.WARNING, "message", location, List.of(related));
  }

  private static String render(TfSourceMapper.Result r) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : r.findings()) {
      sb.append(f.ruleId()).append(' ').append(ref(f.location())).append('\n');
      for (SourceRef rel : f.related()) sb.append("    related ").append(ref(rel)).append('\n');
    }
    for (Diagnostic d : r.diagnostics()) {
      sb.append("diagnostic ").append(d.level().name().toLowerCase()).append(' ')
          .append(d.file()).append(':').append(d.line()).append(':').append(d.column())
          .append(' ').append(d.message()).append('\n');
    }
    r.sources().forEach(s -> sb.append("source ").append(s.file()).append('\n'));
    return sb.toString();
  }

  private static String ref(SourceRef s) {
    return s.file() + ":" + s.line() + ":" + s.column() + " [" + s.resource() + "]";
  }

  @Test
  void everyPlannedResourceLandsOnItsDeclaration() throws Exception {
    Node root = parse(PLAN, Path.of(PLAN));
    Map<String, MapNode> resources = resources(root);
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, MapNode> e : resources.entrySet()) {
      findings.add(finding("ON-RESOURCE",
          at(PLAN, e.getKey(), e.getValue().keyPosition("address"))));
    }
    // findings on attributes: a literal list item, a literal number, a variable, a template,
    // and a nested block written once
    MapNode rdp = (MapNode) resources.get("aws_security_group_rule.rdp").get("values");
    findings.add(finding("ON-LIST-ITEM", at(PLAN, "aws_security_group_rule.rdp",
        ((ListNode) rdp.get("cidr_blocks")).get(1).position())));
    String dc = "module.network.module.edge[\"b\"].aws_customer_gateway.dc";
    MapNode dcValues = (MapNode) resources.get(dc).get("values");
    findings.add(finding("ON-LITERAL", at(PLAN, dc, dcValues.get("bgp_asn").position())));
    String moduleVpc = "module.network.aws_vpc.this";
    MapNode vpcValues = (MapNode) resources.get(moduleVpc).get("values");
    findings.add(finding("ON-VARIABLE",
        at(PLAN, moduleVpc, vpcValues.keyPosition("cidr_block"))));
    MapNode shared = (MapNode) resources.get("aws_vpc.shared").get("values");
    findings.add(finding("ON-TEMPLATE", at(PLAN, "aws_vpc.shared", shared.get("tags").position()),
        at(PLAN, "aws_vpc.spoke[1]", resources.get("aws_vpc.spoke[1]").keyPosition("address")),
        new SourceRef("other.cfn.yaml", 3, 3, "Vpc")));
    MapNode web = (MapNode) resources.get("aws_security_group.web").get("values");
    findings.add(finding("ON-NESTED-BLOCK", at(PLAN, "aws_security_group.web",
        ((ListNode) web.get("ingress")).get(0).position())));
    // related locations on other files, and findings on other files, are left alone
    findings.add(finding("ELSEWHERE", new SourceRef("other.cfn.yaml", 5, 3, "Vpc")));

    TfSourceMapper.Result result = TfSourceMapper.map(
        List.of(new TfSourceMapper.Plan(PLAN, Path.of(PLAN), root)), List.of(), findings,
        Path.of(""));
    String actual = render(result);
    Path golden = FIXTURES.resolve("estate.expected");
    if (Boolean.getBoolean("netlint.updateGolden")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.exists(golden) ? Files.readString(golden) : "";
    if (!expected.equals(actual)) {
      fail("golden mismatch\n--- expected\n" + expected + "--- actual\n" + actual
          + "(rerun with -Dnetlint.updateGolden=true to accept, then review the diff)");
    }
  }

  @Test
  void theCurrentDirectoryIsTheDefaultWhenThePlanHasNoSourcesBesideIt() throws Exception {
    Path plan = Files.copy(Path.of(PLAN), tmp.resolve("plan.json"));
    Node root = parse("plan.json", plan);
    MapNode vpc = resources(root).get("aws_vpc.spoke[0]");
    Finding f = finding("X", at("plan.json", "aws_vpc.spoke[0]", vpc.keyPosition("address")));
    Path workingDirectory = FIXTURES.resolve("estate").toAbsolutePath();

    TfSourceMapper.Result r = TfSourceMapper.map(
        List.of(new TfSourceMapper.Plan("plan.json", plan, root)), List.of(), List.of(f),
        workingDirectory);
    assertThat(r.findings()).singleElement().satisfies(m -> {
      assertThat(ref(m.location())).isEqualTo("main.tf:25:1 [aws_vpc.spoke[0]]");
      assertThat(m.related()).containsExactly(f.location());
    });

    // a directory given replaces the defaults and is named as given
    TfSourceMapper.Result given = TfSourceMapper.map(
        List.of(new TfSourceMapper.Plan("plan.json", plan, root)),
        List.of(FIXTURES.resolve("estate")), List.of(f), Path.of(""));
    assertThat(ref(given.findings().get(0).location()))
        .isEqualTo("src/test/resources/tfsource/estate/main.tf:25:1 [aws_vpc.spoke[0]]");
  }

  @Test
  void withoutAnyTfFileNothingIsMappedAndNothingIsSaid() throws Exception {
    Path plan = Files.copy(Path.of(PLAN), tmp.resolve("plan.json"));
    Node root = parse("plan.json", plan);
    Finding f = finding("X", new SourceRef("plan.json", 12, 9, "aws_vpc.shared"));
    TfSourceMapper.Result r = TfSourceMapper.map(
        List.of(new TfSourceMapper.Plan("plan.json", plan, root)), List.of(), List.of(f), tmp);
    assertThat(r.findings()).containsExactly(f);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.sources()).isEmpty();
  }

  @Test
  void aTfFileWithASyntaxErrorIsADiagnosticAndItsFindingsKeepThePlanLocation()
      throws Exception {
    Path plan = Files.copy(Path.of(PLAN), tmp.resolve("plan.json"));
    Files.writeString(tmp.resolve("main.tf"), """
        resource "aws_vpc" "shared" {
          cidr_block = "10.0.0.0/16"
          tags = {
        }
        """);
    Node root = parse("plan.json", plan);
    Finding f = finding("X", new SourceRef("plan.json", 12, 9, "aws_vpc.shared"));
    TfSourceMapper.Result r = TfSourceMapper.map(
        List.of(new TfSourceMapper.Plan("plan.json", plan, root)), List.of(), List.of(f), tmp);
    assertThat(r.findings()).containsExactly(f);
    assertThat(r.diagnostics()).extracting(d -> d.level() + " " + d.file() + ":" + d.line()
        + ":" + d.column()).containsExactly("INFO plan.json:1:1", "WARNING main.tf:5:1");
    assertThat(r.diagnostics().get(0).message()).isEqualTo("1 finding keeps its plan location,"
        + " not found in the Terraform sources: a .tf file could not be read (1); give the root"
        + " module's directory with --tf-source");
  }

  @Test
  void aMissingDirectoryGivenIsAnError() throws IOException {
    TfSourceMapper.Result r = TfSourceMapper.map(List.of(), List.of(tmp.resolve("nowhere")),
        List.of(), tmp);
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
      assertThat(d.file()).isEqualTo("nowhere");
    });
  }

  @Test
  void addressesLoseTheirInstanceKeys() {
    assertThat(TfAddress.parse("module.net[\"a.b\"].module.edge[0].aws_vpc.main[\"x]y\"]"))
        .contains(new TfAddress(List.of("net", "edge"), "resource", "aws_vpc", "main"));
    assertThat(TfAddress.parse("module.net.data.aws_vpc.shared"))
        .contains(new TfAddress(List.of("net"), "data", "aws_vpc", "shared"));
    assertThat(TfAddress.parse("aws_vpc.main.extra")).isEmpty();
    assertThat(TfAddress.parse("module.net")).isEmpty();
    assertThat(TfAddress.parse("aws_vpc.main[0")).isEmpty();
  }
}
