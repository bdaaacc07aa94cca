package io.netlint.model;

/**
 * A VPC peering connection between a requester and an accepter VPC.
 *
 * @param peerRegion absent means the requester's region
 */
public record VpcPeering(ElementMeta meta, Ref requesterVpc, Ref accepterVpc,
    Value<String> peerRegion, Value<String> peerOwner) implements Element {}
