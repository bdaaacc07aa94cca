package io.netlint.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A generated network, independent of how it is written: VPCs with subnets, internet gateways
 * and a route table, peerings, a transit gateway with attachments, and a site-to-site VPN. {@link
 * #resources()} turns it into resources that {@link Renderings} writes as CloudFormation or as a
 * Terraform plan.
 */
record NetSpec(List<VpcSpec> vpcs, List<PeeringSpec> peerings, boolean transitGateway,
    Optional<VpnSpec> vpn) {

  /** The second octet of the VPC's /16 comes from a small set, so that overlaps happen. */
  record VpcSpec(int octet, boolean internetGateway, boolean routeTable,
      boolean defaultRouteToInternet, boolean attachToTransitGateway, List<SubnetSpec> subnets) {}

  record SubnetSpec(int third, String zone, boolean associated) {}

  /** Between VPCs {@code a} and {@code b} (indexes), with a route from {@code a} when asked. */
  record PeeringSpec(int a, int b, boolean route) {}

  record VpnSpec(int vpc, boolean staticRoutesOnly, long customerAsn, String onPremises) {}

  /** A reference to another resource by its neutral name. */
  record Ref(String name) {}

  /**
   * One resource: a neutral name, its CloudFormation type and properties, its Terraform type and
   * arguments. Property values are strings, numbers, booleans, {@link Ref}s and lists of them.
   */
  record Resource(String name, String cfnType, Map<String, Object> cfn, String tfType,
      Map<String, Object> tf) {}

  List<Resource> resources() {
    List<Resource> out = new ArrayList<>();
    for (int i = 0; i < vpcs.size(); i++) {
      VpcSpec v = vpcs.get(i);
      String vpc = "vpc" + i;
      String cidr = "10." + v.octet() + ".0.0/16";
      out.add(res(vpc, "AWS::EC2::VPC", "aws_vpc", "CidrBlock", "cidr_block", cidr));
      for (int s = 0; s < v.subnets().size(); s++) {
        SubnetSpec sn = v.subnets().get(s);
        String zone = "eu-west-1" + sn.zone();
        out.add(res(vpc + "subnet" + s, "AWS::EC2::Subnet", "aws_subnet",
            "VpcId", "vpc_id", new Ref(vpc),
            "CidrBlock", "cidr_block", "10." + v.octet() + "." + sn.third() + ".0/24",
            "AvailabilityZone", "availability_zone", zone));
      }
      if (v.internetGateway()) {
        out.add(res(vpc + "igw", "AWS::EC2::InternetGateway", "aws_internet_gateway"));
        out.add(res(vpc + "igwattach", "AWS::EC2::VPCGatewayAttachment",
            "aws_internet_gateway_attachment", "VpcId", "vpc_id", new Ref(vpc),
            "InternetGatewayId", "internet_gateway_id", new Ref(vpc + "igw")));
      }
      if (v.routeTable()) {
        String rt = vpc + "rt";
        out.add(res(rt, "AWS::EC2::RouteTable", "aws_route_table", "VpcId", "vpc_id",
            new Ref(vpc)));
        if (v.internetGateway() && v.defaultRouteToInternet()) {
          out.add(res(rt + "default", "AWS::EC2::Route", "aws_route",
              "RouteTableId", "route_table_id", new Ref(rt),
              "DestinationCidrBlock", "destination_cidr_block", "0.0.0.0/0",
              "GatewayId", "gateway_id", new Ref(vpc + "igw")));
        }
        for (int s = 0; s < v.subnets().size(); s++) {
          if (!v.subnets().get(s).associated()) continue;
          out.add(res(vpc + "subnet" + s + "assoc", "AWS::EC2::SubnetRouteTableAssociation",
              "aws_route_table_association", "SubnetId", "subnet_id",
              new Ref(vpc + "subnet" + s), "RouteTableId", "route_table_id", new Ref(rt)));
        }
      }
    }
    for (int p = 0; p < peerings.size(); p++) {
      PeeringSpec ps = peerings.get(p);
      String name = "peering" + p;
      out.add(res(name, "AWS::EC2::VPCPeeringConnection", "aws_vpc_peering_connection",
          "VpcId", "vpc_id", new Ref("vpc" + ps.a()),
          "PeerVpcId", "peer_vpc_id", new Ref("vpc" + ps.b())));
      if (ps.route() && vpcs.get(ps.a()).routeTable()) {
        out.add(res(name + "route", "AWS::EC2::Route", "aws_route",
            "RouteTableId", "route_table_id", new Ref("vpc" + ps.a() + "rt"),
            "DestinationCidrBlock", "destination_cidr_block",
            "10." + vpcs.get(ps.b()).octet() + ".0.0/16",
            "VpcPeeringConnectionId", "vpc_peering_connection_id", new Ref(name)));
      }
    }
    if (transitGateway) {
      out.add(res("tgw", "AWS::EC2::TransitGateway", "aws_ec2_transit_gateway",
          "AmazonSideAsn", "amazon_side_asn", 64512L));
      for (int i = 0; i < vpcs.size(); i++) {
        VpcSpec v = vpcs.get(i);
        if (!v.attachToTransitGateway() || v.subnets().isEmpty()) continue;
        List<Object> subnets = new ArrayList<>();
        for (int s = 0; s < v.subnets().size(); s++) subnets.add(new Ref("vpc" + i + "subnet" + s));
        out.add(res("vpc" + i + "tgwattach", "AWS::EC2::TransitGatewayAttachment",
            "aws_ec2_transit_gateway_vpc_attachment",
            "TransitGatewayId", "transit_gateway_id", new Ref("tgw"),
            "VpcId", "vpc_id", new Ref("vpc" + i),
            "SubnetIds", "subnet_ids", subnets));
      }
    }
    vpn.ifPresent(v -> {
      String vpc = "vpc" + v.vpc();
      out.add(res("vgw", "AWS::EC2::VPNGateway", "aws_vpn_gateway",
          "Type", null, "ipsec.1", "AmazonSideAsn", "amazon_side_asn", 64512L));
      out.add(res("vgwattach", "AWS::EC2::VPCGatewayAttachment", "aws_vpn_gateway_attachment",
          "VpcId", "vpc_id", new Ref(vpc), "VpnGatewayId", "vpn_gateway_id", new Ref("vgw")));
      out.add(res("cgw", "AWS::EC2::CustomerGateway", "aws_customer_gateway",
          "BgpAsn", "bgp_asn", v.customerAsn(), "IpAddress", "ip_address", "203.0.113.7",
          "Type", "type", "ipsec.1"));
      out.add(res("vpn", "AWS::EC2::VPNConnection", "aws_vpn_connection",
          "CustomerGatewayId", "customer_gateway_id", new Ref("cgw"),
          "VpnGatewayId", "vpn_gateway_id", new Ref("vgw"),
          "Type", "type", "ipsec.1",
          "StaticRoutesOnly", "static_routes_only", v.staticRoutesOnly()));
      if (v.staticRoutesOnly()) {
        out.add(res("vpnroute", "AWS::EC2::VPNConnectionRoute", "aws_vpn_connection_route",
            "VpnConnectionId", "vpn_connection_id", new Ref("vpn"),
            "DestinationCidrBlock", "destination_cidr_block", v.onPremises()));
      }
    });
    return out;
  }

  /**
   * A resource from (CloudFormation property, Terraform argument, value) triples; a null
   * Terraform argument is a property Terraform does not have.
   */
  private static Resource res(String name, String cfnType, String tfType, Object... triples) {
    Map<String, Object> cfn = new LinkedHashMap<>();
    Map<String, Object> tf = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      cfn.put((String) triples[i], triples[i + 2]);
      if (triples[i + 1] != null) tf.put((String) triples[i + 1], triples[i + 2]);
    }
    return new Resource(name, cfnType, cfn, tfType, tf);
  }
}
