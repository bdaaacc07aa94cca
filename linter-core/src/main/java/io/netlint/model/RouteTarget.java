package io.netlint.model;

/** Where a route sends traffic. */
public record RouteTarget(Kind kind, Ref target) {

  public enum Kind {
    INTERNET_GATEWAY, EGRESS_ONLY_GATEWAY, VPN_GATEWAY, NAT_GATEWAY, INSTANCE, NETWORK_INTERFACE,
    TRANSIT_GATEWAY, VPC_PEERING, VPC_ENDPOINT, LOCAL, CARRIER_GATEWAY, LOCAL_GATEWAY, CORE_NETWORK,
    /** An ID of a kind the loader could not classify (e.g. a gateway ID from a parameter). */
    UNKNOWN
  }
}
