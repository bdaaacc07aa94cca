package io.netlint.parse.tfplan;

import io.netlint.model.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the planned resources to model elements, in plan order. Data sources are not elements
 * (their known IDs still serve as AWS IDs in links); types the model has no use for are skipped.
 */
final class TfPlanToModel {
  private TfPlanToModel() {}

  @FunctionalInterface
  interface Converter {
    void convert(TfContext cx, TfResource r, List<Element> out);
  }

  static final Map<String, Converter> CONVERTERS = converters();

  private static Map<String, Converter> converters() {
    Map<String, Converter> m = new HashMap<>();
    m.put("aws_vpc", TfVpcs::vpc);
    m.put("aws_default_vpc", TfVpcs::vpc);
    m.put("aws_vpc_ipv4_cidr_block_association", TfVpcs::ipv4Association);
    m.put("aws_vpc_ipv6_cidr_block_association", TfVpcs::ipv6Association);
    m.put("aws_subnet", TfVpcs::subnet);
    m.put("aws_default_subnet", TfVpcs::subnet);
    m.put("aws_internet_gateway", TfVpcs::internetGateway);
    m.put("aws_egress_only_internet_gateway", TfVpcs::egressOnlyGateway);
    m.put("aws_internet_gateway_attachment", TfVpcs::internetGatewayAttachment);
    m.put("aws_nat_gateway", TfVpcs::natGateway);
    m.put("aws_vpn_gateway", TfVpcs::vpnGateway);
    m.put("aws_vpn_gateway_attachment", TfVpcs::vpnGatewayAttachment);
    m.put("aws_customer_gateway", TfVpcs::customerGateway);
    m.put("aws_vpc_peering_connection", TfVpcs::peering);
    m.put("aws_vpc_endpoint", TfVpcs::endpoint);
    m.put("aws_vpc_endpoint_service", TfVpcs::endpointService);
    m.put("aws_ec2_client_vpn_endpoint", TfVpcs::clientVpnEndpoint);
    m.put("aws_ec2_client_vpn_network_association", TfVpcs::clientVpnAssociation);
    m.put("aws_route_table", TfRoutes::routeTable);
    m.put("aws_default_route_table", TfRoutes::routeTable);
    m.put("aws_route", TfRoutes::route);
    m.put("aws_route_table_association", TfRoutes::association);
    m.put("aws_vpn_gateway_route_propagation", TfRoutes::vgwPropagation);
    m.put("aws_vpn_connection", TfVpns::connection);
    m.put("aws_vpn_connection_route", TfVpns::route);
    m.put("aws_ec2_transit_gateway", TfTransit::transitGateway);
    m.put("aws_ec2_transit_gateway_vpc_attachment", TfTransit::vpcAttachment);
    m.put("aws_ec2_transit_gateway_route_table", TfTransit::routeTable);
    m.put("aws_ec2_transit_gateway_route", TfTransit::route);
    m.put("aws_ec2_transit_gateway_route_table_association", TfTransit::association);
    m.put("aws_ec2_transit_gateway_route_table_propagation", TfTransit::propagation);
    m.put("aws_ec2_transit_gateway_peering_attachment", TfTransit::peeringAttachment);
    m.put("aws_dx_connection", TfDirectConnect::connection);
    m.put("aws_dx_lag", TfDirectConnect::lag);
    m.put("aws_dx_gateway", TfDirectConnect::gateway);
    m.put("aws_dx_gateway_association", TfDirectConnect::gatewayAssociation);
    m.put("aws_dx_private_virtual_interface", TfDirectConnect::privateVif);
    m.put("aws_dx_hosted_private_virtual_interface", TfDirectConnect::privateVif);
    m.put("aws_dx_transit_virtual_interface", TfDirectConnect::transitVif);
    m.put("aws_dx_hosted_transit_virtual_interface", TfDirectConnect::transitVif);
    m.put("aws_dx_public_virtual_interface", TfDirectConnect::publicVif);
    m.put("aws_dx_hosted_public_virtual_interface", TfDirectConnect::publicVif);
    m.put("aws_instance", TfCompute::instance);
    m.put("aws_network_interface", TfCompute::networkInterface);
    m.put("aws_autoscaling_group", TfCompute::autoScalingGroup);
    m.put("aws_security_group", TfSecurityGroups::group);
    m.put("aws_default_security_group", TfSecurityGroups::group);
    m.put("aws_security_group_rule", TfSecurityGroups::legacyRule);
    m.put("aws_vpc_security_group_ingress_rule", TfSecurityGroups::vpcRule);
    m.put("aws_vpc_security_group_egress_rule", TfSecurityGroups::vpcRule);
    m.put("aws_cloudwatch_metric_alarm", TfAlarms::alarm);
    return Map.copyOf(m);
  }

  static List<Element> convert(TfPlan plan, TfIssues issues) {
    TfContext cx = new TfContext(plan, issues, CONVERTERS.keySet());
    List<Element> out = new ArrayList<>();
    for (TfResource r : plan.resources()) {
      if (r.data()) continue;
      Converter converter = CONVERTERS.get(r.type());
      if (converter == null) continue;
      issues.within(r.address());
      try {
        converter.convert(cx, r, out);
      } catch (RuntimeException e) {
        // an unexpected shape must not stop the run; the resource is reported and skipped
        issues.warning(r.position(), "could not be read (" + e + ")");
      } finally {
        issues.within(null);
      }
    }
    return out;
  }
}
