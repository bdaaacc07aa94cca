package io.netlint.model;

import java.util.List;

/** Associates a Direct Connect gateway with a VGW or a TGW. */
public record DxGatewayAssociation(ElementMeta meta, Ref dxGateway, Ref associatedGateway,
    List<Value<Cidr>> allowedPrefixes) implements Element {
  public DxGatewayAssociation {
    allowedPrefixes = List.copyOf(allowedPrefixes);
  }
}
