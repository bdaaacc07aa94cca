package io.netlint.parse.cfn;

import io.netlint.model.Element;
import io.netlint.model.ExternalReference;
import io.netlint.model.Ref;
import io.netlint.model.Value;
import io.netlint.parse.cfn.CfnValue.ResRef;
import io.netlint.parse.tree.MapNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Maps the resources of one template to model elements, in template order. */
final class CfnToModel {

  private static final Map<String, Function<ResourceContext, List<? extends Element>>> MAPPERS =
      new HashMap<>();

  static {
    one("AWS::EC2::VPC", NetworkMapping::vpc);
    one("AWS::EC2::VPCCidrBlock", NetworkMapping::vpcCidrBlock);
    one("AWS::EC2::Subnet", NetworkMapping::subnet);
    one("AWS::EC2::RouteTable", NetworkMapping::routeTable);
    one("AWS::EC2::Route", RouteMapping::route);
    one("AWS::EC2::SubnetRouteTableAssociation", NetworkMapping::subnetAssociation);
    one("AWS::EC2::GatewayRouteTableAssociation", NetworkMapping::gatewayAssociation);
    MAPPERS.put("AWS::EC2::VPNGatewayRoutePropagation", VpnMapping::routePropagations);
    one("AWS::EC2::InternetGateway", NetworkMapping::internetGateway);
    one("AWS::EC2::EgressOnlyInternetGateway", NetworkMapping::egressOnlyGateway);
    one("AWS::EC2::VPCGatewayAttachment", NetworkMapping::gatewayAttachment);
    one("AWS::EC2::NatGateway", NetworkMapping::natGateway);
    one("AWS::EC2::VPNGateway", VpnMapping::vpnGateway);
    one("AWS::EC2::CustomerGateway", VpnMapping::customerGateway);
    one("AWS::EC2::VPNConnection", VpnMapping::vpnConnection);
    one("AWS::EC2::VPNConnectionRoute", VpnMapping::vpnConnectionRoute);
    one("AWS::EC2::TransitGateway", NetworkMapping::transitGateway);
    one("AWS::EC2::TransitGatewayAttachment", NetworkMapping::tgwVpcAttachment);
    one("AWS::EC2::TransitGatewayVpcAttachment", NetworkMapping::tgwVpcAttachment);
    one("AWS::EC2::TransitGatewayRouteTable", NetworkMapping::tgwRouteTable);
    one("AWS::EC2::TransitGatewayRoute", NetworkMapping::tgwRoute);
    one("AWS::EC2::TransitGatewayRouteTableAssociation", NetworkMapping::tgwAssociation);
    one("AWS::EC2::TransitGatewayRouteTablePropagation", NetworkMapping::tgwPropagation);
    one("AWS::EC2::TransitGatewayPeeringAttachment", NetworkMapping::tgwPeering);
    one("AWS::EC2::VPCPeeringConnection", NetworkMapping::vpcPeering);
    one("AWS::EC2::VPCEndpoint", NetworkMapping::vpcEndpoint);
    one("AWS::EC2::VPCEndpointService", NetworkMapping::endpointServiceResource);
    one("AWS::DirectConnect::Connection", DirectConnectMapping::connection);
    one("AWS::DirectConnect::Lag", DirectConnectMapping::lag);
    one("AWS::DirectConnect::DirectConnectGateway", DirectConnectMapping::gateway);
    one("AWS::DirectConnect::DirectConnectGatewayAssociation", DirectConnectMapping::association);
    one("AWS::DirectConnect::PrivateVirtualInterface", DirectConnectMapping::privateVif);
    one("AWS::DirectConnect::TransitVirtualInterface", DirectConnectMapping::transitVif);
    one("AWS::DirectConnect::PublicVirtualInterface", DirectConnectMapping::publicVif);
    one("AWS::EC2::ClientVpnEndpoint", NetworkMapping::clientVpnEndpoint);
    one("AWS::EC2::ClientVpnTargetNetworkAssociation", NetworkMapping::clientVpnAssociation);
    one("AWS::EC2::Instance", ComputeMapping::instance);
    one("AWS::EC2::NetworkInterface", ComputeMapping::networkInterface);
    one("AWS::AutoScaling::AutoScalingGroup", ComputeMapping::autoScalingGroup);
    MAPPERS.put("AWS::EC2::SecurityGroup", ComputeMapping::securityGroup);
    one("AWS::EC2::SecurityGroupIngress", ComputeMapping::ingressRule);
    one("AWS::EC2::SecurityGroupEgress", ComputeMapping::egressRule);
    one("AWS::CloudWatch::Alarm", ComputeMapping::alarm);
  }

  /** Types whose IDs, handed to a nested stack or application, make an external reference. */
  private static final Set<String> EXTERNAL_RECEIVERS =
      Set.of("AWS::CloudFormation::Stack", "AWS::Serverless::Application");

  private static void one(String type, Function<ResourceContext, ? extends Element> f) {
    MAPPERS.put(type, c -> List.of(f.apply(c)));
  }

  private final CfnEvaluator ev;
  private final Links links;
  private final Value<String> region;

  CfnToModel(CfnEvaluator ev, Links links, Value<String> region) {
    this.ev = ev;
    this.links = links;
    this.region = region;
  }

  List<Element> convert() {
    List<Element> out = new ArrayList<>();
    for (CfnResource r : ev.template().resources.values()) {
      try {
        if (!ev.isActive(r)) continue;
        ResourceContext c = new ResourceContext(r, Props.of(r, ev), ev, links, region);
        var mapper = MAPPERS.get(r.type());
        if (mapper != null) out.addAll(mapper.apply(c));
        else if (EXTERNAL_RECEIVERS.contains(r.type())) out.addAll(externalReferences(c));
      } catch (RuntimeException e) {
        ev.diagnostics().warning(r.position(), "cannot read resource '" + r.logicalId() + "' ("
            + e + "); it is left out of the model");
      }
    }
    return out;
  }

  /** Network resources whose IDs are passed in a nested stack's or application's Parameters. */
  private List<Element> externalReferences(ResourceContext c) {
    List<Element> out = new ArrayList<>();
    if (!(c.resource().properties() instanceof MapNode props)
        || !(props.get("Parameters") instanceof MapNode params)) {
      return out;
    }
    String via = c.resource().type() + " '" + c.resource().logicalId() + "'";
    for (MapNode.Entry p : params.entries().values()) {
      Set<String> targets = new LinkedHashSet<>();
      for (ResRef r : ev.mentionedResources(p.value())) {
        if (MAPPERS.containsKey(r.type())) targets.add(r.key());
      }
      int i = 0;
      for (String target : targets) {
        String suffix = "/Parameters/" + p.key() + (targets.size() > 1 ? "[" + i++ + "]" : "");
        out.add(new ExternalReference(c.meta(suffix, p.keyPosition()), Ref.toKey(target), via));
      }
    }
    return out;
  }
}
