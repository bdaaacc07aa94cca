package io.netlint.model;

public record TgwRouteTable(ElementMeta meta, Ref transitGateway) implements Element {}
