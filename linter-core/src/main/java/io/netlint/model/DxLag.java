package io.netlint.model;

public record DxLag(ElementMeta meta, Value<String> location, Value<Integer> minimumLinks,
    Value<Boolean> requestMacsec) implements Element {}
