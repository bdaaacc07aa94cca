package io.netlint.rules.addressing;

import io.netlint.model.Cidr;
import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.TgwRouteTable;
import io.netlint.model.TgwRouteTableLink;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcCidrBlock;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnGateway;
import io.netlint.model.VpnTunnel;
import java.util.ArrayList;
import java.util.List;

/** Builds small networks by hand; each element gets the next line of one file. */
final class TestModel {

  private final List<Element> elements = new ArrayList<>();
  private final String file;
  private int line = 1;

  TestModel(String file) {
    this.file = file;
  }

  TestModel() {
    this("net.cfn.yaml");
  }

  ElementMeta meta(String name, String kind) {
    return meta(name, kind, Value.absent());
  }

  ElementMeta meta(String name, String kind, Value<String> awsId) {
    return new ElementMeta(file + "#" + name, kind, new SourceRef(file, line++, 3, name), awsId,
        Value.absent());
  }

  <T extends Element> T add(T e) {
    elements.add(e);
    return e;
  }

  Network network() { return Network.of(elements); }

  /** Elements of another model join this one, as a second input file of the same run. */
  TestModel include(TestModel other) {
    elements.addAll(other.elements);
    return this;
  }

  static Value<Cidr> cidr(String text) { return Value.known(Cidr.of(text)); }

  static Value<Cidr> unknownCidr() { return Value.unknown("known after apply"); }

  static Ref ref(Element e) { return Ref.toKey(e.key()); }

  Vpc vpc(String name, String cidr) {
    return add(new Vpc(meta(name, "AWS::EC2::VPC"), cidr(cidr), Value.absent()));
  }

  Vpc vpc(String name, Value<Cidr> cidr, Value<Cidr> ipv6) {
    return add(new Vpc(meta(name, "AWS::EC2::VPC"), cidr, ipv6));
  }

  Vpc vpcWithId(String name, String cidr, String awsId) {
    return add(new Vpc(meta(name, "aws_vpc", Value.known(awsId)), cidr(cidr), Value.absent()));
  }

  VpcCidrBlock block(String name, Ref vpc, Value<Cidr> cidr, String kind) {
    return add(new VpcCidrBlock(meta(name, kind), vpc, cidr));
  }

  VpcCidrBlock block(String name, Vpc vpc, String cidr) {
    return block(name, ref(vpc), cidr(cidr), "AWS::EC2::VPCCidrBlock");
  }

  Subnet subnet(String name, Ref vpc, Value<Cidr> cidr, Value<Cidr> ipv6) {
    return add(new Subnet(meta(name, "AWS::EC2::Subnet"), vpc, cidr, ipv6, Value.absent()));
  }

  Subnet subnet(String name, Vpc vpc, String cidr) {
    return subnet(name, ref(vpc), cidr(cidr), Value.absent());
  }

  VpcPeering peering(String name, Ref requester, Ref accepter) {
    return add(new VpcPeering(meta(name, "AWS::EC2::VPCPeeringConnection"), requester, accepter,
        Value.absent(), Value.absent()));
  }

  VpcPeering peering(String name, Vpc requester, Vpc accepter) {
    return peering(name, ref(requester), ref(accepter));
  }

  TransitGateway tgw(String name, Value<Boolean> defaultAssociation,
      Value<Boolean> defaultPropagation) {
    return add(new TransitGateway(meta(name, "AWS::EC2::TransitGateway"), Value.absent(),
        defaultAssociation, defaultPropagation, Value.absent()));
  }

  TransitGateway tgw(String name) {
    return tgw(name, Value.absent(), Value.absent());
  }

  TgwVpcAttachment attach(String name, TransitGateway tgw, Vpc vpc) {
    return attach(name, tgw, vpc, Value.absent(), Value.absent());
  }

  TgwVpcAttachment attach(String name, TransitGateway tgw, Vpc vpc, Value<Boolean> association,
      Value<Boolean> propagation) {
    return add(new TgwVpcAttachment(meta(name, "aws_ec2_transit_gateway_vpc_attachment"),
        ref(tgw), ref(vpc), List.of(), association, propagation, Value.absent()));
  }

  TgwRouteTable routeTable(String name, TransitGateway tgw) {
    return add(new TgwRouteTable(meta(name, "AWS::EC2::TransitGatewayRouteTable"), ref(tgw)));
  }

  TgwRouteTableLink associate(String name, Ref table, Ref attachment) {
    return add(new TgwRouteTableLink(meta(name, "AWS::EC2::TransitGatewayRouteTableAssociation"),
        TgwRouteTableLink.Kind.ASSOCIATION, table, attachment));
  }

  TgwRouteTableLink associate(String name, Element table, TgwVpcAttachment attachment) {
    return associate(name, ref(table), ref(attachment));
  }

  TgwRouteTableLink propagate(String name, Element table, TgwVpcAttachment attachment) {
    return propagate(name, ref(table), ref(attachment));
  }

  TgwRouteTableLink propagate(String name, Ref table, Ref attachment) {
    return add(new TgwRouteTableLink(meta(name, "AWS::EC2::TransitGatewayRouteTablePropagation"),
        TgwRouteTableLink.Kind.PROPAGATION, table, attachment));
  }

  VpnGateway vgw(String name, Vpc vpc) {
    return add(new VpnGateway(meta(name, "aws_vpn_gateway"),
        vpc == null ? Ref.absent() : ref(vpc), Value.absent()));
  }

  GatewayAttachment attachGateway(String name, Element gateway, Vpc vpc) {
    return add(new GatewayAttachment(meta(name, "AWS::EC2::VPCGatewayAttachment"), ref(vpc),
        ref(gateway)));
  }

  CustomerGateway cgw(String name, String ip) {
    return add(new CustomerGateway(meta(name, "AWS::EC2::CustomerGateway"), Value.known(65010L),
        Value.known(ip), Value.absent()));
  }

  VpnConnection vpn(String name, CustomerGateway cgw, Element gateway, Value<Cidr> localCidr) {
    boolean tgw = gateway instanceof TransitGateway;
    return add(new VpnConnection(meta(name, "AWS::EC2::VPNConnection"), ref(cgw),
        tgw ? Ref.absent() : ref(gateway), tgw ? ref(gateway) : Ref.absent(),
        Value.known(true), List.of(VpnTunnel.unspecified(), VpnTunnel.unspecified()), localCidr,
        Value.absent(), Value.absent()));
  }

  VpnConnectionRoute vpnRoute(String name, VpnConnection vpn, String cidr) {
    return add(new VpnConnectionRoute(meta(name, "AWS::EC2::VPNConnectionRoute"), ref(vpn),
        cidr(cidr)));
  }
}
