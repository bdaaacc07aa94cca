package io.netlint.parse.tfplan;

import io.netlint.model.Cidr;
import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.ClientVpnEndpoint;
import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.EndpointService;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.InternetGateway;
import io.netlint.model.NatGateway;
import io.netlint.model.Ref;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcCidrBlock;
import io.netlint.model.VpcEndpoint;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnGateway;
import java.util.ArrayList;
import java.util.List;

/**
 * VPCs, addressing, gateways, peering, endpoints and Client VPN (DOMAIN B.1, B.3, B.5, B.6, B.8,
 * B.9).
 */
final class TfVpcs {
  private TfVpcs() {}

  static void vpc(TfContext cx, TfResource r, List<Element> out) {
    out.add(new Vpc(cx.meta(r), ipv4(cx, r), ipv6(cx, r, "ipv6_cidr_block")));
  }

  /** {@code cidr_block}; with an IPAM pool instead, AWS allocates it at apply. */
  private static Value<Cidr> ipv4(TfContext cx, TfResource r) {
    Value<Cidr> cidr = cx.cidr(r.values(), "cidr_block");
    if (cidr.isUnknown() && (r.values().text("ipv4_ipam_pool_id") != null
        || cx.configured(r, "ipv4_ipam_pool_id"))) {
      return Value.unknown("allocated from an IPAM pool at apply");
    }
    return cidr;
  }

  /**
   * An IPv6 block is optional+computed: unknown at create whether or not one was asked for. It
   * is unknown only when one was asked for (generated, from a pool, or written).
   */
  private static Value<Cidr> ipv6(TfContext cx, TfResource r, String attr) {
    TfObject v = r.values();
    Value<Cidr> c = cx.cidr(v, attr);
    if (!c.isUnknown()) return c;
    Value<Boolean> generated = v.bool("assign_generated_ipv6_cidr_block");
    boolean requested = generated.orElse(false) || generated.isUnknown()
        || v.text("ipv6_ipam_pool_id") != null || v.unknown("ipv6_ipam_pool_id")
        || v.text("ipv6_pool") != null || cx.configured(r, attr);
    return requested ? Value.unknown("the IPv6 block is assigned at apply") : Value.absent();
  }

  static void ipv4Association(TfContext cx, TfResource r, List<Element> out) {
    out.add(new VpcCidrBlock(cx.meta(r), cx.ref(r, "vpc_id"), ipv4(cx, r)));
  }

  static void ipv6Association(TfContext cx, TfResource r, List<Element> out) {
    Value<Cidr> cidr = cx.cidr(r.values(), "ipv6_cidr_block");
    if (cidr.isUnknown()) cidr = Value.unknown("the IPv6 block is assigned at apply");
    out.add(new VpcCidrBlock(cx.meta(r), cx.ref(r, "vpc_id"), cidr));
  }

  static void subnet(TfContext cx, TfResource r, List<Element> out) {
    TfObject v = r.values();
    Value<Cidr> ipv6 = cx.cidr(v, "ipv6_cidr_block");
    boolean ipv6Asked = cx.configured(r, "ipv6_cidr_block") || v.text("ipv6_ipam_pool_id") != null
        || v.bool("ipv6_native").orElse(false)
        || v.bool("assign_ipv6_address_on_creation").orElse(false);
    if (ipv6.isUnknown() && !ipv6Asked) ipv6 = Value.absent(); // optional+computed, not asked for
    TfContext.Link vpc = cx.link(r, "vpc_id");
    if (ipv6.isUnknown() && vpcWithoutIpv6(cx, vpc.target())) ipv6 = Value.absent();
    out.add(new Subnet(cx.meta(r), vpc.ref(), ipv4(cx, r), ipv6, zone(cx, r)));
  }

  /** A subnet can only have IPv6 when its VPC has an IPv6 block. */
  private static boolean vpcWithoutIpv6(TfContext cx, TfResource vpc) {
    return vpc != null && vpc.type().equals("aws_vpc") && !cx.hasIpv6Associations()
        && ipv6(cx, vpc, "ipv6_cidr_block").isAbsent();
  }

  private static Value<String> zone(TfContext cx, TfResource r) {
    TfObject v = r.values();
    Value<String> az = v.string("availability_zone");
    if (az.isKnown()) return az;
    Value<String> id = v.string("availability_zone_id");
    if (id.isKnown()) return id;
    if (az.isAbsent() && id.isAbsent()) return Value.absent();
    boolean written = cx.configured(r, "availability_zone")
        || cx.configured(r, "availability_zone_id");
    return Value.unknown(written || cx.config(r) == null ? TfObject.AFTER_APPLY
        : "AWS chooses the zone at apply");
  }

  static void internetGateway(TfContext cx, TfResource r, List<Element> out) {
    out.add(new InternetGateway(cx.meta(r), cx.refOrDefault(r, "vpc_id"), false));
  }

  static void egressOnlyGateway(TfContext cx, TfResource r, List<Element> out) {
    out.add(new InternetGateway(cx.meta(r), cx.ref(r, "vpc_id"), true));
  }

  static void internetGatewayAttachment(TfContext cx, TfResource r, List<Element> out) {
    out.add(new GatewayAttachment(cx.meta(r), cx.ref(r, "vpc_id"),
        cx.ref(r, "internet_gateway_id")));
  }

  static void natGateway(TfContext cx, TfResource r, List<Element> out) {
    out.add(new NatGateway(cx.meta(r), cx.ref(r, "subnet_id"),
        cx.stringOrDefault(r, "connectivity_type")));
  }

  static void vpnGateway(TfContext cx, TfResource r, List<Element> out) {
    out.add(new VpnGateway(cx.meta(r), cx.refOrDefault(r, "vpc_id"),
        cx.orDefault(r, "amazon_side_asn", cx.asn(r.values(), "amazon_side_asn"))));
  }

  static void vpnGatewayAttachment(TfContext cx, TfResource r, List<Element> out) {
    out.add(new GatewayAttachment(cx.meta(r), cx.ref(r, "vpc_id"), cx.ref(r, "vpn_gateway_id")));
  }

  static void customerGateway(TfContext cx, TfResource r, List<Element> out) {
    TfObject v = r.values();
    Value<Long> asn = cx.asn(v, "bgp_asn");
    if (asn.isAbsent()) asn = cx.asn(v, "bgp_asn_extended");
    out.add(new CustomerGateway(cx.meta(r), asn, v.string("ip_address"),
        v.string("device_name")));
  }

  static void peering(TfContext cx, TfResource r, List<Element> out) {
    out.add(new VpcPeering(cx.meta(r), cx.ref(r, "vpc_id"), cx.ref(r, "peer_vpc_id"),
        cx.stringOrDefault(r, "peer_region"), cx.stringOrDefault(r, "peer_owner_id")));
  }

  static void endpoint(TfContext cx, TfResource r, List<Element> out) {
    TfObject v = r.values();
    out.add(new VpcEndpoint(cx.meta(r), cx.ref(r, "vpc_id"),
        cx.stringOrDefault(r, "vpc_endpoint_type"), v.string("service_name"),
        cx.stringOrDefault(r, "service_region"), cx.refs(r, "subnet_ids", true),
        endpointService(cx, r)));
  }

  /** The endpoint service of this plan the endpoint connects to, by reference or by name. */
  private static Ref endpointService(TfContext cx, TfResource r) {
    for (TfResource s : cx.resolver().subjects(r.context(), cx.expression(r, "service_name"))) {
      if (s.type().equals("aws_vpc_endpoint_service")) return Ref.toKey(cx.key(s));
    }
    String name = r.values().text("service_name");
    return name == null ? Ref.absent()
        : cx.endpointServiceNamed(name).map(s -> Ref.toKey(cx.key(s))).orElse(Ref.absent());
  }

  static void endpointService(TfContext cx, TfResource r, List<Element> out) {
    TfObject v = r.values();
    Value<List<String>> regions;
    if (v.node("supported_regions") != null) {
      List<String> list = new ArrayList<>();
      boolean unknown = false;
      for (TfObject.Item item : v.items("supported_regions")) {
        if (item.text() == null) unknown = true;
        else list.add(item.text());
      }
      regions = unknown ? Value.unknown(TfObject.AFTER_APPLY) : Value.known(List.copyOf(list));
    } else {
      regions = cx.orDefault(r, "supported_regions", v.unknown("supported_regions")
          ? Value.unknown(TfObject.AFTER_APPLY) : Value.absent());
    }
    out.add(new EndpointService(cx.meta(r), regions));
  }

  static void clientVpnEndpoint(TfContext cx, TfResource r, List<Element> out) {
    out.add(new ClientVpnEndpoint(cx.meta(r), cx.cidr(r.values(), "client_cidr_block"),
        cx.refOrDefault(r, "vpc_id"), cx.bool(r, "split_tunnel")));
  }

  static void clientVpnAssociation(TfContext cx, TfResource r, List<Element> out) {
    out.add(new ClientVpnAssociation(cx.meta(r), cx.ref(r, "client_vpn_endpoint_id"),
        cx.ref(r, "subnet_id")));
  }
}
