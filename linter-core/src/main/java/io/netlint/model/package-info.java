/**
 * <b>API.</b> The vendor-neutral network model that rules read: immutable records for VPCs,
 * subnets, routes, VPN and transit gateways, peering, endpoints, Direct Connect, Client VPN,
 * instances, security groups and alarms, joined in one {@link io.netlint.model.Network}. Values
 * that cannot be known before deployment are {@link io.netlint.model.Value} unknowns, never
 * guesses. Rule jars compile against this package and {@link io.netlint.rule}.
 */
package io.netlint.model;
