package io.netlint.model;

/**
 * One route of a route table. Exactly one destination is set (CIDR, IPv6 CIDR or prefix list).
 */
public record Route(ElementMeta meta, Ref routeTable, Value<Cidr> destination,
    Value<String> destinationPrefixList, RouteTarget target) implements Element {}
