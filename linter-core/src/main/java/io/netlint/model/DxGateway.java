package io.netlint.model;

public record DxGateway(ElementMeta meta, Value<Long> amazonSideAsn) implements Element {}
