package io.netlint.parse.tfplan;

import io.netlint.model.Cidr;
import io.netlint.model.DxConnection;
import io.netlint.model.DxGateway;
import io.netlint.model.DxGatewayAssociation;
import io.netlint.model.DxLag;
import io.netlint.model.DxVirtualInterface;
import io.netlint.model.Element;
import io.netlint.model.Ref;
import io.netlint.model.Value;
import java.util.ArrayList;
import java.util.List;

/** Direct Connect connections, LAGs, gateways and virtual interfaces (DOMAIN B.7). */
final class TfDirectConnect {
  private TfDirectConnect() {}

  static void connection(TfContext cx, TfResource r, List<Element> out) {
    Ref lag = cx.crossLinks().lagOf(cx.key(r)).orElse(Ref.absent());
    out.add(new DxConnection(cx.meta(r), cx.string(r, "location"), cx.string(r, "bandwidth"), lag,
        cx.bool(r, "request_macsec"), cx.stringOrDefault(r, "encryption_mode")));
  }

  static void lag(TfContext cx, TfResource r, List<Element> out) {
    out.add(new DxLag(cx.meta(r), cx.string(r, "location"), Value.absent(),
        cx.boolOrDefault(r, "request_macsec")));
  }

  static void gateway(TfContext cx, TfResource r, List<Element> out) {
    out.add(new DxGateway(cx.meta(r), cx.asn(r.values(), "amazon_side_asn")));
  }

  static void gatewayAssociation(TfContext cx, TfResource r, List<Element> out) {
    TfObject v = r.values();
    List<Value<Cidr>> prefixes = new ArrayList<>();
    for (TfObject.Item item : v.items("allowed_prefixes")) {
      prefixes.add(item.text() == null ? Value.unknown(TfObject.AFTER_APPLY)
          : cx.cidr(item.text(), item.position(), "allowed_prefixes"));
    }
    if (v.node("allowed_prefixes") == null && v.unknown("allowed_prefixes")
        && cx.configured(r, "allowed_prefixes")) {
      prefixes.add(Value.unknown(TfObject.AFTER_APPLY));
    }
    out.add(new DxGatewayAssociation(cx.meta(r), cx.ref(r, "dx_gateway_id"),
        cx.ref(r, "associated_gateway_id"), prefixes));
  }

  static void privateVif(TfContext cx, TfResource r, List<Element> out) {
    vif(cx, r, DxVirtualInterface.Kind.PRIVATE, out);
  }

  static void transitVif(TfContext cx, TfResource r, List<Element> out) {
    vif(cx, r, DxVirtualInterface.Kind.TRANSIT, out);
  }

  static void publicVif(TfContext cx, TfResource r, List<Element> out) {
    vif(cx, r, DxVirtualInterface.Kind.PUBLIC, out);
  }

  private static void vif(TfContext cx, TfResource r, DxVirtualInterface.Kind kind,
      List<Element> out) {
    out.add(new DxVirtualInterface(cx.meta(r), kind, cx.ref(r, "connection_id"),
        cx.ref(r, "dx_gateway_id"), cx.ref(r, "vpn_gateway_id"),
        cx.asn(r.values(), "bgp_asn")));
  }
}
