package io.netlint.rules.analysis;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The AWS side of Site-to-Site VPNs: for each VGW or TGW that terminates VPN connections, the VPCs
 * it reaches and the on-premises ranges its connections bring in.
 */
public final class VpnGateways {

  /**
   * An on-premises range of one VPN connection.
   *
   * @param source the static route that declares it, or the connection for its traffic selector
   */
  public record Range(Element source, VpnConnection connection, Cidr cidr) {
    public boolean isStaticRoute() { return source instanceof VpnConnectionRoute; }
  }

  /** A gateway with its VPN connections' ranges and the VPCs behind it. */
  public record Gateway(String name, Element element, boolean virtualPrivate, List<Vpc> vpcs,
      List<Range> ranges) {}

  private VpnGateways() {}

  /** Computed once per network: several rules ask for it. */
  private record Computed(List<Gateway> value) {}

  public static List<Gateway> of(Network network) {
    return network.derived(Computed.class, n -> new Computed(compute(n))).value();
  }

  private static List<Gateway> compute(Network network) {
    Map<String, List<VpnConnectionRoute>> routes =
        network.groupBy(network.all(VpnConnectionRoute.class), VpnConnectionRoute::vpnConnection);
    Map<String, Gateway> gateways = new TreeMap<>();
    for (VpnConnection c : network.all(VpnConnection.class)) {
      boolean vgw = c.vpnGateway().isKnown();
      Ref target = vgw ? c.vpnGateway() : c.transitGateway();
      String id = network.identity(target);
      if (id == null) continue;
      Gateway g = gateways.computeIfAbsent(id, k -> new Gateway(Names.quoted(network, target),
          network.resolve(target).orElse(null), vgw, new ArrayList<>(), new ArrayList<>()));
      if (c.localNetworkCidr().isKnown() && !matchesAll(c.localNetworkCidr().get())) {
        g.ranges().add(new Range(c, c, c.localNetworkCidr().get()));
      }
      for (VpnConnectionRoute r : routes.getOrDefault(c.key(), List.of())) {
        if (r.destination().isKnown() && !matchesAll(r.destination().get())) {
          g.ranges().add(new Range(r, c, r.destination().get()));
        }
      }
    }
    for (VpnGateway v : network.all(VpnGateway.class)) {
      addVpc(network, gateways, v.key(), v.vpc());
    }
    for (GatewayAttachment a : network.all(GatewayAttachment.class)) {
      String id = network.identity(a.gateway());
      if (id != null) addVpc(network, gateways, id, a.vpc());
    }
    for (TgwVpcAttachment a : network.all(TgwVpcAttachment.class)) {
      String id = network.identity(a.transitGateway());
      if (id != null) addVpc(network, gateways, id, a.vpc());
    }
    return List.copyOf(gateways.values());
  }

  /** True when the connection is known to use BGP: static routing is off or not set. */
  public static boolean usesBgp(VpnConnection c) {
    return c.staticRoutesOnly().isKnown() ? !c.staticRoutesOnly().get()
        : c.staticRoutesOnly().isAbsent();
  }

  /**
   * The Amazon-side ASN of a virtual private or transit gateway, AWS's default (64512) when not
   * set; unknown when the value is, or when the element is neither gateway.
   */
  public static Value<Long> amazonSideAsn(Element gateway) {
    if (gateway instanceof VpnGateway v) {
      return v.amazonSideAsn().withDefault(VpnGateway.DEFAULT_ASN);
    }
    if (gateway instanceof TransitGateway t) {
      return t.amazonSideAsn().withDefault(TransitGateway.DEFAULT_ASN);
    }
    return Value.unknown("not a VPN gateway");
  }

  /**
   * How messages name the AWS side of a connection: "virtual private gateway 'X'", "transit
   * gateway 'X'", or its ID when it is not among the inputs.
   */
  public static String describe(Network network, Ref gateway) {
    if (!gateway.isKnown()) return "a gateway that is not known";
    return network.resolve(gateway).map(VpnGateways::describe).orElseGet(() ->
        "gateway " + (gateway.awsId() != null ? gateway.awsId() : gateway.identity())
            + " (not among the inputs)");
  }

  public static String describe(Element gateway) {
    if (gateway instanceof VpnGateway) return "virtual private gateway " + Names.quoted(gateway);
    if (gateway instanceof TransitGateway) return "transit gateway " + Names.quoted(gateway);
    return Names.quoted(gateway);
  }

  private static void addVpc(Network network, Map<String, Gateway> gateways, String gatewayId,
      Ref vpcRef) {
    Gateway g = gateways.get(gatewayId);
    if (g == null) return;
    network.resolve(vpcRef, Vpc.class).ifPresent(vpc -> {
      if (!g.vpcs().contains(vpc)) g.vpcs().add(vpc);
    });
  }

  /**
   * 0.0.0.0/0 (the traffic selector's default) and a default route to on-premises mean "anything",
   * not an on-premises network, and the VPC's local route wins over them by design.
   */
  private static boolean matchesAll(Cidr cidr) {
    return cidr.prefixLength() == 0;
  }
}
