package io.netlint.model;

/** A VPC with its primary CIDRs; secondary blocks are {@link VpcCidrBlock} elements. */
public record Vpc(ElementMeta meta, Value<Cidr> cidr, Value<Cidr> ipv6Cidr) implements Element {}
