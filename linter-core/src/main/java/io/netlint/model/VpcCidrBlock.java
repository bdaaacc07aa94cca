package io.netlint.model;

/** A secondary IPv4 or IPv6 block associated with a VPC. */
public record VpcCidrBlock(ElementMeta meta, Ref vpc, Value<Cidr> cidr) implements Element {}
