package io.netlint.model;

public record NatGateway(ElementMeta meta, Ref subnet, Value<String> connectivityType)
    implements Element {}
