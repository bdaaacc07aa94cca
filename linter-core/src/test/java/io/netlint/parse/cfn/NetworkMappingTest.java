package io.netlint.parse.cfn;

import static io.netlint.parse.cfn.Templates.element;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.ClientVpnEndpoint;
import io.netlint.model.DxConnection;
import io.netlint.model.DxGateway;
import io.netlint.model.DxGatewayAssociation;
import io.netlint.model.DxLag;
import io.netlint.model.DxVirtualInterface;
import io.netlint.model.Element;
import io.netlint.model.EndpointService;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.InternetGateway;
import io.netlint.model.NatGateway;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RoutePropagation;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTableAssociation;
import io.netlint.model.RouteTarget;
import io.netlint.model.Subnet;
import io.netlint.model.TgwPeeringAttachment;
import io.netlint.model.TgwRoute;
import io.netlint.model.TgwRouteTable;
import io.netlint.model.TgwRouteTableLink;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcCidrBlock;
import io.netlint.model.VpcEndpoint;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnGateway;
import io.netlint.parse.LoadResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** VPC, routing, gateway, transit gateway, peering, endpoint, Direct Connect and Client VPN types. */
class NetworkMappingTest {

  private static final LoadResult NET = Templates.load("network.yaml");
  private static final LoadResult TRANSIT = Templates.load("transit.json");

  private static Ref key(String file, String id) { return Ref.toKey(file + "#" + id); }

  private static Ref net(String id) { return key("network.yaml", id); }

  private static Ref tr(String id) { return key("transit.json", id); }

  private static Value<Cidr> cidr(String text) { return Value.known(Cidr.of(text)); }

  @Test
  void loadsWithoutDiagnosticsInTemplateOrder() {
    assertThat(NET.diagnostics()).isEmpty();
    assertThat(TRANSIT.diagnostics()).isEmpty();
    assertThat(NET.elements()).extracting(Element::name).startsWith("Vpc", "IpamVpc", "Secondary");
  }

  @Test
  void vpcsAndTheirBlocks() {
    Vpc vpc = element(NET, "network.yaml#Vpc", Vpc.class);
    assertThat(vpc.cidr()).isEqualTo(cidr("10.20.0.0/16"));
    assertThat(vpc.ipv6Cidr().isAbsent()).isTrue();
    assertThat(vpc.meta().kind()).isEqualTo("AWS::EC2::VPC");
    assertThat(vpc.meta().awsId().isAbsent()).isTrue();
    assertThat(element(NET, "network.yaml#IpamVpc", Vpc.class).cidr().reason()).contains("IPAM");
    VpcCidrBlock secondary = element(NET, "network.yaml#Secondary", VpcCidrBlock.class);
    assertThat(secondary.vpc()).isEqualTo(net("Vpc"));
    assertThat(secondary.cidr()).isEqualTo(cidr("100.64.0.0/20"));
    assertThat(element(NET, "network.yaml#Ipv6Block", VpcCidrBlock.class).cidr().isUnknown())
        .isTrue();
  }

  @Test
  void subnetsResolveCidrFromTheVpcAndSymbolicZones() {
    Subnet a = element(NET, "network.yaml#SubnetA", Subnet.class);
    assertThat(a.vpc()).isEqualTo(net("Vpc"));
    assertThat(a.cidr()).isEqualTo(cidr("10.20.0.0/24"));
    assertThat(a.availabilityZone()).isEqualTo(Value.known("GetAZs('')[0]"));
    Subnet b = element(NET, "network.yaml#SubnetB", Subnet.class);
    assertThat(b.cidr()).isEqualTo(cidr("10.20.1.0/24"));
    assertThat(b.availabilityZone()).isEqualTo(Value.known("use1-az4"));
  }

  @Test
  void routeTablesAndAssociations() {
    RouteTable rt = element(NET, "network.yaml#RouteTable", RouteTable.class);
    assertThat(rt.vpc()).isEqualTo(net("Vpc"));
    assertThat(rt.main()).isFalse();
    RouteTableAssociation assoc = element(NET, "network.yaml#AssocA", RouteTableAssociation.class);
    assertThat(assoc.routeTable()).isEqualTo(net("RouteTable"));
    assertThat(assoc.subnet()).isEqualTo(net("SubnetA"));
    assertThat(assoc.gateway().isAbsent()).isTrue();
    RouteTableAssociation edge = element(NET, "network.yaml#EdgeAssoc", RouteTableAssociation.class);
    assertThat(edge.subnet().isAbsent()).isTrue();
    assertThat(edge.gateway()).isEqualTo(net("Igw"));
  }

  @Test
  void routeTargetsAreClassifiedByPropertyAndByWhatGatewayIdNames() {
    assertThat(target("ToInternet")).isEqualTo(
        new RouteTarget(RouteTarget.Kind.INTERNET_GATEWAY, net("Igw")));
    assertThat(target("ToVgw")).isEqualTo(new RouteTarget(RouteTarget.Kind.VPN_GATEWAY, net("Vgw")));
    assertThat(target("ToLiteralVgw")).isEqualTo(
        new RouteTarget(RouteTarget.Kind.VPN_GATEWAY, Ref.toAwsId("vgw-0aaa1111")));
    assertThat(target("ToNat")).isEqualTo(new RouteTarget(RouteTarget.Kind.NAT_GATEWAY, net("Nat")));
    assertThat(target("ToPrefixList")).isEqualTo(
        new RouteTarget(RouteTarget.Kind.VPC_PEERING, Ref.toAwsId("pcx-0123")));
    assertThat(target("ToEni")).isEqualTo(
        new RouteTarget(RouteTarget.Kind.NETWORK_INTERFACE, Ref.toAwsId("eni-0123")));
  }

  @Test
  void routeDestinations() {
    Route toNat = element(NET, "network.yaml#ToNat", Route.class);
    assertThat(toNat.destination()).isEqualTo(cidr("64:ff9b::/96"));
    assertThat(toNat.routeTable()).isEqualTo(net("RouteTable"));
    Route toList = element(NET, "network.yaml#ToPrefixList", Route.class);
    assertThat(toList.destination().isAbsent()).isTrue();
    assertThat(toList.destinationPrefixList()).isEqualTo(Value.known("pl-0123"));
  }

  private static RouteTarget target(String id) {
    return element(NET, "network.yaml#" + id, Route.class).target();
  }

  @Test
  void gatewaysAndAttachments() {
    assertThat(element(NET, "network.yaml#Igw", InternetGateway.class))
        .satisfies(g -> {
          assertThat(g.egressOnly()).isFalse();
          assertThat(g.vpc().isAbsent()).isTrue();
        });
    assertThat(element(NET, "network.yaml#Eigw", InternetGateway.class))
        .satisfies(g -> {
          assertThat(g.egressOnly()).isTrue();
          assertThat(g.vpc()).isEqualTo(net("Vpc"));
        });
    assertThat(element(NET, "network.yaml#IgwAttach", GatewayAttachment.class).gateway())
        .isEqualTo(net("Igw"));
    GatewayAttachment vgwAttach = element(NET, "network.yaml#VgwAttach", GatewayAttachment.class);
    assertThat(vgwAttach.vpc()).isEqualTo(net("Vpc"));
    assertThat(vgwAttach.gateway()).isEqualTo(net("Vgw"));
    assertThat(element(NET, "network.yaml#Vgw", VpnGateway.class).amazonSideAsn())
        .isEqualTo(Value.known(64600L));
    NatGateway nat = element(NET, "network.yaml#Nat", NatGateway.class);
    assertThat(nat.subnet()).isEqualTo(net("SubnetA"));
    assertThat(nat.connectivityType()).isEqualTo(Value.known("private"));
  }

  @Test
  void oneRoutePropagationPerRouteTable() {
    List<RoutePropagation> props = Templates.all(NET, RoutePropagation.class);
    assertThat(props).extracting(Element::key)
        .containsExactly("network.yaml#Propagation[0]", "network.yaml#Propagation[1]");
    assertThat(props).extracting(RoutePropagation::routeTable)
        .containsExactly(net("RouteTable"), Ref.toAwsId("rtb-0bbb2222"));
    assertThat(props).extracting(RoutePropagation::vpnGateway).containsOnly(net("Vgw"));
    assertThat(props).extracting(p -> p.source().resource()).containsOnly("Propagation");
  }

  @Test
  void peeringAndEndpoints() {
    VpcPeering peering = element(NET, "network.yaml#Peering", VpcPeering.class);
    assertThat(peering.requesterVpc()).isEqualTo(net("Vpc"));
    assertThat(peering.accepterVpc()).isEqualTo(Ref.toAwsId("vpc-0ccc3333"));
    assertThat(peering.peerRegion()).isEqualTo(Value.known("eu-west-1"));
    assertThat(peering.peerOwner()).isEqualTo(Value.known("123456789012"));

    assertThat(element(NET, "network.yaml#Service", EndpointService.class).supportedRegions())
        .isEqualTo(Value.known(List.of("us-east-1", "eu-west-1")));
    VpcEndpoint own = element(NET, "network.yaml#ToOwnService", VpcEndpoint.class);
    assertThat(own.type()).isEqualTo(Value.known("Interface"));
    assertThat(own.serviceName().isUnknown()).isTrue();
    assertThat(own.serviceRegion()).isEqualTo(Value.known("eu-west-1"));
    assertThat(own.subnets()).containsExactly(net("SubnetA"), net("SubnetB"));
    assertThat(own.endpointService()).isEqualTo(net("Service"));

    VpcEndpoint s3 = element(NET, "network.yaml#ToS3", VpcEndpoint.class);
    assertThat(s3.typeOrDefault()).isEqualTo("Gateway");
    assertThat(s3.serviceName()).isEqualTo(Value.known("com.amazonaws.${AWS::Region}.s3"));
    assertThat(s3.endpointService().isAbsent()).isTrue();
  }

  @Test
  void theRegionComesFromTheOptions() {
    Vpc vpc = element(NET, "network.yaml#Vpc", Vpc.class);
    assertThat(vpc.region()).isEqualTo(Value.unknown("stack region not given (--region)"));
    LoadResult inRegion = Templates.loadIn(Optional.of("us-east-1"), "network.yaml");
    assertThat(element(inRegion, "network.yaml#Vpc", Vpc.class).region())
        .isEqualTo(Value.known("us-east-1"));
    assertThat(element(inRegion, "network.yaml#ToS3", VpcEndpoint.class).serviceName())
        .isEqualTo(Value.known("com.amazonaws.us-east-1.s3"));
    assertThat(element(inRegion, "network.yaml#SubnetA", Subnet.class).availabilityZone())
        .isEqualTo(Value.known("GetAZs('us-east-1')[0]"));
  }

  @Test
  void transitGateways() {
    TransitGateway tgw = element(TRANSIT, "transit.json#Tgw", TransitGateway.class);
    assertThat(tgw.amazonSideAsn()).isEqualTo(Value.known(64700L));
    assertThat(tgw.defaultRouteTableAssociation()).isEqualTo(Value.known(false));
    assertThat(tgw.defaultRouteTablePropagation()).isEqualTo(Value.known(true));
    assertThat(tgw.vpnEcmpSupport()).isEqualTo(Value.known(false));

    TgwVpcAttachment att = element(TRANSIT, "transit.json#Attachment", TgwVpcAttachment.class);
    assertThat(att.transitGateway()).isEqualTo(tr("Tgw"));
    assertThat(att.vpc()).isEqualTo(tr("Vpc"));
    assertThat(att.subnets()).containsExactly(tr("Subnet"));
    assertThat(att.applianceMode()).isEqualTo(Value.known(true));
    assertThat(att.defaultAssociation().isAbsent()).isTrue();

    TgwVpcAttachment old = element(TRANSIT, "transit.json#OldAttachment", TgwVpcAttachment.class);
    assertThat(old.transitGateway()).isEqualTo(tr("Tgw"));
    assertThat(old.vpc()).isEqualTo(Ref.toAwsId("vpc-0other"));
    assertThat(old.subnets()).containsExactly(Ref.toAwsId("subnet-0x"), Ref.toAwsId("subnet-0y"));
    assertThat(old.applianceMode().isAbsent()).isTrue();

    assertThat(element(TRANSIT, "transit.json#TgwTable", TgwRouteTable.class).transitGateway())
        .isEqualTo(tr("Tgw"));
    TgwRoute route = element(TRANSIT, "transit.json#TgwRoute", TgwRoute.class);
    assertThat(route.routeTable()).isEqualTo(tr("TgwTable"));
    assertThat(route.destination()).isEqualTo(cidr("10.9.0.0/16"));
    assertThat(route.attachment()).isEqualTo(tr("Attachment"));
    assertThat(route.blackhole()).isFalse();
    assertThat(element(TRANSIT, "transit.json#Blackhole", TgwRoute.class).blackhole()).isTrue();

    assertThat(element(TRANSIT, "transit.json#TgwAssoc", TgwRouteTableLink.class).linkKind())
        .isEqualTo(TgwRouteTableLink.Kind.ASSOCIATION);
    TgwRouteTableLink prop = element(TRANSIT, "transit.json#TgwProp", TgwRouteTableLink.class);
    assertThat(prop.linkKind()).isEqualTo(TgwRouteTableLink.Kind.PROPAGATION);
    assertThat(prop.attachment()).isEqualTo(tr("Attachment"));

    TgwPeeringAttachment peering =
        element(TRANSIT, "transit.json#TgwPeering", TgwPeeringAttachment.class);
    assertThat(peering.peerTransitGateway()).isEqualTo(Ref.toAwsId("tgw-0peer"));
    assertThat(peering.peerRegion()).isEqualTo(Value.known("ap-southeast-2"));
    assertThat(peering.peerAccount()).isEqualTo(Value.known("210987654321"));
  }

  @Test
  void directConnect() {
    DxLag lag = element(TRANSIT, "transit.json#DxLag", DxLag.class);
    assertThat(lag.location()).isEqualTo(Value.known("EqDC2"));
    assertThat(lag.minimumLinks()).isEqualTo(Value.known(2));
    DxConnection conn = element(TRANSIT, "transit.json#DxConn", DxConnection.class);
    assertThat(conn.lag()).isEqualTo(tr("DxLag"));
    assertThat(conn.bandwidth()).isEqualTo(Value.known("10Gbps"));
    assertThat(conn.requestMacsec()).isEqualTo(Value.known(true));
    assertThat(conn.encryptionMode().isAbsent()).isTrue();
    assertThat(element(TRANSIT, "transit.json#DxGw", DxGateway.class).amazonSideAsn())
        .isEqualTo(Value.known(64800L));
    DxGatewayAssociation assoc =
        element(TRANSIT, "transit.json#DxAssoc", DxGatewayAssociation.class);
    assertThat(assoc.dxGateway()).isEqualTo(Ref.toAwsId("5d4c3b2a-1111-2222-3333-444455556666"));
    assertThat(assoc.associatedGateway()).isEqualTo(tr("Tgw"));
    assertThat(assoc.allowedPrefixes()).containsExactly(cidr("10.1.0.0/16"), cidr("10.2.0.0/16"));

    DxVirtualInterface transit = element(TRANSIT, "transit.json#TransitVif", DxVirtualInterface.class);
    assertThat(transit.vifKind()).isEqualTo(DxVirtualInterface.Kind.TRANSIT);
    assertThat(transit.connection()).isEqualTo(tr("DxConn"));
    assertThat(transit.dxGateway()).isEqualTo(tr("DxGw"));
    assertThat(transit.bgpAsn()).isEqualTo(Value.known(65100L));
    DxVirtualInterface priv = element(TRANSIT, "transit.json#PrivateVif", DxVirtualInterface.class);
    assertThat(priv.vifKind()).isEqualTo(DxVirtualInterface.Kind.PRIVATE);
    assertThat(priv.connection()).isEqualTo(Ref.toAwsId("dxcon-fgh12345"));
    assertThat(priv.vpnGateway()).isEqualTo(Ref.toAwsId("vgw-0dx"));
    assertThat(priv.bgpAsn()).isEqualTo(Value.known(65101L));
    assertThat(element(TRANSIT, "transit.json#PublicVif", DxVirtualInterface.class).vifKind())
        .isEqualTo(DxVirtualInterface.Kind.PUBLIC);
  }

  @Test
  void clientVpn() {
    ClientVpnEndpoint ep = element(TRANSIT, "transit.json#ClientVpn", ClientVpnEndpoint.class);
    assertThat(ep.clientCidr()).isEqualTo(cidr("172.16.0.0/22"));
    assertThat(ep.vpc()).isEqualTo(tr("Vpc"));
    assertThat(ep.splitTunnel()).isEqualTo(Value.known(true));
    ClientVpnAssociation assoc =
        element(TRANSIT, "transit.json#ClientVpnAssoc", ClientVpnAssociation.class);
    assertThat(assoc.endpoint()).isEqualTo(tr("ClientVpn"));
    assertThat(assoc.subnet()).isEqualTo(tr("Subnet"));
  }
}
