package io.netlint.model;

/** An internet gateway (or egress-only gateway); the VPC may be set by a {@link GatewayAttachment}. */
public record InternetGateway(ElementMeta meta, Ref vpc, boolean egressOnly) implements Element {}
