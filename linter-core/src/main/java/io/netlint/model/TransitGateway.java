package io.netlint.model;

/**
 * A transit gateway. Absent options take AWS defaults: ASN 64512, default route table association
 * and propagation enabled, VPN ECMP enabled.
 */
public record TransitGateway(ElementMeta meta, Value<Long> amazonSideAsn,
    Value<Boolean> defaultRouteTableAssociation, Value<Boolean> defaultRouteTablePropagation,
    Value<Boolean> vpnEcmpSupport) implements Element {
  public static final long DEFAULT_ASN = 64512L;
}
