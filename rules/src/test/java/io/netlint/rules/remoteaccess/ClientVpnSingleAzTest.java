package io.netlint.rules.remoteaccess;

import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.ClientVpnEndpoint;
import io.netlint.model.Ref;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.rule.Finding;
import io.netlint.testing.RuleTester;
import io.netlint.testing.TestNetworks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ClientVpnSingleAzTest {

  private final RuleTester tester = RuleTester.of(new ClientVpnSingleAz());
  private final TestNetworks net = new TestNetworks("t");
  private Vpc vpc;

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("client-vpn-single-az");
  }

  /** A null zone is chosen by AWS at deployment. */
  private Subnet subnet(String name, String zone) {
    if (vpc == null) {
      vpc = net.vpc("Vpc");
    }
    return net.subnet(name, vpc, zone);
  }

  private ClientVpnEndpoint endpoint(String name) {
    return net.add(new ClientVpnEndpoint(net.meta(name, "AWS::EC2::ClientVpnEndpoint"),
        Value.known(Cidr.of("172.16.0.0/22")), Ref.absent(), Value.absent()));
  }

  private ClientVpnAssociation associate(String name, Ref endpoint, Ref subnet) {
    return net.add(new ClientVpnAssociation(net.meta(name,
        "AWS::EC2::ClientVpnTargetNetworkAssociation"), endpoint, subnet));
  }

  private List<Finding> run() {
    return tester.run(net.network());
  }

  @Test
  void flagsEndpointWithOneTargetNetwork() {
    Subnet a = subnet("A", "eu-west-1a");
    ClientVpnEndpoint e = endpoint("Vpn");
    ClientVpnAssociation assoc = associate("VpnA", to(e), to(a));

    assertThat(run()).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(e.source());
      assertThat(f.message()).isEqualTo("Client VPN endpoint 'Vpn' is associated with one"
          + " Availability Zone only: its only target subnet 'A' is in zone eu-west-1a; if that"
          + " zone fails, clients cannot connect. Associate a subnet in a second Availability"
          + " Zone");
      assertThat(f.related()).containsExactly(assoc.source(), a.source());
    });
  }

  @Test
  void flagsTwoTargetNetworksInOneZoneAndSaysAwsRejectsThat() {
    Subnet a = subnet("A", "GetAZs('')[0]");
    Subnet a2 = subnet("A2", "GetAZs('')[0]");
    ClientVpnEndpoint e = endpoint("Vpn");
    associate("VpnA", to(e), to(a));
    associate("VpnA2", to(e), to(a2));

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("its target subnets 'A', 'A2' are all in the 1st zone of the stack's region,"
            + " and AWS rejects a second subnet in a zone the endpoint already uses");
  }

  @Test
  void ignoresEndpointInTwoZones() {
    Subnet a = subnet("A", "eu-west-1a");
    Subnet b = subnet("B", "eu-west-1b");
    ClientVpnEndpoint e = endpoint("Vpn");
    associate("VpnA", to(e), to(a));
    associate("VpnB", to(e), to(b));

    assertThat(run()).isEmpty();
  }

  @Test
  void ignoresEndpointWithoutTargetNetworksAmongTheInputs() {
    subnet("A", "eu-west-1a");
    endpoint("Vpn");

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenATargetSubnetIsUnknown() {
    Subnet a = subnet("A", "eu-west-1a");
    ClientVpnEndpoint e = endpoint("Vpn");
    associate("VpnA", to(e), to(a));
    associate("VpnOther", to(e), Ref.unknown("parameter 'Subnet' has no default"));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenATargetSubnetsZoneIsUnknown() {
    Subnet a = subnet("A", "eu-west-1a");
    Subnet any = subnet("Any", null);
    ClientVpnEndpoint e = endpoint("Vpn");
    associate("VpnA", to(e), to(a));
    associate("VpnAny", to(e), to(any));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenAnAssociationOfAnUnknownEndpointMayBeItsSecondZone() {
    Subnet a = subnet("A", "eu-west-1a");
    Subnet b = subnet("B", "eu-west-1b");
    ClientVpnEndpoint e = endpoint("Vpn");
    associate("VpnA", to(e), to(a));
    associate("Other", Ref.unknown("Fn::ImportValue 'vpn-id' has no matching export"), to(b));

    assertThat(run()).isEmpty();
  }

  @Test
  void associationOfAnUnknownEndpointInTheSameZoneChangesNothing() {
    Subnet a = subnet("A", "eu-west-1a");
    ClientVpnEndpoint e = endpoint("Vpn");
    associate("VpnA", to(e), to(a));
    associate("Other", Ref.unknown("Fn::ImportValue 'vpn-id' has no matching export"), to(a));

    assertThat(run()).hasSize(1);
  }

  @Test
  void staysSilentWhenTheEndpointIsHandedToANestedStack() {
    Subnet a = subnet("A", "eu-west-1a");
    ClientVpnEndpoint e = endpoint("Vpn");
    associate("VpnA", to(e), to(a));
    net.passedOut("Targets/Parameters/EndpointId", e, "Targets");

    assertThat(run()).isEmpty();
  }

  @Test
  void judgesEachEndpointOnItsOwnAssociations() {
    Subnet a = subnet("A", "eu-west-1a");
    Subnet b = subnet("B", "eu-west-1b");
    ClientVpnEndpoint staff = endpoint("Staff");
    ClientVpnEndpoint lab = endpoint("Lab");
    associate("StaffA", to(staff), to(a));
    associate("StaffB", to(staff), to(b));
    associate("LabB", to(lab), to(b));

    assertThat(run()).singleElement().extracting(f -> f.location().resource()).isEqualTo("Lab");
  }
}
