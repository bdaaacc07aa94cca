package io.netlint.rules.privatelink;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcEndpoint;
import io.netlint.rule.Finding;
import io.netlint.testing.RuleTester;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EndpointSingleAzTest {

  private final RuleTester tester = RuleTester.of(new EndpointSingleAz());
  private final List<Element> elements = new ArrayList<>();
  private int line = 1;

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("endpoint-single-az");
  }

  private ElementMeta meta(String name, String kind) {
    return new ElementMeta("t#" + name, kind, new SourceRef("t", line++, 3, name), Value.absent(),
        Value.absent());
  }

  private <T extends Element> T add(T e) {
    elements.add(e);
    return e;
  }

  private Vpc vpc(String name) {
    return add(new Vpc(meta(name, "AWS::EC2::VPC"), Value.known(Cidr.of("10.0.0.0/16")),
        Value.absent()));
  }

  /** A null zone is chosen by AWS at deployment. */
  private Subnet subnet(String name, Vpc vpc, String zone) {
    return add(new Subnet(meta(name, "AWS::EC2::Subnet"), Ref.toKey(vpc.key()), Value.absent(),
        Value.absent(), zone == null ? Value.unknown("chosen by AWS") : Value.known(zone)));
  }

  private VpcEndpoint endpoint(Vpc vpc, Value<String> type, Ref... subnets) {
    return add(new VpcEndpoint(meta("Endpoint", "AWS::EC2::VPCEndpoint"), Ref.toKey(vpc.key()),
        type, Value.known("com.amazonaws.eu-west-1.ssm"), Value.absent(), List.of(subnets),
        Ref.absent()));
  }

  private VpcEndpoint interfaceEndpoint(Vpc vpc, Ref... subnets) {
    return endpoint(vpc, Value.known("Interface"), subnets);
  }

  private static Ref to(Element e) {
    return Ref.toKey(e.key());
  }

  private List<Finding> run() {
    return tester.run(Network.of(elements));
  }

  @Test
  void flagsTheOnlySubnetWhenTheVpcUsesAnotherZone() {
    Vpc vpc = vpc("Vpc");
    Subnet a = subnet("A", vpc, "eu-west-1a");
    Subnet b = subnet("B", vpc, "eu-west-1b");
    VpcEndpoint e = interfaceEndpoint(vpc, to(a));

    assertThat(run()).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(e.source());
      assertThat(f.message()).isEqualTo("Interface endpoint 'Endpoint'"
          + " (com.amazonaws.eu-west-1.ssm) has network interfaces in one Availability Zone only:"
          + " its only subnet 'A' is in zone eu-west-1a, while VPC 'Vpc' also has subnets"
          + " elsewhere ('B' in zone eu-west-1b); if that zone fails, workloads in the other zones"
          + " lose the service through the endpoint. Add a subnet in each zone the workloads use");
      assertThat(f.related()).containsExactly(a.source(), b.source());
    });
  }

  @Test
  void flagsSeveralSubnetsThatShareOneZone() {
    Vpc vpc = vpc("Vpc");
    Subnet a = subnet("A", vpc, "GetAZs('')[0]");
    Subnet a2 = subnet("A2", vpc, "GetAZs('')[0]");
    subnet("B", vpc, "GetAZs('')[1]");
    interfaceEndpoint(vpc, to(a), to(a2));

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("its subnets 'A', 'A2' are all in the 1st zone of the stack's region, while VPC"
            + " 'Vpc' also has subnets elsewhere ('B' in the 2nd zone of the stack's region)");
  }

  @Test
  void namesOneSubnetForEachOtherZone() {
    Vpc vpc = vpc("Vpc");
    Subnet a = subnet("A", vpc, "eu-west-1a");
    subnet("B", vpc, "eu-west-1b");
    subnet("B2", vpc, "eu-west-1b");
    subnet("C", vpc, "eu-west-1c");
    interfaceEndpoint(vpc, to(a));

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("('B' in zone eu-west-1b, 'C' in zone eu-west-1c)");
  }

  @Test
  void ignoresEndpointInEveryZoneOfTheVpc() {
    Vpc vpc = vpc("Vpc");
    Subnet a = subnet("A", vpc, "eu-west-1a");
    Subnet b = subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc, to(a), to(b));

    assertThat(run()).isEmpty();
  }

  @Test
  void ignoresSingleZoneVpc() {
    Vpc vpc = vpc("Vpc");
    Subnet a = subnet("A", vpc, "eu-west-1a");
    subnet("A2", vpc, "eu-west-1a");
    interfaceEndpoint(vpc, to(a));

    assertThat(run()).isEmpty();
  }

  @Test
  void otherSubnetsOfUnknownZoneDoNotCountAsAnotherZone() {
    Vpc vpc = vpc("Vpc");
    Subnet a = subnet("A", vpc, "eu-west-1a");
    subnet("Any", vpc, null);
    interfaceEndpoint(vpc, to(a));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenTheSubnetListIsUnknown() {
    Vpc vpc = vpc("Vpc");
    subnet("A", vpc, "eu-west-1a");
    subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc, Ref.unknown("parameter 'SubnetIds' has no default"));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenOneSubnetIsUnknown() {
    Vpc vpc = vpc("Vpc");
    Subnet a = subnet("A", vpc, "eu-west-1a");
    subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc, to(a), Ref.unknown("known after apply"));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenASubnetIsNotAmongTheInputs() {
    Vpc vpc = vpc("Vpc");
    Subnet a = subnet("A", vpc, "eu-west-1a");
    subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc, to(a), Ref.toAwsId("subnet-0a1b2c3d4e5f60718"));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenTheEndpointsZoneIsUnknown() {
    Vpc vpc = vpc("Vpc");
    Subnet any = subnet("Any", vpc, null);
    subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc, to(any));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenZonesCannotBeCompared() {
    Vpc vpc = vpc("Vpc");
    Subnet a = subnet("A", vpc, "eu-west-1a");
    Subnet b = subnet("B", vpc, "euw1-az2");
    interfaceEndpoint(vpc, to(a), to(b));

    assertThat(run()).isEmpty();
  }

  @Test
  void judgesInterfaceEndpointsOnly() {
    Vpc vpc = vpc("Vpc");
    Subnet a = subnet("A", vpc, "eu-west-1a");
    subnet("B", vpc, "eu-west-1b");
    endpoint(vpc, Value.known("GatewayLoadBalancer"), to(a));
    endpoint(vpc, Value.absent(), to(a));
    endpoint(vpc, Value.unknown("parameter 'Type' has no default"), to(a));

    assertThat(run()).isEmpty();
  }

  @Test
  void ignoresEndpointWithoutSubnets() {
    Vpc vpc = vpc("Vpc");
    subnet("A", vpc, "eu-west-1a");
    subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc);

    assertThat(run()).isEmpty();
  }
}
