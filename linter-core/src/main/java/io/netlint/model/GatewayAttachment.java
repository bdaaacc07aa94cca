package io.netlint.model;

/** Attaches an internet or virtual private gateway to a VPC. */
public record GatewayAttachment(ElementMeta meta, Ref vpc, Ref gateway) implements Element {}
