package io.netlint.rules.analysis;

import io.netlint.model.Element;
import io.netlint.model.ExternalReference;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RoutePropagation;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.TgwRoute;
import io.netlint.model.Vpc;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnGateway;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether traffic can use a virtual private gateway and the static VPNs behind it: is the gateway
 * attached to a VPC, do that VPC's route tables send anything to it, does a static connection have
 * routes. Routes, propagations and attachments whose links are not known may be the missing piece,
 * so they leave a question open instead of answering it.
 */
public final class VpnRouting {

  /** What the inputs say about a gateway's attachment. */
  public enum Attachment { ATTACHED, DETACHED, UNDECIDED }

  /**
   * An attached gateway whose VPC is among the inputs and has route tables there, none of which
   * sends traffic to the gateway.
   */
  public record RouteGap(VpnGateway gateway, Vpc vpc, List<RouteTable> tables) {}

  private final Network network;
  /** VGW identities that a route targets or that propagates into a route table. */
  private final Set<String> routed = new HashSet<>();
  /** VPC identities where a route or propagation may name any VGW; "" when any VPC. */
  private final Set<String> openVpcs = new HashSet<>();
  /** Identities attached by some attachment, whatever its VPC. */
  private final Set<String> attached = new HashSet<>();
  private final boolean attachmentOfUnknownGateway;
  private final Map<String, List<VpnConnectionRoute>> staticRoutes;
  private final boolean staticRouteOfUnknownConnection;
  private final Set<String> tgwRouted = new HashSet<>();
  private final boolean tgwRouteToUnknownAttachment;
  private final Set<String> handedOut = new HashSet<>();

  private VpnRouting(Network network) {
    this.network = network;
    for (Route r : network.all(Route.class)) {
      RouteTarget t = r.target();
      if (t.target().isKnown()) {
        network.resolve(t.target(), VpnGateway.class).ifPresent(g -> routed.add(g.key()));
      } else if (t.target().isUnknown() && mayBeVpnGateway(t.kind())) {
        openVpcs.add(vpcOfTable(r.routeTable()));
      }
    }
    for (RoutePropagation p : network.all(RoutePropagation.class)) {
      if (p.vpnGateway().isKnown()) {
        String id = network.identity(p.vpnGateway());
        if (id != null) routed.add(id);
      } else if (p.vpnGateway().isUnknown()) {
        openVpcs.add(vpcOfTable(p.routeTable()));
      }
    }
    boolean unknownGateway = false;
    for (GatewayAttachment a : network.all(GatewayAttachment.class)) {
      if (a.gateway().isKnown()) {
        String id = network.identity(a.gateway());
        if (id != null) attached.add(id);
      } else if (!a.meta().kind().equals("aws_internet_gateway_attachment")) {
        unknownGateway = true;
      }
    }
    attachmentOfUnknownGateway = unknownGateway;
    List<VpnConnectionRoute> routes = network.all(VpnConnectionRoute.class);
    staticRoutes = network.groupBy(routes, VpnConnectionRoute::vpnConnection);
    staticRouteOfUnknownConnection = routes.stream().anyMatch(r -> r.vpnConnection().isUnknown());
    boolean unknownAttachment = false;
    for (TgwRoute r : network.all(TgwRoute.class)) {
      if (r.attachment().isAbsent()) continue;
      Optional<Element> target = network.resolve(r.attachment());
      if (target.isPresent()) tgwRouted.add(target.get().key());
      else unknownAttachment = true;
    }
    tgwRouteToUnknownAttachment = unknownAttachment;
    for (ExternalReference e : network.all(ExternalReference.class)) {
      String id = network.identity(e.target());
      if (id != null) handedOut.add(id);
    }
  }

  public static VpnRouting of(Network network) {
    return network.derived(VpnRouting.class, VpnRouting::new);
  }

  /** Whether the gateway is attached to a VPC, by itself or by an attachment resource. */
  public Attachment attachmentOf(VpnGateway g) {
    if (g.vpc().isKnown() || attached.contains(g.key())) return Attachment.ATTACHED;
    if (g.vpc().isUnknown() || attachmentOfUnknownGateway || handedOut.contains(g.key())) {
      return Attachment.UNDECIDED;
    }
    return Attachment.DETACHED;
  }

  /**
   * The attached VPC whose route tables in the inputs all ignore the gateway; empty when some
   * route or propagation sends to it, when the VPC or its route tables are not among the inputs,
   * or when a route or propagation with an unknown gateway may be the one.
   */
  public Optional<RouteGap> routeGap(VpnGateway g) {
    if (routed.contains(g.key()) || handedOut.contains(g.key()) || openVpcs.contains("")) {
      return Optional.empty();
    }
    List<String> vpcs = network.vpcsAttachedTo(g);
    if (vpcs.size() != 1 || attachedToUnknownVpc(g)) return Optional.empty();
    Optional<Vpc> vpc = network.byKey(vpcs.get(0)).filter(Vpc.class::isInstance)
        .map(Vpc.class::cast);
    if (vpc.isEmpty() || openVpcs.contains(vpc.get().key())) return Optional.empty();
    List<RouteTable> tables = new ArrayList<>(network.routeTablesOf(vpc.get()));
    tables.sort(Names.DECLARED);
    // A VPC whose route tables are all elsewhere has its routing elsewhere too.
    if (tables.isEmpty()) return Optional.empty();
    return Optional.of(new RouteGap(g, vpc.get(), tables));
  }

  /** The static routes of a connection among the inputs. */
  public List<VpnConnectionRoute> staticRoutesOf(VpnConnection c) {
    return staticRoutes.getOrDefault(c.key(), List.of());
  }

  /**
   * True when the inputs show that a static connection to a virtual private gateway has no static
   * route: none names it, none has an unknown connection, and its ID is not handed elsewhere.
   */
  public boolean lacksStaticRoutes(VpnConnection c) {
    return staticRoutesOf(c).isEmpty() && !staticRouteOfUnknownConnection
        && !handedOut.contains(c.key());
  }

  /**
   * True when no transit gateway route among the inputs may send traffic to the connection's
   * attachment: none names it, and none names an attachment the inputs cannot resolve.
   */
  public boolean lacksTransitGatewayRoutes(VpnConnection c) {
    return !tgwRouted.contains(c.key()) && !tgwRouteToUnknownAttachment
        && !handedOut.contains(c.key());
  }

  private boolean attachedToUnknownVpc(VpnGateway g) {
    return network.all(GatewayAttachment.class).stream()
        .anyMatch(a -> g.key().equals(network.identity(a.gateway())) && !a.vpc().isKnown());
  }

  /** A target the loader could not classify, or a gateway ID from a parameter, may be a VGW. */
  private static boolean mayBeVpnGateway(RouteTarget.Kind kind) {
    return kind == RouteTarget.Kind.VPN_GATEWAY || kind == RouteTarget.Kind.UNKNOWN;
  }

  /** The identity of the VPC a route table belongs to; "" when that is not known. */
  private String vpcOfTable(Ref table) {
    Optional<Element> e = network.resolve(table);
    if (e.isPresent() && e.get() instanceof RouteTable t) {
      String vpc = network.identity(t.vpc());
      return vpc == null ? "" : vpc;
    }
    // Terraform names a VPC's main table through the VPC (aws_vpc.x.main_route_table_id).
    if (e.isPresent() && e.get() instanceof Vpc v) return v.key();
    return "";
  }
}
