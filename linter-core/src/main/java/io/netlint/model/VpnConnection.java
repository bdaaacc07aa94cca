package io.netlint.model;

import java.util.List;

/**
 * A Site-to-Site VPN connection to a virtual private gateway or a transit gateway.
 *
 * @param staticRoutesOnly absent means BGP (dynamic routing)
 * @param tunnels always two entries, tunnel 1 then tunnel 2
 * @param localNetworkCidr the customer-side traffic selector
 */
public record VpnConnection(ElementMeta meta, Ref customerGateway, Ref vpnGateway,
    Ref transitGateway, Value<Boolean> staticRoutesOnly, List<VpnTunnel> tunnels,
    Value<Cidr> localNetworkCidr, Value<Cidr> remoteNetworkCidr,
    Value<String> outsideIpAddressType) implements Element {

  public VpnConnection {
    tunnels = List.copyOf(tunnels);
    if (tunnels.size() != 2) throw new IllegalArgumentException("a VPN connection has two tunnels");
  }

  /** The gateway on the AWS side, VGW or TGW, whichever is set. */
  public Ref targetGateway() {
    return vpnGateway.isAbsent() ? transitGateway : vpnGateway;
  }

  public boolean isStatic() { return staticRoutesOnly.orElse(false); }
}
