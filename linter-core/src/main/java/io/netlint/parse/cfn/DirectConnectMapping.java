package io.netlint.parse.cfn;

import io.netlint.model.DxConnection;
import io.netlint.model.DxGateway;
import io.netlint.model.DxGatewayAssociation;
import io.netlint.model.DxLag;
import io.netlint.model.DxVirtualInterface;
import io.netlint.model.Ref;
import io.netlint.model.Value;
import io.netlint.parse.cfn.CfnValue.Obj;
import java.util.List;

/** {@code AWS::DirectConnect::*}. IDs given as ARNs are reduced to the ID. */
final class DirectConnectMapping {

  private DirectConnectMapping() {}

  static DxConnection connection(ResourceContext c) {
    Props p = c.props();
    return new DxConnection(c.meta(), p.string("Location"), p.string("Bandwidth"), p.ref("LagId"),
        p.bool("RequestMACSec"), Value.absent());
  }

  static DxLag lag(ResourceContext c) {
    Props p = c.props();
    return new DxLag(c.meta(), p.string("Location"), p.integer("MinimumLinks"),
        p.bool("RequestMACSec"));
  }

  static DxGateway gateway(ResourceContext c) {
    return new DxGateway(c.meta(), c.props().longValue("AmazonSideAsn"));
  }

  static DxGatewayAssociation association(ResourceContext c) {
    Props p = c.props();
    return new DxGatewayAssociation(c.meta(), p.ref("DirectConnectGatewayId"),
        p.ref("AssociatedGatewayId"), p.cidrs("AllowedPrefixesToDirectConnectGateway"));
  }

  static DxVirtualInterface privateVif(ResourceContext c) {
    return vif(c, DxVirtualInterface.Kind.PRIVATE);
  }

  static DxVirtualInterface transitVif(ResourceContext c) {
    return vif(c, DxVirtualInterface.Kind.TRANSIT);
  }

  static DxVirtualInterface publicVif(ResourceContext c) {
    return vif(c, DxVirtualInterface.Kind.PUBLIC);
  }

  private static DxVirtualInterface vif(ResourceContext c, DxVirtualInterface.Kind kind) {
    Props p = c.props();
    // the model holds one ASN; the first BGP peer's is the customer side of the interface
    List<Obj> peers = p.objects("BgpPeers");
    Value<Long> asn;
    if (!peers.isEmpty()) {
      asn = p.nested(peers.get(0)).longValue("Asn");
    } else {
      asn = p.isSet("BgpPeers") ? Value.unknown(CfnValue.reasonOf(p.value("BgpPeers")))
          : Value.absent();
    }
    Ref vgw = p.ref("VirtualGatewayId");
    return new DxVirtualInterface(c.meta(), kind, p.ref("ConnectionId"),
        p.ref("DirectConnectGatewayId"), vgw, asn);
  }
}
