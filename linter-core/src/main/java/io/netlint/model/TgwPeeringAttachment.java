package io.netlint.model;

public record TgwPeeringAttachment(ElementMeta meta, Ref transitGateway, Ref peerTransitGateway,
    Value<String> peerRegion, Value<String> peerAccount) implements Element {}
