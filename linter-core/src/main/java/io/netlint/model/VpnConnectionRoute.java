package io.netlint.model;

/** A static route of a static VPN connection: an on-premises range. */
public record VpnConnectionRoute(ElementMeta meta, Ref vpnConnection, Value<Cidr> destination)
    implements Element {}
