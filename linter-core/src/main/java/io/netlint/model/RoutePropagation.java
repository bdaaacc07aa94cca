package io.netlint.model;

/** A virtual private gateway propagating its routes into a route table. */
public record RoutePropagation(ElementMeta meta, Ref routeTable, Ref vpnGateway)
    implements Element {}
