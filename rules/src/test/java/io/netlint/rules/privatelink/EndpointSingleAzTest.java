package io.netlint.rules.privatelink;

import static io.netlint.testing.TestNetworks.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Ref;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcEndpoint;
import io.netlint.rule.Finding;
import io.netlint.testing.RuleTester;
import io.netlint.testing.TestNetworks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EndpointSingleAzTest {

  private final RuleTester tester = RuleTester.of(new EndpointSingleAz());
  private final TestNetworks net = new TestNetworks("t");

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("endpoint-single-az");
  }

  private VpcEndpoint endpoint(Vpc vpc, Value<String> type, Ref... subnets) {
    return net.add(new VpcEndpoint(net.meta("Endpoint", "AWS::EC2::VPCEndpoint"), to(vpc),
        type, Value.known("com.amazonaws.eu-west-1.ssm"), Value.absent(), List.of(subnets),
        Ref.absent()));
  }

  private VpcEndpoint interfaceEndpoint(Vpc vpc, Ref... subnets) {
    return endpoint(vpc, Value.known("Interface"), subnets);
  }

  private List<Finding> run() {
    return tester.run(net.network());
  }

  @Test
  void flagsTheOnlySubnetWhenTheVpcUsesAnotherZone() {
    Vpc vpc = net.vpc("Vpc");
    Subnet a = net.subnet("A", vpc, "eu-west-1a");
    Subnet b = net.subnet("B", vpc, "eu-west-1b");
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
    Vpc vpc = net.vpc("Vpc");
    Subnet a = net.subnet("A", vpc, "GetAZs('')[0]");
    Subnet a2 = net.subnet("A2", vpc, "GetAZs('')[0]");
    net.subnet("B", vpc, "GetAZs('')[1]");
    interfaceEndpoint(vpc, to(a), to(a2));

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("its subnets 'A', 'A2' are all in the 1st zone of the stack's region, while VPC"
            + " 'Vpc' also has subnets elsewhere ('B' in the 2nd zone of the stack's region)");
  }

  @Test
  void namesOneSubnetForEachOtherZone() {
    Vpc vpc = net.vpc("Vpc");
    Subnet a = net.subnet("A", vpc, "eu-west-1a");
    net.subnet("B", vpc, "eu-west-1b");
    net.subnet("B2", vpc, "eu-west-1b");
    net.subnet("C", vpc, "eu-west-1c");
    interfaceEndpoint(vpc, to(a));

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .contains("('B' in zone eu-west-1b, 'C' in zone eu-west-1c)");
  }

  @Test
  void ignoresEndpointInEveryZoneOfTheVpc() {
    Vpc vpc = net.vpc("Vpc");
    Subnet a = net.subnet("A", vpc, "eu-west-1a");
    Subnet b = net.subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc, to(a), to(b));

    assertThat(run()).isEmpty();
  }

  @Test
  void ignoresSingleZoneVpc() {
    Vpc vpc = net.vpc("Vpc");
    Subnet a = net.subnet("A", vpc, "eu-west-1a");
    net.subnet("A2", vpc, "eu-west-1a");
    interfaceEndpoint(vpc, to(a));

    assertThat(run()).isEmpty();
  }

  @Test
  void otherSubnetsOfUnknownZoneDoNotCountAsAnotherZone() {
    Vpc vpc = net.vpc("Vpc");
    Subnet a = net.subnet("A", vpc, "eu-west-1a");
    net.subnet("Any", vpc, null);
    interfaceEndpoint(vpc, to(a));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenTheSubnetListIsUnknown() {
    Vpc vpc = net.vpc("Vpc");
    net.subnet("A", vpc, "eu-west-1a");
    net.subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc, Ref.unknown("parameter 'SubnetIds' has no default"));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenOneSubnetIsUnknown() {
    Vpc vpc = net.vpc("Vpc");
    Subnet a = net.subnet("A", vpc, "eu-west-1a");
    net.subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc, to(a), Ref.unknown("known after apply"));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenASubnetIsNotAmongTheInputs() {
    Vpc vpc = net.vpc("Vpc");
    Subnet a = net.subnet("A", vpc, "eu-west-1a");
    net.subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc, to(a), Ref.toAwsId("subnet-0a1b2c3d4e5f60718"));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenTheEndpointsZoneIsUnknown() {
    Vpc vpc = net.vpc("Vpc");
    Subnet any = net.subnet("Any", vpc, null);
    net.subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc, to(any));

    assertThat(run()).isEmpty();
  }

  @Test
  void staysSilentWhenZonesCannotBeCompared() {
    Vpc vpc = net.vpc("Vpc");
    Subnet a = net.subnet("A", vpc, "eu-west-1a");
    Subnet b = net.subnet("B", vpc, "euw1-az2");
    interfaceEndpoint(vpc, to(a), to(b));

    assertThat(run()).isEmpty();
  }

  @Test
  void judgesInterfaceEndpointsOnly() {
    Vpc vpc = net.vpc("Vpc");
    Subnet a = net.subnet("A", vpc, "eu-west-1a");
    net.subnet("B", vpc, "eu-west-1b");
    endpoint(vpc, Value.known("GatewayLoadBalancer"), to(a));
    endpoint(vpc, Value.absent(), to(a));
    endpoint(vpc, Value.unknown("parameter 'Type' has no default"), to(a));

    assertThat(run()).isEmpty();
  }

  @Test
  void ignoresEndpointWithoutSubnets() {
    Vpc vpc = net.vpc("Vpc");
    net.subnet("A", vpc, "eu-west-1a");
    net.subnet("B", vpc, "eu-west-1b");
    interfaceEndpoint(vpc);

    assertThat(run()).isEmpty();
  }
}
