package io.netlint.parse.tfplan;

import static io.netlint.parse.tfplan.TfPlans.find;
import static io.netlint.parse.tfplan.TfPlans.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.Instance;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTarget;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.Vpc;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnGateway;
import io.netlint.model.VpnTunnel;
import io.netlint.parse.LoadResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfPlanLoaderTest {

  private static final String A7 = "vpn-module.tfplan.json";
  private static final String EXISTING = "existing.tfplan.json";
  private static final String STATE = "state.tfstate.json";

  @Test
  void domainExampleRecoversEdgesThroughConfiguration() {
    LoadResult r = TfPlans.load(A7);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.elements()).extracting(Element::key).containsExactly(
        A7 + "#aws_customer_gateway.site[\"hq\"]",
        A7 + "#aws_vpn_connection.hq",
        A7 + "#aws_vpn_gateway.vgw",
        A7 + "#module.network.aws_vpc.this");

    VpnConnection vpn = one(r, VpnConnection.class, "aws_vpn_connection.hq");
    assertThat(vpn.customerGateway())
        .isEqualTo(Ref.toKey(A7 + "#aws_customer_gateway.site[\"hq\"]"));
    assertThat(vpn.vpnGateway()).isEqualTo(Ref.toKey(A7 + "#aws_vpn_gateway.vgw"));
    assertThat(vpn.transitGateway().isAbsent()).isTrue();
    assertThat(vpn.staticRoutesOnly().get()).isFalse();
    assertThat(vpn.localNetworkCidr().isAbsent()).as("unset selector: AWS default").isTrue();
    assertThat(vpn.meta().kind()).isEqualTo("aws_vpn_connection");

    VpnGateway vgw = one(r, VpnGateway.class, "aws_vpn_gateway.vgw");
    assertThat(vgw.vpc()).as("through module.network.vpc_id")
        .isEqualTo(Ref.toKey(A7 + "#module.network.aws_vpc.this"));
    assertThat(vgw.amazonSideAsn().isAbsent()).as("unset ASN is AWS's default").isTrue();

    CustomerGateway cgw = one(r, CustomerGateway.class, "aws_customer_gateway.site[\"hq\"]");
    assertThat(cgw.bgpAsn().get()).isEqualTo(65010L);
    assertThat(cgw.ipAddress().get()).isEqualTo("203.0.113.10");
    assertThat(cgw.deviceName().isAbsent()).isTrue();

    Vpc vpc = one(r, Vpc.class, "module.network.aws_vpc.this");
    assertThat(vpc.cidr().get()).isEqualTo(Cidr.of("10.0.0.0/16"));
    assertThat(vpc.ipv6Cidr().isAbsent()).isTrue();
    assertThat(vpc.meta().awsId().isAbsent()).isTrue();
    assertThat(vpc.region().isUnknown()).as("the provider sets no region").isTrue();
  }

  @Test
  void domainExampleTunnels() {
    VpnConnection vpn = one(TfPlans.load(A7), VpnConnection.class, "aws_vpn_connection.hq");
    VpnTunnel t1 = vpn.tunnels().get(0);
    VpnTunnel t2 = vpn.tunnels().get(1);
    assertThat(t1.specified()).isTrue();
    assertThat(t1.insideCidr().get()).isEqualTo(Cidr.of("169.254.10.0/30"));
    assertThat(t1.options()).containsExactly(Map.entry("PreSharedKey", "<set>"));
    assertThat(t2.specified()).isFalse();
    assertThat(t2.insideCidr().isAbsent()).as("AWS picks tunnel 2's inside CIDR").isTrue();
    assertThat(t2.options()).isEmpty();
    assertThat(vpn.toString()).doesNotContain("example_key_1");
  }

  @Test
  void sourcePointsAtTheAddressKey() {
    LoadResult r = TfPlans.load(A7);
    SourceRef vpn = one(r, VpnConnection.class, "aws_vpn_connection.hq").source();
    assertThat(vpn).isEqualTo(new SourceRef(A7, 31, 11, "aws_vpn_connection.hq"));
    assertThat(one(r, Vpc.class, "module.network.aws_vpc.this").source())
        .isEqualTo(new SourceRef(A7, 67, 15, "module.network.aws_vpc.this"));
    SourceRef state = one(TfPlans.load(STATE), VpnConnection.class, "aws_vpn_connection.hq")
        .source();
    assertThat(state).isEqualTo(new SourceRef(STATE, 32, 11, "aws_vpn_connection.hq"));
  }

  @Test
  void knownIdsLinkToResourcesOfThePlanOrStayAwsIds() {
    LoadResult r = TfPlans.load(EXISTING);
    assertThat(r.diagnostics()).isEmpty();
    Vpc vpc = one(r, Vpc.class, "aws_vpc.main");
    assertThat(vpc.meta().awsId().get()).isEqualTo("vpc-0aaa1111");
    assertThat(vpc.region().get()).isEqualTo("us-east-2");
    assertThat(one(r, Subnet.class, "aws_subnet.a").vpc())
        .isEqualTo(Ref.toKey(EXISTING + "#aws_vpc.main"));
    // a data source's ID is not an element: it stays an AWS ID for the network to match
    assertThat(one(r, Subnet.class, "aws_subnet.b").vpc()).isEqualTo(Ref.toAwsId("vpc-0bbb2222"));
    Instance app = one(r, Instance.class, "aws_instance.app");
    assertThat(app.meta().awsId().isAbsent()).as("replaced: the new ID is not known").isTrue();
    assertThat(app.subnet()).isEqualTo(Ref.toKey(EXISTING + "#aws_subnet.a"));
    assertThat(app.availabilityZone().get()).as("the subnet's zone").isEqualTo("us-east-2a");
    assertThat(app.sourceDestCheckDisabled()).isTrue();
  }

  @Test
  void peeringAccepterConfirmsThePeeringItNames() {
    LoadResult r = TfPlans.load(EXISTING);
    assertThat(TfPlans.all(r, VpcPeering.class)).extracting(Element::key)
        .containsExactly(EXISTING + "#aws_vpc_peering_connection.peer");
    VpcPeering peering = one(r, VpcPeering.class, "aws_vpc_peering_connection.peer");
    assertThat(peering.peerRegion().get()).isEqualTo("us-west-2");
    assertThat(peering.accepterVpc()).isEqualTo(Ref.toAwsId("vpc-0eee"));
    Route route = one(r, Route.class, "aws_route.peer");
    assertThat(route.routeTable()).isEqualTo(Ref.toAwsId("rtb-0ccc"));
    assertThat(route.target()).isEqualTo(new RouteTarget(RouteTarget.Kind.VPC_PEERING,
        Ref.toKey(EXISTING + "#aws_vpc_peering_connection.peer")));
    assertThat(route.destinationPrefixList().isAbsent()).isTrue();
  }

  @Test
  void deletedAndForgottenResourcesAreNotPlanned() {
    LoadResult r = TfPlans.load(EXISTING);
    assertThat(find(r, Subnet.class, "aws_subnet.old")).isEmpty();
    assertThat(find(r, Vpc.class, "aws_vpc.forgotten")).isEmpty();
    assertThat(r.elements()).extracting(Element::name).containsExactly(
        "aws_instance.app", "aws_route.peer", "aws_subnet.a", "aws_subnet.b", "aws_vpc.main",
        "aws_vpc_peering_connection.peer");
  }

  @Test
  void stateFileLoadsItsValues() {
    LoadResult r = TfPlans.load(STATE);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.elements()).extracting(Element::name).containsExactly(
        "aws_customer_gateway.hq", "aws_vpn_connection.hq", "aws_vpn_connection_route.office",
        "module.net.aws_vpc.this", "module.net.aws_vpn_gateway.this");
    VpnConnection vpn = one(r, VpnConnection.class, "aws_vpn_connection.hq");
    assertThat(vpn.region().get()).as("from the ARN").isEqualTo("ap-northeast-1");
    assertThat(vpn.customerGateway()).isEqualTo(Ref.toKey(STATE + "#aws_customer_gateway.hq"));
    assertThat(vpn.vpnGateway()).isEqualTo(Ref.toKey(STATE + "#module.net.aws_vpn_gateway.this"));
    assertThat(vpn.transitGateway().isAbsent()).isTrue();
    assertThat(vpn.isStatic()).isTrue();
    assertThat(vpn.tunnels().get(0).insideCidr().get()).isEqualTo(Cidr.of("169.254.44.0/30"));
    assertThat(vpn.tunnels().get(1).options()).containsEntry("PreSharedKey", "<set>");
    assertThat(vpn.toString()).doesNotContain("statekey");
    assertThat(one(r, VpnConnectionRoute.class, "aws_vpn_connection_route.office").vpnConnection())
        .isEqualTo(Ref.toKey(STATE + "#aws_vpn_connection.hq"));
    Vpc vpc = one(r, Vpc.class, "module.net.aws_vpc.this");
    assertThat(vpc.ipv6Cidr().get()).isEqualTo(Cidr.of("2600:1f18:abc:de00::/56"));
    assertThat(one(r, VpnGateway.class, "module.net.aws_vpn_gateway.this").amazonSideAsn().get())
        .isEqualTo(64512L);
  }
}
