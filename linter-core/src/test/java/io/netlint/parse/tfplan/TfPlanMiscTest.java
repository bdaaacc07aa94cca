package io.netlint.parse.tfplan;

import static io.netlint.parse.tfplan.TfPlans.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.AutoScalingGroup;
import io.netlint.model.Cidr;
import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.ClientVpnEndpoint;
import io.netlint.model.CustomerGateway;
import io.netlint.model.DxConnection;
import io.netlint.model.DxGateway;
import io.netlint.model.DxGatewayAssociation;
import io.netlint.model.DxVirtualInterface;
import io.netlint.model.EndpointService;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.Instance;
import io.netlint.model.InternetGateway;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RoutePropagation;
import io.netlint.model.RouteTarget;
import io.netlint.model.TgwPeeringAttachment;
import io.netlint.model.TgwRoute;
import io.netlint.model.TgwRouteTableLink;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcCidrBlock;
import io.netlint.model.VpcEndpoint;
import io.netlint.model.VpnGateway;
import io.netlint.parse.LoadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Endpoints, Direct Connect, transit gateway links, compute and the rest of the mapping. */
class TfPlanMiscTest {

  private static final String F = "misc.tfplan.json";
  private static final LoadResult R = TfPlans.load(F);

  private static Ref key(String address) {
    return Ref.toKey(F + "#" + address);
  }

  @Test
  void loadsCleanly() {
    assertThat(R.diagnostics()).isEmpty();
    assertThat(R.elements()).allSatisfy(e -> assertThat(e.region().get()).isEqualTo("eu-west-1"));
  }

  @Test
  void endpointsAndServices() {
    VpcEndpoint consumer = one(R, VpcEndpoint.class, "aws_vpc_endpoint.consumer");
    assertThat(consumer.typeOrDefault()).isEqualTo("Interface");
    assertThat(consumer.serviceName().isUnknown()).isTrue();
    assertThat(consumer.serviceRegion().get()).isEqualTo("us-east-1");
    assertThat(consumer.subnets())
        .containsExactly(Ref.toAwsId("subnet-0a"), Ref.toAwsId("subnet-0b"));
    assertThat(consumer.endpointService()).isEqualTo(key("aws_vpc_endpoint_service.svc"));
    assertThat(consumer.vpc()).isEqualTo(Ref.toAwsId("vpc-0x"));

    VpcEndpoint named = one(R, VpcEndpoint.class, "aws_vpc_endpoint.named");
    assertThat(named.endpointService()).as("by service name")
        .isEqualTo(key("aws_vpc_endpoint_service.existing"));
    assertThat(named.serviceRegion().isAbsent()).isTrue();

    VpcEndpoint s3 = one(R, VpcEndpoint.class, "aws_vpc_endpoint.s3");
    assertThat(s3.type().get()).isEqualTo("Gateway");
    assertThat(s3.subnets()).as("not written: none").isEmpty();
    assertThat(s3.endpointService().isAbsent()).isTrue();

    assertThat(one(R, EndpointService.class, "aws_vpc_endpoint_service.svc").supportedRegions()
        .get()).containsExactly("us-east-1", "eu-west-1");
  }

  @Test
  void directConnect() {
    DxConnection primary = one(R, DxConnection.class, "aws_dx_connection.primary");
    assertThat(primary.lag()).as("aws_dx_connection_association").isEqualTo(key("aws_dx_lag.lag"));
    assertThat(primary.bandwidth().get()).isEqualTo("10Gbps");
    assertThat(primary.location().get()).isEqualTo("EqDC2");
    assertThat(primary.requestMacsec().get()).isTrue();
    assertThat(primary.encryptionMode().isAbsent()).isTrue();
    assertThat(one(R, DxGateway.class, "aws_dx_gateway.gw").amazonSideAsn().get())
        .isEqualTo(64513L);
    DxGatewayAssociation assoc = one(R, DxGatewayAssociation.class,
        "aws_dx_gateway_association.tgw");
    assertThat(assoc.dxGateway()).isEqualTo(key("aws_dx_gateway.gw"));
    assertThat(assoc.associatedGateway()).isEqualTo(key("aws_ec2_transit_gateway.t"));
    assertThat(assoc.allowedPrefixes()).containsExactly(
        Value.known(Cidr.of("10.0.0.0/8")), Value.known(Cidr.of("172.16.0.0/12")));
    DxVirtualInterface vif = one(R, DxVirtualInterface.class,
        "aws_dx_transit_virtual_interface.vif");
    assertThat(vif.vifKind()).isEqualTo(DxVirtualInterface.Kind.TRANSIT);
    assertThat(vif.connection()).isEqualTo(key("aws_dx_lag.lag"));
    assertThat(vif.dxGateway()).isEqualTo(key("aws_dx_gateway.gw"));
    assertThat(vif.vpnGateway().isAbsent()).isTrue();
    assertThat(vif.bgpAsn().get()).isEqualTo(65100L);
  }

  @Test
  void transitGatewayLinks() {
    TgwRoute onprem = one(R, TgwRoute.class, "aws_ec2_transit_gateway_route.onprem");
    assertThat(onprem.attachment()).as("the DX gateway's TGW attachment")
        .isEqualTo(key("aws_dx_gateway_association.tgw"));
    assertThat(onprem.routeTable()).isEqualTo(key("aws_ec2_transit_gateway_route_table.rt"));
    assertThat(onprem.blackhole()).isFalse();
    TgwRouteTableLink prop = one(R, TgwRouteTableLink.class,
        "aws_ec2_transit_gateway_route_table_propagation.p");
    assertThat(prop.linkKind()).isEqualTo(TgwRouteTableLink.Kind.PROPAGATION);
    assertThat(prop.attachment()).isEqualTo(key("aws_ec2_transit_gateway_peering_attachment.p"));
    assertThat(one(R, TgwRouteTableLink.class, "aws_ec2_transit_gateway_route_table_association.a")
        .linkKind()).isEqualTo(TgwRouteTableLink.Kind.ASSOCIATION);
    TgwPeeringAttachment peering = one(R, TgwPeeringAttachment.class,
        "aws_ec2_transit_gateway_peering_attachment.p");
    assertThat(peering.peerRegion().get()).isEqualTo("us-west-2");
    assertThat(peering.peerTransitGateway()).isEqualTo(Ref.toAwsId("tgw-0peer"));
    assertThat(peering.peerAccount().isAbsent()).isTrue();
  }

  @Test
  void computeAndAppliances() {
    Instance nat = one(R, Instance.class, "aws_instance.nat");
    assertThat(nat.subnet()).isEqualTo(key("aws_subnet.s"));
    assertThat(nat.availabilityZone().get()).isEqualTo("eu-west-1a");
    assertThat(nat.sourceDestCheckDisabled()).isTrue();
    NetworkInterface eni = one(R, NetworkInterface.class, "aws_network_interface.appliance");
    assertThat(eni.instance()).as("aws_network_interface_attachment")
        .isEqualTo(key("aws_instance.nat"));
    assertThat(eni.subnet()).isEqualTo(key("aws_subnet.s"));
    Route route = one(R, Route.class, "aws_route.via_instance");
    assertThat(route.target()).as("the instance's primary ENI is the instance")
        .isEqualTo(new RouteTarget(RouteTarget.Kind.INSTANCE, key("aws_instance.nat")));
    AutoScalingGroup asg = one(R, AutoScalingGroup.class, "aws_autoscaling_group.asg");
    assertThat(asg.subnets()).containsExactly(Ref.toAwsId("subnet-0lit"), key("aws_subnet.s"));
    assertThat(asg.minSize().get()).isEqualTo(2);
    assertThat(asg.maxSize().get()).isEqualTo(4);
  }

  @Test
  void gatewaysAndAddressing() {
    assertThat(one(R, Vpc.class, "aws_vpc.ipam").cidr().reason()).contains("IPAM");
    VpcCidrBlock secondary = one(R, VpcCidrBlock.class, "aws_vpc_ipv4_cidr_block_association.sec");
    assertThat(secondary.vpc()).isEqualTo(Ref.toAwsId("vpc-0x"));
    assertThat(secondary.cidr().get()).isEqualTo(Cidr.of("100.64.0.0/16"));
    assertThat(one(R, InternetGateway.class, "aws_egress_only_internet_gateway.e").egressOnly())
        .isTrue();
    InternetGateway igw = one(R, InternetGateway.class, "aws_internet_gateway.igw");
    assertThat(igw.vpc().isAbsent()).as("attached separately").isTrue();
    GatewayAttachment igwAttachment = one(R, GatewayAttachment.class,
        "aws_internet_gateway_attachment.att");
    assertThat(igwAttachment.gateway()).isEqualTo(key("aws_internet_gateway.igw"));
    VpnGateway vgw = one(R, VpnGateway.class, "aws_vpn_gateway.vgw");
    assertThat(vgw.amazonSideAsn().get()).isEqualTo(65001L);
    assertThat(vgw.vpc().isAbsent()).isTrue();
    assertThat(one(R, GatewayAttachment.class, "aws_vpn_gateway_attachment.att").gateway())
        .isEqualTo(key("aws_vpn_gateway.vgw"));
    RoutePropagation prop = one(R, RoutePropagation.class, "aws_vpn_gateway_route_propagation.p");
    assertThat(prop.vpnGateway()).isEqualTo(key("aws_vpn_gateway.vgw"));
    assertThat(prop.routeTable()).isEqualTo(Ref.toAwsId("rtb-0x"));
    CustomerGateway ext = one(R, CustomerGateway.class, "aws_customer_gateway.ext");
    assertThat(ext.bgpAsn().get()).isEqualTo(4200000001L);
    assertThat(ext.deviceName().get()).isEqualTo("edge-2");
  }

  @Test
  void clientVpn() {
    ClientVpnEndpoint endpoint = one(R, ClientVpnEndpoint.class,
        "aws_ec2_client_vpn_endpoint.cvpn");
    assertThat(endpoint.clientCidr().get()).isEqualTo(Cidr.of("10.100.0.0/22"));
    assertThat(endpoint.splitTunnel().get()).isTrue();
    assertThat(endpoint.vpc().isAbsent()).isTrue();
    ClientVpnAssociation association = one(R, ClientVpnAssociation.class,
        "aws_ec2_client_vpn_network_association.a");
    assertThat(association.endpoint()).isEqualTo(key("aws_ec2_client_vpn_endpoint.cvpn"));
    assertThat(association.subnet()).isEqualTo(key("aws_subnet.s"));
  }

  @Test
  void foldedResourcesHaveNoElement() {
    assertThat(R.elements()).extracting(e -> e.meta().kind()).doesNotContain(
        "aws_dx_connection_association", "aws_network_interface_attachment");
    List<String> kinds = R.elements().stream().map(e -> e.meta().kind()).distinct().toList();
    assertThat(kinds).contains("aws_dx_lag", "aws_ec2_transit_gateway");
  }
}
