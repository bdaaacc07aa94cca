package io.netlint.rules.analysis;

import io.netlint.model.Network;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTableAssociation;
import io.netlint.model.Subnet;
import io.netlint.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which subnets certainly use each route table: those explicitly associated with it, and, for a
 * VPC's main table, the subnets of the VPC that have no association at all. A subnet whose
 * association names an unknown table uses neither; an association whose subnet is unknown may
 * take any subnet of its table's VPC (of any VPC, when its table is unknown too) off the main
 * table, so those main tables claim no subnets.
 */
public final class TableSubnets {

  private static final String ANY_VPC = "*";

  private final Map<String, List<Subnet>> byTable = new LinkedHashMap<>();

  public TableSubnets(Network network) {
    Set<String> associated = new HashSet<>();
    Set<String> uncertainVpcs = new HashSet<>();
    for (RouteTableAssociation a : network.all(RouteTableAssociation.class)) {
      if (a.subnet().isAbsent()) continue;
      Optional<RouteTable> table = network.resolve(a.routeTable(), RouteTable.class);
      String subnet = network.identity(a.subnet());
      if (subnet == null) {
        String vpc = table.map(t -> network.identity(t.vpc())).orElse(null);
        uncertainVpcs.add(vpc == null ? ANY_VPC : vpc);
        continue;
      }
      associated.add(subnet);
      Optional<Subnet> s = network.resolve(a.subnet(), Subnet.class);
      if (table.isPresent() && s.isPresent()) add(table.get(), s.get());
    }
    if (uncertainVpcs.contains(ANY_VPC)) return;
    for (RouteTable t : network.all(RouteTable.class)) {
      if (!t.main()) continue;
      Optional<Vpc> vpc = network.resolve(t.vpc(), Vpc.class);
      if (vpc.isEmpty() || uncertainVpcs.contains(vpc.get().key())) continue;
      for (Subnet s : network.subnetsOf(vpc.get())) {
        if (!associated.contains(s.key())) add(t, s);
      }
    }
  }

  private void add(RouteTable t, Subnet s) {
    List<Subnet> list = byTable.computeIfAbsent(t.key(), k -> new ArrayList<>());
    if (!list.contains(s)) list.add(s);
  }

  /** The subnets that use the table, in declaration order. */
  public List<Subnet> of(RouteTable table) {
    List<Subnet> out = new ArrayList<>(byTable.getOrDefault(table.key(), List.of()));
    out.sort(Names.DECLARED);
    return out;
  }
}
