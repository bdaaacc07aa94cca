package io.netlint.rules.vpc;

import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Ref;
import io.netlint.model.Vpc;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.RuleTester;
import io.netlint.testing.TestNetworks;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeeringMeshAtScaleTest {

  private final RuleTester tester = RuleTester.of(new PeeringMeshAtScale());

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("peering-mesh-at-scale");
  }

  /** {@code n} VPCs, each peered with the next. */
  private static List<Vpc> chain(TestNetworks m, int n) {
    List<Vpc> vpcs = new ArrayList<>();
    for (int i = 0; i < n; i++) vpcs.add(m.vpc("Vpc" + i, "10." + i + ".0.0/16"));
    for (int i = 1; i < n; i++) m.peering("Peering" + i, vpcs.get(i - 1), vpcs.get(i));
    return vpcs;
  }

  @ParameterizedTest(name = "{0} VPCs in one group: {1}")
  @CsvSource({"2, false", "8, false", "9, true", "12, true"})
  void flagsGroupsOfMoreThanEightVpcs(int n, boolean flagged) {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    chain(m, n);
    assertThat(tester.run(m.network())).hasSize(flagged ? 1 : 0);
  }

  @Test
  void messageCountsVpcsAndPeeringsAndReportsOnTheFirstPeering() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    chain(m, 9);

    List<Finding> findings = tester.run(m.network());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location().resource()).isEqualTo("Peering1");
      assertThat(f.message()).isEqualTo("8 peering connections join 9 VPCs ('Vpc0', 'Vpc1',"
          + " 'Vpc2', 'Vpc3', 'Vpc4', 'Vpc5', 'Vpc6', 'Vpc7', 'Vpc8'), more than 8; a full mesh"
          + " of 9 VPCs needs 36 peering connections (n(n-1)/2), each with routes on both sides,"
          + " and peering is difficult to manage at scale. A transit gateway is the simpler hub:"
          + " one attachment per VPC");
      assertThat(f.related()).hasSize(7);
    });
  }

  @Test
  void separateGroupsAreCountedSeparately() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    chain(m, 5);
    List<Vpc> others = new ArrayList<>();
    for (int i = 0; i < 5; i++) others.add(m.vpc("Other" + i, "10.10" + i + ".0.0/16"));
    for (int i = 1; i < 5; i++) m.peering("OtherPeering" + i, others.get(i - 1), others.get(i));
    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void vpcsOutsideTheInputsCountByTheirAwsId() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc hub = m.vpc("Hub", "10.0.0.0/16");
    for (int i = 1; i <= 8; i++) m.peering("ToExisting" + i, to(hub), Ref.toAwsId("vpc-0" + i));
    assertThat(tester.run(m.network())).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("'Hub', 'vpc-01', 'vpc-02'"));
  }

  @Test
  void peeringsWithAnUnknownSideAreNotCounted() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    Vpc hub = m.vpc("Hub", "10.0.0.0/16");
    for (int i = 1; i <= 7; i++) m.peering("ToExisting" + i, to(hub), Ref.toAwsId("vpc-0" + i));
    m.peering("ToParameterA", to(hub), Ref.unknown("parameter"));
    m.peering("ToParameterB", to(hub), Ref.unknown("parameter"));
    assertThat(tester.run(m.network())).isEmpty();
  }

  @Test
  void twoPeeringsOfOnePairCountTheVpcsOnce() {
    TestNetworks m = new TestNetworks("net.cfn.yaml");
    List<Vpc> vpcs = chain(m, 8);
    m.peering("Again", vpcs.get(1), vpcs.get(0));
    assertThat(tester.run(m.network())).isEmpty();
  }
}
