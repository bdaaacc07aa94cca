package io.netlint.model;

/** The AWS record of an on-premises VPN device. */
public record CustomerGateway(ElementMeta meta, Value<Long> bgpAsn, Value<String> ipAddress,
    Value<String> deviceName) implements Element {}
