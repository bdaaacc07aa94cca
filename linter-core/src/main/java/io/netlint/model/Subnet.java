package io.netlint.model;

/**
 * A subnet. The availability zone may be a symbolic token such as {@code GetAZs('')[1]}: equal
 * tokens name the same zone and different indexes name different zones.
 */
public record Subnet(ElementMeta meta, Ref vpc, Value<Cidr> cidr, Value<Cidr> ipv6Cidr,
    Value<String> availabilityZone) implements Element {}
