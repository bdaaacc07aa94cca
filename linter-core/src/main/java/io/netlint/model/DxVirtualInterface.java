package io.netlint.model;

/** A private, transit or public virtual interface on a connection or LAG. */
public record DxVirtualInterface(ElementMeta meta, Kind vifKind, Ref connection, Ref dxGateway,
    Ref vpnGateway, Value<Long> bgpAsn) implements Element {
  public enum Kind { PRIVATE, TRANSIT, PUBLIC }
}
