package io.netlint.model;

/**
 * A virtual private gateway. {@code vpc} is set when the resource itself attaches it (Terraform
 * {@code vpc_id}); a {@link GatewayAttachment} may attach it instead.
 *
 * @param amazonSideAsn absent means AWS's default, 64512
 */
public record VpnGateway(ElementMeta meta, Ref vpc, Value<Long> amazonSideAsn) implements Element {
  public static final long DEFAULT_ASN = 64512L;
}
