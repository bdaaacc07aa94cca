package io.netlint.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.graph.Diagram.EdgeKind;
import io.netlint.graph.Diagram.Node;
import io.netlint.graph.Diagram.NodeKind;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.TransitGateway;
import io.netlint.model.Vpc;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.TestNetworks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagramBuilderTest {

  private static Finding finding(String rule, Severity s, SourceRef at, SourceRef... related) {
    return new Finding(rule, s, rule + " message", at, List.of(related));
  }

  private static Node named(Diagram d, String name) {
    return d.nodes().stream().filter(n -> n.lines().get(0).equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no node " + name + " in " + d.nodes()));
  }

  @Test
  void aFindingIsDrawnOnItsElementAndOnTheRelatedOnes() {
    TestNetworks t = new TestNetworks();
    Vpc prod = t.vpc("Prod", "10.0.0.0/16");
    Vpc staging = t.vpc("Staging", "10.0.128.0/17");
    TransitGateway core = t.tgw("Core");
    t.attach("ProdAttachment", core, prod);
    t.attach("StagingAttachment", core, staging);
    Finding overlap = finding("NET101", Severity.ERROR, prod.source(), staging.source(),
        core.source());
    Diagram d = DiagramBuilder.build(t.network(), List.of(overlap), Map.of("NET101", "overlap"),
        GraphOptions.defaults());
    assertThat(named(d, "Prod").findings()).containsExactly(0);
    assertThat(named(d, "Staging").findings()).containsExactly(0);
    assertThat(named(d, "Core").findings()).containsExactly(0);
    assertThat(d.placement().get(0)).containsExactlyInAnyOrder(named(d, "Prod").id(),
        named(d, "Staging").id(), named(d, "Core").id());
    assertThat(d.edges()).extracting(Diagram.Edge::kind)
        .containsExactly(EdgeKind.TGW_ATTACHMENT, EdgeKind.TGW_ATTACHMENT);
    assertThat(d.edges().get(0).lines()).containsExactly("ProdAttachment", "default route table");
  }

  @Test
  void aFindingMovedToATfLineIsDrawnOnTheElementItsAddressNames() {
    TestNetworks t = new TestNetworks();
    Vpc prod = t.vpc("Prod", "10.0.0.0/16");
    Vpc staging = t.vpc("Staging", "10.0.128.0/17");
    // a plan finding placed on the .tf declarations keeps the plan addresses as resource names
    Finding overlap = finding("NET101", Severity.WARNING, new SourceRef("main.tf", 9, 3, "Prod"),
        new SourceRef("main.tf", 20, 3, "Staging"), prod.source());
    Finding elsewhere = finding("NET102", Severity.ERROR,
        new SourceRef("main.tf", 30, 3, "NotInTheNetwork"));
    Diagram d = DiagramBuilder.build(t.network(), List.of(overlap, elsewhere), Map.of(),
        GraphOptions.defaults());
    assertThat(named(d, "Prod").findings()).containsExactly(0);
    assertThat(named(d, "Staging").findings()).containsExactly(0);
    assertThat(d.placement().get(1)).isEmpty();
  }

  @Test
  void aFindingOnAnUndrawnElementGoesToWhatOwnsIt() {
    TestNetworks t = new TestNetworks();
    Vpc vpc = t.vpc("App", "10.1.0.0/16");
    Subnet subnet = t.cidrSubnet("AppSubnet", vpc, "10.9.0.0/24");
    RouteTable table = t.table("AppRoutes", vpc);
    var route = t.route("ToNowhere", table, "0.0.0.0/0", RouteTarget.Kind.UNKNOWN,
        TestNetworks.unknownRef());
    List<Finding> findings = List.of(
        finding("NET102", Severity.ERROR, subnet.source()),
        finding("NET999", Severity.INFO, route.source()),
        finding("NET998", Severity.WARNING, new SourceRef("other.yaml", 1, 1, "Gone")));
    Diagram d = DiagramBuilder.build(t.network(), findings, Map.of(), GraphOptions.defaults());
    assertThat(named(d, "App").findings()).containsExactly(0, 1);
    assertThat(d.severityOf(named(d, "App").findings())).contains(Severity.ERROR);
    assertThat(d.placement().get(2)).isEmpty();

    Diagram detailed = DiagramBuilder.build(t.network(), findings, Map.of(),
        GraphOptions.defaults().withSubnets(true));
    assertThat(named(detailed, "AppSubnet").findings()).containsExactly(0);
    assertThat(named(detailed, "App").findings()).containsExactly(1);
    assertThat(detailed.edges()).extracting(Diagram.Edge::kind).containsExactly(EdgeKind.SUBNET);
  }

  @Test
  void vpcsWithoutFindingsOnOneTransitGatewayCollapseBeyondTheLimit() {
    TestNetworks t = new TestNetworks();
    TransitGateway hub = t.tgw("Hub");
    List<Vpc> spokes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Vpc v = t.vpc("Spoke" + i, "10." + i + ".0.0/16");
      spokes.add(v);
      t.attach("Attach" + i, hub, v);
    }
    Vpc lonely = t.vpc("Lonely", "10.99.0.0/16");
    List<Finding> findings = List.of(finding("NET101", Severity.WARNING, spokes.get(3).source()));

    Diagram full = DiagramBuilder.build(t.network(), findings, Map.of(), GraphOptions.defaults());
    assertThat(full.nodes()).hasSize(14);
    assertThat(full.collapsed()).isZero();

    Diagram folded = DiagramBuilder.build(t.network(), findings, Map.of(),
        GraphOptions.defaults().withCollapseAbove(10));
    assertThat(folded.collapsed()).isEqualTo(11);
    Node group = folded.nodes().stream().filter(n -> n.kind() == NodeKind.GROUP)
        .findFirst().orElseThrow();
    assertThat(group.lines()).containsExactly("11 VPCs", "attached to Hub, no findings");
    assertThat(group.elements()).hasSize(11).doesNotContain(spokes.get(3).key());
    // the spoke with a finding, the hub, the group and the VPC connected to nothing remain
    assertThat(folded.nodes()).extracting(n -> n.lines().get(0))
        .containsExactly("11 VPCs", "Spoke3", "Lonely", "Hub");
    assertThat(folded.edges()).hasSize(2);
    assertThat(folded.edges()).anySatisfy(e -> assertThat(e.lines())
        .containsExactly("11 attachments"));
    assertThat(named(folded, "Spoke3").findings()).containsExactly(0);
    assertThat(named(folded, "Lonely").kind()).isEqualTo(NodeKind.VPC);
  }

  @Test
  void findingsOnlyKeepsFlaggedElementsAndOneHop() {
    TestNetworks t = new TestNetworks();
    Vpc a = t.vpc("A", "10.0.0.0/16");
    Vpc b = t.vpc("B", "10.1.0.0/16");
    Vpc c = t.vpc("C", "10.2.0.0/16");
    Vpc far = t.vpc("Far", "10.3.0.0/16");
    t.peering("AB", a, b);
    t.peering("BC", b, c);
    t.peering("CFar", c, far);
    Diagram d = DiagramBuilder.build(t.network(),
        List.of(finding("NET801", Severity.INFO, a.source())), Map.of(),
        GraphOptions.defaults().withFindingsOnly(true));
    assertThat(d.nodes()).extracting(n -> n.lines().get(0)).containsExactly("A", "B");
    assertThat(d.edges()).extracting(e -> e.lines().get(0)).containsExactly("peering AB");
  }

  @Test
  void thePeerOfAPeeringOutsideTheInputsIsDrawnInItsAccount() {
    TestNetworks t = new TestNetworks();
    Vpc a = t.vpc("A", "10.0.0.0/16");
    t.add(new io.netlint.model.VpcPeering(t.meta("ToPartner", "AWS::EC2::VPCPeeringConnection"),
        TestNetworks.to(a), io.netlint.model.Ref.toAwsId("vpc-0123"),
        io.netlint.model.Value.known("us-east-1"), io.netlint.model.Value.known("111122223333")));
    Diagram d = DiagramBuilder.build(t.network(), List.of(), Map.of(), GraphOptions.defaults());
    Node peer = named(d, "vpc-0123");
    assertThat(peer.kind()).isEqualTo(NodeKind.EXTERNAL);
    assertThat(d.clusters()).extracting(Diagram.Cluster::label)
        .contains("account 111122223333, us-east-1");
  }
}
