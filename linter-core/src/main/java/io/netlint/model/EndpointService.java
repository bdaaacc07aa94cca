package io.netlint.model;

import java.util.List;

/** A PrivateLink endpoint service (provider side). */
public record EndpointService(ElementMeta meta, Value<List<String>> supportedRegions)
    implements Element {}
