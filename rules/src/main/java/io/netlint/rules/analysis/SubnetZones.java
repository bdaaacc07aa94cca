package io.netlint.rules.analysis;

import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Availability Zones a set of subnets spans, for resources that place one network interface
 * per subnet (interface endpoints, Client VPN target networks). Only a decision the inputs support
 * is returned: every subnet among the inputs, every zone known, and all zones comparable.
 */
public final class SubnetZones {

  /** All the subnets lie in one zone. */
  public record OneZone(Zone zone, List<Subnet> subnets) {}

  private SubnetZones() {}

  /**
   * The one zone the subnets share; empty when there are none, when a subnet is not among the
   * inputs or its zone is not known, or when two zones differ or cannot be compared (a zone name
   * against a zone ID). Links to the same subnet count once.
   */
  public static Optional<OneZone> oneZone(Network network, List<Ref> subnetRefs) {
    List<Subnet> subnets = new ArrayList<>();
    for (Ref ref : subnetRefs) {
      Optional<Subnet> s = network.resolve(ref, Subnet.class);
      if (s.isEmpty() || !s.get().availabilityZone().isKnown()) return Optional.empty();
      if (!subnets.contains(s.get())) subnets.add(s.get());
    }
    if (subnets.isEmpty()) return Optional.empty();
    Zone first = new Zone(subnets.get(0).availabilityZone().get());
    for (Subnet s : subnets) {
      if (!first.sameAs(new Zone(s.availabilityZone().get())).orElse(false)) {
        return Optional.empty();
      }
    }
    return Optional.of(new OneZone(first, List.copyOf(subnets)));
  }

  /**
   * One subnet for each other zone among {@code subnets} (a VPC's), by declaration: subnets whose
   * zone is known to differ from {@code zone}.
   */
  public static List<Subnet> otherZones(List<Subnet> subnets, Zone zone) {
    List<Subnet> ordered = new ArrayList<>(subnets);
    ordered.sort(Names.DECLARED);
    List<Subnet> out = new ArrayList<>();
    List<Zone> seen = new ArrayList<>();
    for (Subnet s : ordered) {
      if (!s.availabilityZone().isKnown()) continue;
      Zone z = new Zone(s.availabilityZone().get());
      if (!zone.sameAs(z).equals(Optional.of(false)) || seen.contains(z)) continue;
      seen.add(z);
      out.add(s);
    }
    return out;
  }

  /** True when the subnet is among the inputs, in a known zone, and that zone is {@code zone}. */
  public static boolean inZone(Network network, Ref subnetRef, Zone zone) {
    return network.resolve(subnetRef, Subnet.class)
        .filter(s -> s.availabilityZone().isKnown())
        .map(s -> zone.sameAs(new Zone(s.availabilityZone().get())).orElse(false))
        .orElse(false);
  }
}
