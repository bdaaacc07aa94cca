package io.netlint.model;

/** An association or a propagation between a TGW route table and an attachment. */
public record TgwRouteTableLink(ElementMeta meta, Kind linkKind, Ref routeTable, Ref attachment)
    implements Element {
  public enum Kind { ASSOCIATION, PROPAGATION }
}
