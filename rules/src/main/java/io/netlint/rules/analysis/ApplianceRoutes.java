package io.netlint.rules.analysis;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The routes that send traffic through appliances (RULES.md, 3xx): for each, its route table, the
 * VPC it routes in, its destination and the appliance it reaches, each when known.
 */
public final class ApplianceRoutes {

  /** A route destination: a CIDR or a prefix list. */
  public record Destination(Cidr cidr, String prefixList) {

    static Optional<Destination> of(Route r) {
      if (r.destination().isKnown()) {
        return Optional.of(new Destination(r.destination().get(), null));
      }
      if (r.destinationPrefixList().isKnown()) {
        return Optional.of(new Destination(null, r.destinationPrefixList().get()));
      }
      return Optional.empty();
    }

    /** Equal destinations: the same range, or the same prefix list. */
    public boolean same(Destination o) {
      if (cidr != null) return o.cidr != null && cidr.sameRange(o.cidr);
      return o.cidr == null && prefixList.equals(o.prefixList);
    }

    @Override
    public String toString() {
      return cidr != null ? cidr.canonical() : "prefix list " + prefixList;
    }
  }

  /**
   * One route to an appliance.
   *
   * @param table the route's table when it is among the inputs
   * @param vpc the identity of the VPC it routes in (its table's, else its target's), or null
   * @param destination empty when unknown
   * @param appliance empty when the target is not among the inputs
   */
  public record Hop(Route route, Optional<RouteTable> table, String vpc,
      Optional<Destination> destination, Optional<Element> appliance) {}

  private ApplianceRoutes() {}

  /** Every route to an instance or network interface, in input order. */
  public static List<Hop> of(Network network, Appliances appliances) {
    List<Hop> out = new ArrayList<>();
    for (Route r : network.all(Route.class)) {
      if (!Appliances.targetsAppliance(r)) continue;
      Optional<RouteTable> table = network.resolve(r.routeTable(), RouteTable.class);
      Optional<Element> target = appliances.targetOf(r);
      // A route can only target an appliance in its own table's VPC.
      String vpc = table.map(t -> network.identity(t.vpc()))
          .orElseGet(() -> target.map(appliances::vpcOf).orElse(null));
      out.add(new Hop(r, table, vpc, Destination.of(r), target));
    }
    return out;
  }
}
