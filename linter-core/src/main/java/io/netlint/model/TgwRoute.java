package io.netlint.model;

public record TgwRoute(ElementMeta meta, Ref routeTable, Value<Cidr> destination, Ref attachment,
    boolean blackhole) implements Element {}
