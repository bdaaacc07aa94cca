package io.netlint.rules.directconnect;

import io.netlint.model.Cidr;
import io.netlint.model.CustomerGateway;
import io.netlint.model.DxConnection;
import io.netlint.model.DxGateway;
import io.netlint.model.DxGatewayAssociation;
import io.netlint.model.DxLag;
import io.netlint.model.DxVirtualInterface;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.ExternalReference;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnGateway;
import io.netlint.model.VpnTunnel;
import java.util.ArrayList;
import java.util.List;

/** Builds small Direct Connect networks for unit tests; elements get increasing lines. */
final class DirectConnectModel {

  private final List<Element> elements = new ArrayList<>();
  private int line = 1;

  ElementMeta meta(String name, String kind) {
    return new ElementMeta("t#" + name, kind, new SourceRef("t", line++, 3, name), Value.absent(),
        Value.absent());
  }

  <T extends Element> T add(T e) {
    elements.add(e);
    return e;
  }

  static Ref to(Element e) {
    return Ref.toKey(e.key());
  }

  Network network() {
    return Network.of(elements);
  }

  Vpc vpc(String name) {
    return add(new Vpc(meta(name, "AWS::EC2::VPC"), Value.known(Cidr.of("10.0.0.0/16")),
        Value.absent()));
  }

  VpnGateway vgw(String name) {
    return add(new VpnGateway(meta(name, "AWS::EC2::VPNGateway"), Ref.absent(), Value.absent()));
  }

  GatewayAttachment attach(Vpc vpc, VpnGateway vgw) {
    return add(new GatewayAttachment(meta(vgw.name() + "Attachment",
        "AWS::EC2::VPCGatewayAttachment"), to(vpc), to(vgw)));
  }

  TransitGateway tgw(String name) {
    return add(new TransitGateway(meta(name, "AWS::EC2::TransitGateway"), Value.absent(),
        Value.absent(), Value.absent(), Value.absent()));
  }

  TgwVpcAttachment attach(Vpc vpc, TransitGateway tgw) {
    return add(new TgwVpcAttachment(meta(vpc.name() + "Attachment",
        "AWS::EC2::TransitGatewayVpcAttachment"), to(tgw), to(vpc), List.of(), Value.absent(),
        Value.absent(), Value.absent()));
  }

  DxConnection connection(String name, String location) {
    return connection(name, location, Ref.absent(), Value.absent(), Value.absent());
  }

  DxConnection connection(String name, String location, Ref lag, Value<Boolean> macsec,
      Value<String> encryptionMode) {
    return add(new DxConnection(meta(name, "AWS::DirectConnect::Connection"),
        Value.known(location), Value.known("10Gbps"), lag, macsec, encryptionMode));
  }

  DxConnection tfConnection(String name, Value<Boolean> macsec, Value<String> encryptionMode) {
    return add(new DxConnection(meta(name, "aws_dx_connection"), Value.known("EqLD5"),
        Value.known("10Gbps"), Ref.absent(), macsec, encryptionMode));
  }

  DxLag lag(String name, String location, Value<Boolean> macsec) {
    return add(new DxLag(meta(name, "AWS::DirectConnect::Lag"), Value.known(location),
        Value.absent(), macsec));
  }

  DxGateway dxgw(String name) {
    return add(new DxGateway(meta(name, "AWS::DirectConnect::DirectConnectGateway"),
        Value.known(64620L)));
  }

  DxGatewayAssociation associate(String name, Ref dxgw, Ref gateway) {
    return add(new DxGatewayAssociation(meta(name,
        "AWS::DirectConnect::DirectConnectGatewayAssociation"), dxgw, gateway, List.of()));
  }

  DxVirtualInterface privateVif(String name, Ref connection, Element vgw) {
    return add(new DxVirtualInterface(meta(name, "AWS::DirectConnect::PrivateVirtualInterface"),
        DxVirtualInterface.Kind.PRIVATE, connection, Ref.absent(), to(vgw), Value.known(65100L)));
  }

  DxVirtualInterface vif(String name, DxVirtualInterface.Kind kind, Ref connection, Ref dxgw,
      Ref vgw) {
    return add(new DxVirtualInterface(meta(name, "AWS::DirectConnect::" + kind.name().charAt(0)
        + kind.name().substring(1).toLowerCase() + "VirtualInterface"), kind, connection, dxgw,
        vgw, Value.known(65100L)));
  }

  DxVirtualInterface transitVif(String name, Ref connection, Element dxgw) {
    return vif(name, DxVirtualInterface.Kind.TRANSIT, connection, to(dxgw), Ref.absent());
  }

  CustomerGateway cgw(String name) {
    return add(new CustomerGateway(meta(name, "AWS::EC2::CustomerGateway"), Value.known(65100L),
        Value.known("203.0.113.30"), Value.absent()));
  }

  /** A VPN to a VGW or TGW; the outside type is absent (public), known or unknown ("?"). */
  VpnConnection vpn(String name, Ref gateway, boolean transit, String outside) {
    CustomerGateway cgw = cgw(name + "Router");
    Value<String> type = outside == null ? Value.absent()
        : outside.equals("?") ? Value.unknown("parameter 'Outside' has no default")
        : Value.known(outside);
    return add(new VpnConnection(meta(name, "AWS::EC2::VPNConnection"), to(cgw),
        transit ? Ref.absent() : gateway, transit ? gateway : Ref.absent(), Value.absent(),
        List.of(VpnTunnel.unspecified(), VpnTunnel.unspecified()), Value.absent(),
        Value.absent(), type));
  }

  ExternalReference passOut(Element e) {
    return add(new ExternalReference(meta("Nested/Parameters/" + e.name(),
        "AWS::CloudFormation::Stack"), to(e), "AWS::CloudFormation::Stack 'Nested'"));
  }
}
