package io.netlint.rules.remoteaccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.ClientVpnEndpoint;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.ExternalReference;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.rule.Finding;
import io.netlint.testing.RuleTester;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ClientVpnSingleAzTest {

  private final RuleTester tester = RuleTester.of(new ClientVpnSingleAz());
  private final List<Element> elements = new ArrayList<>();
  private int line = 1;
  private Vpc vpc;

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("client-vpn-single-az");
  }

  private ElementMeta meta(String name, String kind) {
    return new ElementMeta("t#" + name, kind, new SourceRef("t", line++, 3, name), Value.absent(),
        Value.absent());
  }

  private <T extends Element> T add(T e) {
    elements.add(e);
    return e;
  }

  private static Ref to(Element e) {
    return Ref.toKey(e.key());
  }

  /** A null zone is chosen by AWS at deployment. */
  private Subnet subnet(String name, String zone) {
    if (vpc == null) {
      vpc = add(new Vpc(meta("Vpc", "AWS::EC2::VPC"), Value.known(Cidr.of("10.0.0.0/16")),
          Value.absent()));
    }
    return add(new Subnet(meta(name, "AWS::EC2::Subnet"), to(vpc), Value.absent(),
        Value.absent(), zone == null ? Value.unknown("chosen by AWS") : Value.known(zone)));
  }

  private ClientVpnEndpoint endpoint(String name) {
    return add(new ClientVpnEndpoint(meta(name, "AWS::EC2::ClientVpnEndpoint"),
        Value.known(Cidr.of("172.16.0.0/22")), Ref.absent(), Value.absent()));
  }

  private ClientVpnAssociation associate(String name, Ref endpoint, Ref subnet) {
    return add(new ClientVpnAssociation(meta(name,
        "AWS::EC2::ClientVpnTargetNetworkAssociation"), endpoint, subnet));
  }

  private List<Finding> run() {
    return tester.run(Network.of(elements));
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
    add(new ExternalReference(meta("Targets/Parameters/EndpointId", "AWS::CloudFormation::Stack"),
        to(e), "AWS::CloudFormation::Stack 'Targets'"));

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
