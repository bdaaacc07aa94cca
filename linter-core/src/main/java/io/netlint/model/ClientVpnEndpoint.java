package io.netlint.model;

public record ClientVpnEndpoint(ElementMeta meta, Value<Cidr> clientCidr, Ref vpc,
    Value<Boolean> splitTunnel) implements Element {}
