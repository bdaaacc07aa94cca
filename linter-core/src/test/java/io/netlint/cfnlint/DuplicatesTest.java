package io.netlint.cfnlint;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.SourceRef;
import io.netlint.parse.tree.TreeReader;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a cfn-lint finding and a netlint finding are the same fact at the same place. */
class DuplicatesTest {

  /** SubnetA spans lines 7-11, SubnetB 12-16, SubnetC 17-21; Outputs start at 22. */
  private static final String TEMPLATE = """
      AWSTemplateFormatVersion: "2010-09-09"
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
        SubnetA:
          Type: AWS::EC2::Subnet
          Properties:
            VpcId: !Ref Vpc
            CidrBlock: 10.0.1.0/24
        SubnetB:
          Type: AWS::EC2::Subnet
          Properties:
            VpcId: !Ref Vpc
            CidrBlock: 10.0.1.128/25
        SubnetC:
          Type: AWS::EC2::Subnet
          Properties:
            VpcId: !Ref Vpc
            CidrBlock: 10.9.0.0/24
      Outputs:
        Id:
          Value: !Ref SubnetC
      """;

  private static final String OVERLAP = "Subnet 'SubnetB' (10.0.1.128/25) overlaps subnet"
      + " 'SubnetA' (10.0.1.0/24) in VPC 'Vpc'; AWS rejects a subnet whose range overlaps another"
      + " subnet of the same VPC";
  private static final String OUTSIDE = "Subnet 'SubnetC' (10.9.0.0/24) is not inside any CIDR of"
      + " its VPC 'Vpc' (10.0.0.0/16); AWS rejects a subnet whose range is not within one of its"
      + " VPC's CIDR blocks";

  private static Map<String, ResourceRanges> ranges() throws Exception {
    return Map.of("t.yaml", ResourceRanges.of(
        TreeReader.read("t.yaml", TEMPLATE, TreeReader.sniff(TEMPLATE)).root()));
  }

  private static Finding netlint(String resource, int line, String message) {
    return new Finding("NET102", Severity.ERROR, message,
        new SourceRef("t.yaml", line, 3, resource), List.of());
  }

  private static Finding cfnLint(String rule, String file, int line, String resource,
      String message) {
    return new Finding(rule, Severity.ERROR, message, new SourceRef(file, line, 5, resource),
        List.of(), CfnLint.TOOL);
  }

  /** As cfn-lint 1.51.0 reports it: on the later subnet's Properties line, path garbled. */
  private static Finding e3060(String file, int line, String resource) {
    return cfnLint("E3060", file, line, resource, "'10.0.1.128/25' overlaps with '10.0.1.0/24'");
  }

  private static Finding e3059(int line, String resource, String cidr) {
    return cfnLint("E3059", "t.yaml", line, resource,
        "'" + cidr + "' is not a valid subnet of ['10.0.0.0/16']");
  }

  @Test
  void theSameFactAtTheSamePlaceIsReportedOnceWithNetlintsMessage() throws Exception {
    Duplicates.Merged m = Duplicates.merge(
        List.of(netlint("SubnetB", 12, OVERLAP), netlint("SubnetC", 17, OUTSIDE)),
        List.of(e3060("t.yaml", 14, "SubnetB"), e3059(21, "SubnetC", "10.9.0.0/24")), ranges());
    assertThat(m.cfnLint()).isEmpty();
    assertThat(m.netlint()).extracting(Finding::message).containsExactly(
        OVERLAP + " (also cfn-lint E3060)", OUTSIDE + " (also cfn-lint E3059)");
    assertThat(m.netlint()).allSatisfy(f -> assertThat(f.tool()).isEqualTo("netlint"));
  }

  @Test
  void anywhereInTheSubnetsLinesIsTheSamePlaceAndNowhereElse() throws Exception {
    for (int line = 12; line <= 16; line++) {
      assertThat(Duplicates.merge(List.of(netlint("SubnetB", 12, OVERLAP)),
          List.of(e3060("t.yaml", line, null)), ranges()).cfnLint()).as("line %d", line).isEmpty();
    }
    for (int line : List.of(11, 17, 22)) {
      assertThat(Duplicates.merge(List.of(netlint("SubnetB", 12, OVERLAP)),
          List.of(e3060("t.yaml", line, null)), ranges()).cfnLint()).as("line %d", line)
          .hasSize(1);
    }
  }

  @Test
  void anotherFileOrAnotherNamedResourceIsNotTheSamePlace() throws Exception {
    List<Finding> net = List.of(netlint("SubnetB", 12, OVERLAP));
    assertThat(Duplicates.merge(net, List.of(e3060("u.yaml", 14, "SubnetB")), ranges())
        .cfnLint()).hasSize(1);
    assertThat(Duplicates.merge(net, List.of(e3060("t.yaml", 14, "SubnetA")), ranges())
        .cfnLint()).hasSize(1);
    assertThat(Duplicates.merge(net, List.of(e3060("t.yaml", 14, "SubnetB")), Map.of())
        .cfnLint()).as("no line ranges for the file").hasSize(1);
  }

  @Test
  void anotherFactAtTheSamePlaceIsKept() throws Exception {
    Finding outsideOnB = netlint("SubnetB", 12, OUTSIDE.replace("SubnetC", "SubnetB")
        .replace("10.9.0.0/24", "10.0.1.128/25"));
    // E3060 is an overlap; netlint's finding on the subnet says it is outside its VPC.
    assertThat(Duplicates.merge(List.of(outsideOnB), List.of(e3060("t.yaml", 14, "SubnetB")),
        ranges()).cfnLint()).hasSize(1);
    // Same rule pair and kind, but a different pair of ranges.
    Finding otherPair = cfnLint("E3060", "t.yaml", 14, "SubnetB",
        "'10.0.1.128/25' overlaps with '10.0.1.192/26'");
    assertThat(Duplicates.merge(List.of(netlint("SubnetB", 12, OVERLAP)), List.of(otherPair),
        ranges()).cfnLint()).hasSize(1);
    // An unrelated cfn-lint rule on the same subnet.
    Finding e3012 = cfnLint("E3012", "t.yaml", 16, "SubnetB", "'x' is not of type 'boolean'");
    Duplicates.Merged m = Duplicates.merge(List.of(netlint("SubnetB", 12, OVERLAP)),
        List.of(e3012), ranges());
    assertThat(m.cfnLint()).containsExactly(e3012);
    assertThat(m.netlint().get(0).message()).isEqualTo(OVERLAP);
  }

  @Test
  void rangesAreComparedAsNetworksNotAsText() throws Exception {
    Finding written = e3059(21, "SubnetC", "10.9.0.0/24");
    Finding netlint = netlint("SubnetC", 17, OUTSIDE.replace("(10.9.0.0/24)", "(10.9.0.7/24)"));
    assertThat(Duplicates.merge(List.of(netlint), List.of(written), ranges()).cfnLint())
        .isEmpty();
  }

  @Test
  void lineRangesCloseAtTheNextResourceOrSection() throws Exception {
    ResourceRanges r = ranges().get("t.yaml");
    assertThat(r.byId("SubnetA")).hasValueSatisfying(x -> {
      assertThat(x.first()).isEqualTo(7);
      assertThat(x.last()).isEqualTo(11);
    });
    assertThat(r.byId("SubnetC")).hasValueSatisfying(x -> assertThat(x.last()).isEqualTo(21));
    assertThat(r.at(23)).isEmpty();
    assertThat(r.at(14).map(ResourceRanges.Range::logicalId)).hasValue("SubnetB");
  }
}
