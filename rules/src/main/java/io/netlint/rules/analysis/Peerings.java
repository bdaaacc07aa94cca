package io.netlint.rules.analysis;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.ExternalReference;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.Subnet;
import io.netlint.model.Vpc;
import io.netlint.model.VpcPeering;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * VPC peering connections and the routes through them (RULES.md 4xx): for each peering its two
 * sides, every route that targets it with the VPC of the route's table, and the ranges a side
 * legitimately reaches through it (the other VPC's). Routes that may go through a peering but
 * cannot be tied to one are kept apart, so that a rule can tell "no route" from "a route the
 * inputs do not place".
 */
public final class Peerings {

  /**
   * One side of a peering.
   *
   * @param identity the VPC's identity (see {@link Network#identity}), null when unknown
   * @param vpc the VPC when it is among the inputs
   */
  public record Side(Ref ref, String identity, Vpc vpc) {
    public boolean isKnown() { return identity != null; }
  }

  /**
   * A route whose target is a peering.
   *
   * @param table the route's table when it is among the inputs
   * @param vpcIdentity the identity of the table's VPC, null when not known
   */
  public record PeeringRoute(Route route, RouteTable table, String vpcIdentity) {}

  /** A peering with its sides and the routes that target it, in input order. */
  public record Peering(VpcPeering peering, Side requester, Side accepter,
      List<PeeringRoute> routes) {

    /** True when both sides are known and are two different VPCs. */
    public boolean joinsTwoVpcs() {
      return requester.isKnown() && accepter.isKnown()
          && !requester.identity().equals(accepter.identity());
    }

    /** The side whose route table holds the route; empty when that is not known. */
    public Optional<Side> sideOf(PeeringRoute r) {
      if (r.vpcIdentity() == null || !joinsTwoVpcs()) return Optional.empty();
      if (r.vpcIdentity().equals(requester.identity())) return Optional.of(requester);
      if (r.vpcIdentity().equals(accepter.identity())) return Optional.of(accepter);
      return Optional.empty();
    }

    /** The side a route sends traffic to: the other side of the route table's VPC. */
    public Optional<Side> peerOf(PeeringRoute r) {
      return sideOf(r).map(s -> s == requester ? accepter : requester);
    }

    public Side other(Side s) { return s == requester ? accepter : requester; }

    /** The routes held by one side's route tables. */
    public List<PeeringRoute> routesFrom(Side s) {
      return routes.stream().filter(r -> sideOf(r).filter(x -> x == s).isPresent()).toList();
    }
  }

  /** How a route's destination relates to the ranges a peering reaches. */
  public enum Reach {
    /** Every address of the destination is in the ranges. */
    INSIDE,
    /** Part of the destination is in the ranges, part is not. */
    PARTLY,
    /** No address of the destination is in the ranges. */
    OUTSIDE
  }

  /** VPCs joined, directly or through others, by peering; identities in first-seen order. */
  public record Mesh(List<String> vpcs, List<VpcPeering> peerings) {}

  private final Network network;
  private final VpcRanges ranges;
  /** Subnets whose route table is among the inputs. */
  private final Set<String> routedSubnets = new HashSet<>();
  private final List<Peering> peerings = new ArrayList<>();
  /** Routes that may go through a peering that the inputs do not identify. */
  private final List<PeeringRoute> unplaced = new ArrayList<>();
  private final Set<String> passedOut = new HashSet<>();

  public Peerings(Network network) {
    this.network = network;
    this.ranges = network.derived(VpcRanges.class, VpcRanges::new);
    TableSubnets tableSubnets = network.derived(TableSubnets.class, TableSubnets::new);
    for (RouteTable t : network.all(RouteTable.class)) {
      tableSubnets.of(t).forEach(sub -> routedSubnets.add(sub.key()));
    }
    Map<String, List<PeeringRoute>> byPeering = new HashMap<>();
    for (Route r : network.all(Route.class)) {
      if (!mayBePeering(r)) continue;
      PeeringRoute pr = placed(r);
      Optional<VpcPeering> target = network.resolve(r.target().target(), VpcPeering.class);
      if (target.isPresent()) {
        byPeering.computeIfAbsent(target.get().key(), k -> new ArrayList<>()).add(pr);
      } else {
        unplaced.add(pr);
      }
    }
    for (VpcPeering p : network.all(VpcPeering.class)) {
      peerings.add(new Peering(p, side(p.requesterVpc()), side(p.accepterVpc()),
          List.copyOf(byPeering.getOrDefault(p.key(), List.of()))));
    }
    for (ExternalReference x : network.all(ExternalReference.class)) {
      String id = network.identity(x.target());
      if (id != null) passedOut.add(id);
    }
  }

  /**
   * A route to a peering, or one whose target may be a peering: a target of unknown kind that is
   * unknown, or names an element or ID that is not something else.
   */
  private boolean mayBePeering(Route r) {
    RouteTarget t = r.target();
    if (t.kind() == RouteTarget.Kind.VPC_PEERING) return true;
    if (t.kind() != RouteTarget.Kind.UNKNOWN || t.target().isAbsent()) return false;
    if (t.target().isUnknown()) return true;
    Optional<Element> e = network.resolve(t.target());
    if (e.isPresent()) return e.get() instanceof VpcPeering;
    String awsId = t.target().awsId();
    return awsId == null || awsId.startsWith("pcx-");
  }

  private PeeringRoute placed(Route r) {
    Optional<RouteTable> table = network.resolve(r.routeTable(), RouteTable.class);
    String vpc = table.map(t -> network.identity(t.vpc())).orElse(null);
    return new PeeringRoute(r, table.orElse(null), vpc);
  }

  private Side side(Ref vpc) {
    return new Side(vpc, network.identity(vpc), network.resolve(vpc, Vpc.class).orElse(null));
  }

  /** Every peering of the inputs, in input order. */
  public List<Peering> all() { return java.util.Collections.unmodifiableList(peerings); }

  /**
   * Every range of a VPC in one address family, including blocks that may belong to it without
   * saying so; empty when one may be unknown or the VPC has none of that family (a block may then
   * be added where the inputs do not show it).
   */
  public Optional<List<Cidr>> rangesOf(Vpc vpc, Cidr.Family family) {
    Optional<List<Cidr>> own = ranges.of(vpc, family);
    Optional<List<Cidr>> maybe = ranges.maybeOf(vpc, family);
    if (own.isEmpty() || maybe.isEmpty()) return Optional.empty();
    List<Cidr> all = new ArrayList<>(own.get());
    all.addAll(maybe.get());
    return all.isEmpty() ? Optional.empty() : Optional.of(all);
  }

  /** How much of the destination lies in the ranges; several ranges may cover it together. */
  public static Reach reach(Cidr destination, List<Cidr> ranges) {
    List<Cidr> inside = new ArrayList<>();
    for (Cidr r : ranges) {
      if (r.family() != destination.family()) continue;
      if (r.contains(destination)) return Reach.INSIDE;
      // Prefixes nest or are disjoint: a range that overlaps and does not contain lies inside.
      if (r.overlaps(destination)) inside.add(r);
    }
    if (inside.isEmpty()) return Reach.OUTSIDE;
    inside.sort(Cidr.ORDER);
    BigInteger covered = BigInteger.ZERO;
    Cidr last = null;
    for (Cidr r : inside) {
      if (last != null && last.contains(r)) continue;
      covered = covered.add(size(r));
      last = r;
    }
    return covered.equals(size(destination)) ? Reach.INSIDE : Reach.PARTLY;
  }

  private static BigInteger size(Cidr c) {
    int bits = c.family() == Cidr.Family.IPV4 ? 32 : 128;
    return BigInteger.ONE.shiftLeft(bits - c.prefixLength());
  }

  /**
   * True when routes through the peering from this side may exist that the inputs do not show:
   * the side's VPC or its route tables are not among the inputs, one of its subnets uses a table
   * the inputs do not hold (the VPC's implicit main table, which CloudFormation cannot hold), a
   * route to the peering sits in a table whose VPC is unknown, a route of that side (or of an
   * unknown VPC) goes to a peering the inputs cannot identify, or the peering's ID is handed to a
   * nested stack or application.
   */
  public boolean mayRouteUnseen(Peering p, Side side) {
    if (side.vpc() == null) return true;
    if (network.routeTablesOf(side.vpc()).isEmpty()) return true;
    for (Subnet s : network.subnetsOf(side.vpc())) {
      if (!routedSubnets.contains(s.key())) return true;
    }
    if (passedOut.contains(p.peering().key())) return true;
    if (p.routes().stream().anyMatch(r -> r.vpcIdentity() == null)) return true;
    for (PeeringRoute r : unplaced) {
      if (r.vpcIdentity() != null && !r.vpcIdentity().equals(side.identity())) continue;
      if (!otherPeering(p.peering(), r.route())) return true;
    }
    return false;
  }

  /** True when the route names, by AWS ID, a peering that is known not to be this one. */
  private static boolean otherPeering(VpcPeering p, Route r) {
    String awsId = r.target().target().awsId();
    return awsId != null && p.meta().awsId().isKnown() && !p.meta().awsId().get().equals(awsId);
  }

  /**
   * Groups of VPCs joined by peering (connected components). Only peerings whose two sides are
   * known count, so a group may be larger than it looks, never smaller.
   */
  public List<Mesh> meshes() {
    Map<String, String> parent = new HashMap<>();
    for (Peering p : peerings) {
      if (!p.joinsTwoVpcs()) continue;
      union(parent, p.requester().identity(), p.accepter().identity());
    }
    Map<String, List<String>> vpcs = new LinkedHashMap<>();
    Map<String, List<VpcPeering>> edges = new TreeMap<>();
    for (Peering p : peerings) {
      if (!p.joinsTwoVpcs()) continue;
      String root = find(parent, p.requester().identity());
      List<String> members = vpcs.computeIfAbsent(root, k -> new ArrayList<>());
      for (String v : List.of(p.requester().identity(), p.accepter().identity())) {
        if (!members.contains(v)) members.add(v);
      }
      edges.computeIfAbsent(root, k -> new ArrayList<>()).add(p.peering());
    }
    List<Mesh> out = new ArrayList<>();
    vpcs.forEach((root, members) -> out.add(new Mesh(List.copyOf(members),
        List.copyOf(edges.get(root)))));
    return out;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) parent.put(rb, ra);
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (parent.containsKey(root) && !parent.get(root).equals(root)) root = parent.get(root);
    String cur = x;
    while (!cur.equals(root)) {
      String next = parent.get(cur);
      parent.put(cur, root);
      cur = next;
    }
    return root;
  }
}
