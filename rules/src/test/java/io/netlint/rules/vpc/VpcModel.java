package io.netlint.rules.vpc;

import io.netlint.model.Cidr;
import io.netlint.model.CustomerGateway;
import io.netlint.model.DxGatewayAssociation;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.ExternalReference;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTableAssociation;
import io.netlint.model.RouteTarget;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.TgwPeeringAttachment;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcCidrBlock;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnTunnel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds small VPC-to-VPC networks for unit tests; elements get increasing lines of one file. */
final class VpcModel {

  private final List<Element> elements = new ArrayList<>();
  private final String file;
  private int line = 1;

  VpcModel() {
    this("net.cfn.yaml");
  }

  VpcModel(String file) {
    this.file = file;
  }

  ElementMeta meta(String name, String kind) {
    return new ElementMeta(file + "#" + name, kind, new SourceRef(file, line++, 3, name),
        Value.absent(), Value.absent());
  }

  <T extends Element> T add(T e) {
    elements.add(e);
    return e;
  }

  Network network() { return Network.of(elements); }

  static Ref to(Element e) { return Ref.toKey(e.key()); }

  static Value<Cidr> cidr(String text) {
    return text == null ? Value.unknown("parameter with no default") : Value.known(Cidr.of(text));
  }

  static Value<String> zone(String z) {
    return z == null ? Value.unknown("AWS chooses the zone") : Value.known(z);
  }

  Vpc vpc(String name, String cidr) {
    return add(new Vpc(meta(name, "AWS::EC2::VPC"), cidr(cidr), Value.absent()));
  }

  VpcCidrBlock block(String name, Ref vpc, Value<Cidr> cidr) {
    return add(new VpcCidrBlock(meta(name, "AWS::EC2::VPCCidrBlock"), vpc, cidr));
  }

  VpcPeering peering(String name, Ref requester, Ref accepter) {
    return add(new VpcPeering(meta(name, "AWS::EC2::VPCPeeringConnection"), requester, accepter,
        Value.absent(), Value.absent()));
  }

  VpcPeering peering(String name, Vpc requester, Vpc accepter) {
    return peering(name, to(requester), to(accepter));
  }

  RouteTable table(String name, Ref vpc) {
    return add(new RouteTable(meta(name, "AWS::EC2::RouteTable"), vpc, false));
  }

  RouteTable table(String name, Vpc vpc) { return table(name, to(vpc)); }

  /** The VPC's main table (Terraform's {@code aws_default_route_table}). */
  RouteTable mainTable(String name, Vpc vpc) {
    return add(new RouteTable(meta(name, "aws_default_route_table"), to(vpc), true));
  }

  Route route(String name, Ref table, String destination, RouteTarget.Kind kind, Ref target) {
    return add(new Route(meta(name, "AWS::EC2::Route"), table, cidr(destination), Value.absent(),
        new RouteTarget(kind, target)));
  }

  Route peeringRoute(String name, RouteTable table, String destination, VpcPeering peering) {
    return route(name, to(table), destination, RouteTarget.Kind.VPC_PEERING, to(peering));
  }

  Route tgwRoute(String name, RouteTable table, String destination, TransitGateway tgw) {
    return route(name, to(table), destination, RouteTarget.Kind.TRANSIT_GATEWAY, to(tgw));
  }

  ExternalReference passedOut(String name, Element target) {
    return add(new ExternalReference(meta(name, "AWS::CloudFormation::Stack"), to(target),
        "AWS::CloudFormation::Stack 'Routes'"));
  }

  Subnet subnet(String name, Vpc vpc, String az) {
    return add(new Subnet(meta(name, "AWS::EC2::Subnet"), to(vpc), Value.absent(), Value.absent(),
        zone(az)));
  }

  RouteTableAssociation associate(String name, RouteTable table, Subnet subnet) {
    return associate(name, to(table), subnet);
  }

  RouteTableAssociation associate(String name, Ref table, Subnet subnet) {
    return add(new RouteTableAssociation(meta(name, "AWS::EC2::SubnetRouteTableAssociation"),
        table, to(subnet), Ref.absent()));
  }

  Instance instance(String name, Subnet subnet) {
    return add(new Instance(meta(name, "AWS::EC2::Instance"), to(subnet), Value.absent(),
        Value.absent(), List.of()));
  }

  TransitGateway tgw(String name) {
    return add(new TransitGateway(meta(name, "AWS::EC2::TransitGateway"), Value.absent(),
        Value.absent(), Value.absent(), Value.absent()));
  }

  TgwVpcAttachment attach(String name, Ref tgw, Ref vpc, Subnet... subnets) {
    return add(new TgwVpcAttachment(meta(name, "AWS::EC2::TransitGatewayAttachment"), tgw, vpc,
        Arrays.stream(subnets).map(VpcModel::to).toList(), Value.absent(), Value.absent(),
        Value.absent()));
  }

  TgwVpcAttachment attach(String name, TransitGateway tgw, Vpc vpc, Subnet... subnets) {
    return attach(name, to(tgw), to(vpc), subnets);
  }

  VpnConnection vpn(String name, TransitGateway tgw) {
    CustomerGateway cgw = add(new CustomerGateway(meta(name + "Device",
        "AWS::EC2::CustomerGateway"), Value.known(65010L), Value.known("203.0.113.10"),
        Value.absent()));
    return add(new VpnConnection(meta(name, "AWS::EC2::VPNConnection"), to(cgw), Ref.absent(),
        to(tgw), Value.absent(), List.of(VpnTunnel.unspecified(), VpnTunnel.unspecified()),
        Value.absent(), Value.absent(), Value.absent()));
  }

  TgwPeeringAttachment tgwPeering(String name, TransitGateway tgw, String peerId) {
    return add(new TgwPeeringAttachment(meta(name, "AWS::EC2::TransitGatewayPeeringAttachment"),
        to(tgw), Ref.toAwsId(peerId), Value.known("us-east-1"), Value.absent()));
  }

  DxGatewayAssociation dxAssociation(String name, Ref gateway) {
    return add(new DxGatewayAssociation(meta(name,
        "AWS::DirectConnect::DirectConnectGatewayAssociation"), Ref.toAwsId("dxgw-1"), gateway,
        List.of()));
  }
}
