package io.netlint.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The options given for one tunnel of a VPN connection.
 *
 * @param specified true when any option is given for this tunnel (a CloudFormation
 *     {@code VpnTunnelOptionsSpecifications} entry, or any Terraform {@code tunnelN_*} argument)
 * @param insideCidr the tunnel inside CIDR
 * @param options every other option by a vendor-neutral name (the CloudFormation property name,
 *     e.g. {@code IKEVersions}, {@code Phase1EncryptionAlgorithms}, {@code DPDTimeoutSeconds});
 *     list options are sorted, comma-joined strings so that two tunnels compare by value.
 *     Secrets (pre-shared keys) are recorded as {@code "<set>"}, never their text.
 */
public record VpnTunnel(boolean specified, Value<Cidr> insideCidr, Map<String, String> options) {
  public VpnTunnel {
    options = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(options));
  }

  public static VpnTunnel unspecified() {
    return new VpnTunnel(false, Value.absent(), Map.of());
  }
}
