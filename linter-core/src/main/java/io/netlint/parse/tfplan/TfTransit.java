package io.netlint.parse.tfplan;

import io.netlint.model.Element;
import io.netlint.model.TgwPeeringAttachment;
import io.netlint.model.TgwRoute;
import io.netlint.model.TgwRouteTable;
import io.netlint.model.TgwRouteTableLink;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import java.util.List;

/** Transit gateways, attachments, route tables and routes (DOMAIN B.4). */
final class TfTransit {
  private TfTransit() {}

  static void transitGateway(TfContext cx, TfResource r, List<Element> out) {
    out.add(new TransitGateway(cx.meta(r),
        cx.orDefault(r, "amazon_side_asn", cx.asn(r.values(), "amazon_side_asn")),
        cx.enabled(r, "default_route_table_association"),
        cx.enabled(r, "default_route_table_propagation"),
        cx.enabled(r, "vpn_ecmp_support")));
  }

  static void vpcAttachment(TfContext cx, TfResource r, List<Element> out) {
    out.add(new TgwVpcAttachment(cx.meta(r), cx.ref(r, "transit_gateway_id"),
        cx.ref(r, "vpc_id"), cx.refs(r, "subnet_ids", false),
        cx.boolOrDefault(r, "transit_gateway_default_route_table_association"),
        cx.boolOrDefault(r, "transit_gateway_default_route_table_propagation"),
        cx.enabled(r, "appliance_mode_support")));
  }

  static void routeTable(TfContext cx, TfResource r, List<Element> out) {
    out.add(new TgwRouteTable(cx.meta(r), cx.ref(r, "transit_gateway_id")));
  }

  static void route(TfContext cx, TfResource r, List<Element> out) {
    out.add(new TgwRoute(cx.meta(r), cx.ref(r, "transit_gateway_route_table_id"),
        cx.cidr(r.values(), "destination_cidr_block"),
        cx.ref(r, "transit_gateway_attachment_id"),
        cx.bool(r, "blackhole").orElse(false)));
  }

  static void association(TfContext cx, TfResource r, List<Element> out) {
    link(cx, r, TgwRouteTableLink.Kind.ASSOCIATION, out);
  }

  static void propagation(TfContext cx, TfResource r, List<Element> out) {
    link(cx, r, TgwRouteTableLink.Kind.PROPAGATION, out);
  }

  private static void link(TfContext cx, TfResource r, TgwRouteTableLink.Kind kind,
      List<Element> out) {
    out.add(new TgwRouteTableLink(cx.meta(r), kind, cx.ref(r, "transit_gateway_route_table_id"),
        cx.ref(r, "transit_gateway_attachment_id")));
  }

  static void peeringAttachment(TfContext cx, TfResource r, List<Element> out) {
    out.add(new TgwPeeringAttachment(cx.meta(r), cx.ref(r, "transit_gateway_id"),
        cx.ref(r, "peer_transit_gateway_id"), cx.string(r, "peer_region"),
        cx.stringOrDefault(r, "peer_account_id")));
  }
}
