package io.netlint.model;

/** Associates a Client VPN endpoint with a target subnet. */
public record ClientVpnAssociation(ElementMeta meta, Ref endpoint, Ref subnet) implements Element {}
