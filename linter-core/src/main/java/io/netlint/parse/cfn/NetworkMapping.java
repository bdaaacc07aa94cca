package io.netlint.parse.cfn;

import io.netlint.model.Cidr;
import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.ClientVpnEndpoint;
import io.netlint.model.EndpointService;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.InternetGateway;
import io.netlint.model.NatGateway;
import io.netlint.model.Ref;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTableAssociation;
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
import io.netlint.parse.cfn.CfnValue.ResRef;
import io.netlint.parse.tree.MapNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** VPCs, addressing, gateways, transit gateways, peering, endpoints and Client VPN. */
final class NetworkMapping {

  private static final Pattern ENDPOINT_SERVICE_ID = Pattern.compile("vpce-svc-[0-9a-f]+");

  private NetworkMapping() {}

  static Vpc vpc(ResourceContext c) {
    Props p = c.props();
    return new Vpc(c.meta(), ipv4(p), Value.absent());
  }

  static VpcCidrBlock vpcCidrBlock(ResourceContext c) {
    Props p = c.props();
    Value<Cidr> cidr;
    if (p.isSet("CidrBlock")) {
      cidr = p.cidr("CidrBlock");
    } else if (p.isSet("Ipv6CidrBlock")) {
      cidr = p.cidr("Ipv6CidrBlock");
    } else if (p.isSet("AmazonProvidedIpv6CidrBlock")) {
      Value<Boolean> amazon = p.bool("AmazonProvidedIpv6CidrBlock");
      if (amazon.isKnown()) {
        cidr = amazon.get()
            ? Value.unknown("the Amazon-provided IPv6 block is assigned at deployment")
            : Value.absent();
      } else {
        cidr = Value.unknown(amazon.reason());
      }
    } else if (p.isSet("Ipv4IpamPoolId") || p.isSet("Ipv6IpamPoolId") || p.isSet("Ipv6Pool")) {
      cidr = Value.unknown("the block is allocated from a pool at deployment");
    } else {
      cidr = Value.absent();
    }
    return new VpcCidrBlock(c.meta(), p.ref("VpcId"), cidr);
  }

  static Subnet subnet(ResourceContext c) {
    Props p = c.props();
    Value<String> az = p.isSet("AvailabilityZone") ? p.string("AvailabilityZone")
        : p.string("AvailabilityZoneId");
    return new Subnet(c.meta(), p.ref("VpcId"), ipv4(p), p.cidr("Ipv6CidrBlock"), az);
  }

  private static Value<Cidr> ipv4(Props p) {
    if (!p.isSet("CidrBlock") && p.isSet("Ipv4IpamPoolId")) {
      return Value.unknown("the CIDR is allocated from an IPAM pool at deployment");
    }
    return p.cidr("CidrBlock");
  }

  static RouteTable routeTable(ResourceContext c) {
    return new RouteTable(c.meta(), c.props().ref("VpcId"), false);
  }

  static RouteTableAssociation subnetAssociation(ResourceContext c) {
    Props p = c.props();
    return new RouteTableAssociation(c.meta(), p.ref("RouteTableId"), p.ref("SubnetId"),
        Ref.absent());
  }

  static RouteTableAssociation gatewayAssociation(ResourceContext c) {
    Props p = c.props();
    return new RouteTableAssociation(c.meta(), p.ref("RouteTableId"), Ref.absent(),
        p.ref("GatewayId"));
  }

  static InternetGateway internetGateway(ResourceContext c) {
    return new InternetGateway(c.meta(), Ref.absent(), false);
  }

  static InternetGateway egressOnlyGateway(ResourceContext c) {
    return new InternetGateway(c.meta(), c.props().ref("VpcId"), true);
  }

  static GatewayAttachment gatewayAttachment(ResourceContext c) {
    Props p = c.props();
    Ref gateway = p.isSet("InternetGatewayId") ? p.ref("InternetGatewayId") : p.ref("VpnGatewayId");
    return new GatewayAttachment(c.meta(), p.ref("VpcId"), gateway);
  }

  static NatGateway natGateway(ResourceContext c) {
    Props p = c.props();
    return new NatGateway(c.meta(), p.ref("SubnetId"), p.string("ConnectivityType"));
  }

  // transit gateway

  static TransitGateway transitGateway(ResourceContext c) {
    Props p = c.props();
    return new TransitGateway(c.meta(), p.longValue("AmazonSideAsn"),
        p.enableFlag("DefaultRouteTableAssociation"), p.enableFlag("DefaultRouteTablePropagation"),
        p.enableFlag("VpnEcmpSupport"));
  }

  static TgwVpcAttachment tgwVpcAttachment(ResourceContext c) {
    Props p = c.props();
    Value<Boolean> appliance = p.object("Options")
        .map(o -> o.enableFlag("ApplianceModeSupport"))
        .orElseGet(() -> p.isSet("Options") ? Value.unknown(CfnValue.reasonOf(p.value("Options")))
            : Value.absent());
    return new TgwVpcAttachment(c.meta(), p.ref("TransitGatewayId"), p.ref("VpcId"),
        p.refs("SubnetIds"), Value.absent(), Value.absent(), appliance);
  }

  static TgwRouteTable tgwRouteTable(ResourceContext c) {
    return new TgwRouteTable(c.meta(), c.props().ref("TransitGatewayId"));
  }

  static TgwRoute tgwRoute(ResourceContext c) {
    Props p = c.props();
    return new TgwRoute(c.meta(), p.ref("TransitGatewayRouteTableId"),
        p.cidr("DestinationCidrBlock"), p.ref("TransitGatewayAttachmentId"),
        p.bool("Blackhole").orElse(false));
  }

  static TgwRouteTableLink tgwAssociation(ResourceContext c) {
    return tgwLink(c, TgwRouteTableLink.Kind.ASSOCIATION);
  }

  static TgwRouteTableLink tgwPropagation(ResourceContext c) {
    return tgwLink(c, TgwRouteTableLink.Kind.PROPAGATION);
  }

  private static TgwRouteTableLink tgwLink(ResourceContext c, TgwRouteTableLink.Kind kind) {
    Props p = c.props();
    return new TgwRouteTableLink(c.meta(), kind, p.ref("TransitGatewayRouteTableId"),
        p.ref("TransitGatewayAttachmentId"));
  }

  static TgwPeeringAttachment tgwPeering(ResourceContext c) {
    Props p = c.props();
    return new TgwPeeringAttachment(c.meta(), p.ref("TransitGatewayId"),
        p.ref("PeerTransitGatewayId"), p.string("PeerRegion"), p.string("PeerAccountId"));
  }

  // peering and endpoints

  static VpcPeering vpcPeering(ResourceContext c) {
    Props p = c.props();
    return new VpcPeering(c.meta(), p.ref("VpcId"), p.ref("PeerVpcId"), p.string("PeerRegion"),
        p.string("PeerOwnerId"));
  }

  static VpcEndpoint vpcEndpoint(ResourceContext c) {
    Props p = c.props();
    Value<String> serviceName = p.string("ServiceName");
    return new VpcEndpoint(c.meta(), p.ref("VpcId"), p.string("VpcEndpointType"), serviceName,
        p.string("ServiceRegion"), p.refs("SubnetIds"), endpointService(c, serviceName));
  }

  /** The endpoint service the name refers to: one among the inputs, or a literal service ID. */
  private static Ref endpointService(ResourceContext c, Value<String> serviceName) {
    if (c.resource().properties() instanceof MapNode m) {
      for (ResRef r : c.evaluator().mentionedResources(m.get("ServiceName"))) {
        if (r.type().equals("AWS::EC2::VPCEndpointService")) return Ref.toKey(r.key());
      }
    }
    if (serviceName.isKnown()) {
      Matcher id = ENDPOINT_SERVICE_ID.matcher(serviceName.get());
      if (id.find()) return Ref.toAwsId(id.group());
    }
    return Ref.absent();
  }

  static EndpointService endpointServiceResource(ResourceContext c) {
    return new EndpointService(c.meta(), c.props().strings("SupportedRegions"));
  }

  // Client VPN

  static ClientVpnEndpoint clientVpnEndpoint(ResourceContext c) {
    Props p = c.props();
    return new ClientVpnEndpoint(c.meta(), p.cidr("ClientCidrBlock"), p.ref("VpcId"),
        p.bool("SplitTunnel"));
  }

  static ClientVpnAssociation clientVpnAssociation(ResourceContext c) {
    Props p = c.props();
    return new ClientVpnAssociation(c.meta(), p.ref("ClientVpnEndpointId"), p.ref("SubnetId"));
  }
}
