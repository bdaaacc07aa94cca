package io.netlint.model;

/** Associates a route table with a subnet, or (edge association) with a gateway. */
public record RouteTableAssociation(ElementMeta meta, Ref routeTable, Ref subnet, Ref gateway)
    implements Element {}
