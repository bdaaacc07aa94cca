package io.netlint.model;

import java.util.List;

/**
 * A transit gateway VPC attachment.
 *
 * @param defaultAssociation per-attachment override of the TGW default (Terraform only)
 */
public record TgwVpcAttachment(ElementMeta meta, Ref transitGateway, Ref vpc, List<Ref> subnets,
    Value<Boolean> defaultAssociation, Value<Boolean> defaultPropagation,
    Value<Boolean> applianceMode) implements Element {
  public TgwVpcAttachment {
    subnets = List.copyOf(subnets);
  }
}
