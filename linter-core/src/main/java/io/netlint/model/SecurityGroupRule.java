package io.netlint.model;

/**
 * One ingress or egress rule. Inline rules get the group's meta with the rule's own position.
 *
 * @param protocol {@code tcp}, {@code udp}, {@code icmp}, {@code -1} (all) or a number
 * @param peerCidr the IPv4 or IPv6 peer range, when the peer is a range
 */
public record SecurityGroupRule(ElementMeta meta, Ref group, boolean ingress,
    Value<String> protocol, Value<Integer> fromPort, Value<Integer> toPort, Value<Cidr> peerCidr)
    implements Element {}
