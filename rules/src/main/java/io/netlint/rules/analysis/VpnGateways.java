package io.netlint.rules.analysis;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.TgwVpcAttachment;
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

  public static List<Gateway> of(Network network) {
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
