package io.netlint.rules.vpn;

import io.netlint.model.Cidr;
import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnGateway;
import io.netlint.model.VpnTunnel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small VPN networks for unit tests; elements get increasing lines in {@code test.yaml}. */
final class VpnModel {

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

  VpnGateway vgw(String name) {
    return add(new VpnGateway(meta(name, "AWS::EC2::VPNGateway"), Ref.absent(), Value.absent()));
  }

  TransitGateway tgw(String name) {
    return add(new TransitGateway(meta(name, "AWS::EC2::TransitGateway"), Value.absent(),
        Value.absent(), Value.absent(), Value.absent()));
  }

  CustomerGateway cgw(String name, String ip) {
    return cgw(name, ip == null ? Value.unknown("parameter 'Ip' has no default") : Value.known(ip),
        Value.absent());
  }

  CustomerGateway cgw(String name, Value<String> ip, Value<String> deviceName) {
    return add(new CustomerGateway(meta(name, "AWS::EC2::CustomerGateway"), Value.known(65000L),
        ip, deviceName));
  }

  VpnConnection vpn(String name, Ref cgw, Ref vgw, Ref tgw, VpnTunnel t1, VpnTunnel t2) {
    return add(new VpnConnection(meta(name, "AWS::EC2::VPNConnection"), cgw, vgw, tgw,
        Value.absent(), List.of(t1, t2), Value.absent(), Value.absent(), Value.absent()));
  }

  VpnConnection vpnToVgw(String name, Element cgw, Element vgw) {
    return vpn(name, to(cgw), to(vgw), Ref.absent(), VpnTunnel.unspecified(),
        VpnTunnel.unspecified());
  }

  VpnConnection vpnToVgw(String name, Element cgw, Element vgw, VpnTunnel t1, VpnTunnel t2) {
    return vpn(name, to(cgw), to(vgw), Ref.absent(), t1, t2);
  }

  static Ref to(Element e) {
    return Ref.toKey(e.key());
  }

  static VpnTunnel tunnel(String insideCidr, Map<String, String> options) {
    return new VpnTunnel(true,
        insideCidr == null ? Value.absent() : Value.known(Cidr.of(insideCidr)), options);
  }

  Network network() {
    return Network.of(elements);
  }
}
