package io.netlint.rules.pattern;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnGateway;
import java.util.ArrayList;
import java.util.List;

/** Builds hub-and-spoke networks for the NET801 unit tests; elements get increasing lines. */
final class TransitModel {

  private final List<Element> elements = new ArrayList<>();
  private int line = 1;

  ElementMeta meta(String name, String kind) {
    return new ElementMeta("test.yaml#" + name, kind, new SourceRef("test.yaml", line++, 3, name),
        Value.absent(), Value.absent());
  }

  <T extends Element> T add(T e) {
    elements.add(e);
    return e;
  }

  static Ref to(Element e) {
    return Ref.toKey(e.key());
  }

  Vpc vpc(String name, String cidr) {
    return add(new Vpc(meta(name, "AWS::EC2::VPC"),
        cidr == null ? Value.unknown("parameter 'VpcCidr' has no default")
            : Value.known(Cidr.of(cidr)),
        Value.absent()));
  }

  Subnet subnet(String name, Vpc vpc, String az) {
    return add(new Subnet(meta(name, "AWS::EC2::Subnet"), to(vpc), Value.absent(),
        Value.absent(), Value.known(az)));
  }

  RouteTable table(String name, Vpc vpc) {
    return add(new RouteTable(meta(name, "AWS::EC2::RouteTable"), to(vpc), false));
  }

  /** A VPN appliance: source/destination check disabled. */
  Instance appliance(String name, Subnet subnet) {
    return add(new Instance(meta(name, "AWS::EC2::Instance"), to(subnet), Value.absent(),
        Value.known(false), List.of()));
  }

  Route route(String name, RouteTable table, String destination, Element target) {
    return add(new Route(meta(name, "AWS::EC2::Route"), to(table),
        destination == null ? Value.unknown("parameter 'SpokeCidr' has no default")
            : Value.known(Cidr.of(destination)),
        Value.absent(), new RouteTarget(RouteTarget.Kind.INSTANCE, to(target))));
  }

  /** A VGW attached to the VPC through a gateway attachment. */
  VpnGateway vgw(String name, Vpc vpc) {
    VpnGateway g = add(new VpnGateway(meta(name, "AWS::EC2::VPNGateway"), Ref.absent(),
        Value.absent()));
    add(new GatewayAttachment(meta(name + "Attachment", "AWS::EC2::VPCGatewayAttachment"),
        to(vpc), to(g)));
    return g;
  }

  GatewayAttachment vgwById(String name, Vpc vpc, String vgwId) {
    return add(new GatewayAttachment(meta(name, "AWS::EC2::VPCGatewayAttachment"), to(vpc),
        Ref.toAwsId(vgwId)));
  }

  VpcPeering peering(String name, Vpc a, Vpc b) {
    return add(new VpcPeering(meta(name, "AWS::EC2::VPCPeeringConnection"), to(a), to(b),
        Value.absent(), Value.absent()));
  }

  void transitGateway(String name, Vpc... vpcs) {
    TransitGateway tgw = add(new TransitGateway(meta(name, "AWS::EC2::TransitGateway"),
        Value.absent(), Value.absent(), Value.absent(), Value.absent()));
    for (Vpc v : vpcs) {
      add(new TgwVpcAttachment(meta(name + v.name(), "AWS::EC2::TransitGatewayVpcAttachment"),
          to(tgw), to(v), List.of(), Value.absent(), Value.absent(), Value.absent()));
    }
  }

  Network network() {
    return Network.of(elements);
  }
}
