package io.netlint.rules.analysis;

import io.netlint.model.DxConnection;
import io.netlint.model.DxGatewayAssociation;
import io.netlint.model.DxLag;
import io.netlint.model.DxVirtualInterface;
import io.netlint.model.Element;
import io.netlint.model.ExternalReference;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.VpnConnection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Direct Connect as the 6xx rules see it (RULES.md, DOMAIN B.7, C.6): what each private or
 * transit virtual interface rides on (a connection, or a LAG and its member connections), which
 * virtual private and transit gateways it reaches (directly, or through a Direct Connect gateway
 * association), and which Site-to-Site VPNs end on those gateways. Public virtual interfaces reach
 * no VPC and are left out.
 */
public final class DirectConnectPaths {

  /**
   * The physical side of a virtual interface.
   *
   * @param element the connection or LAG among the inputs; null for an ID from outside them
   * @param id the connection's or LAG's identity, see {@link Network#identity}
   * @param lag true for a LAG
   * @param members a LAG's member connections among the inputs, sorted by declaration
   * @param connections the identities of the physical connections it bundles
   * @param complete false when its connections may not all be known: a LAG from outside the
   *     inputs or without members among them, a connection whose LAG is not known
   */
  public record Carrier(Element element, String id, boolean lag, List<DxConnection> members,
      Set<String> connections, boolean complete) {

    /** How messages name it: {@code connection 'X'}, {@code LAG 'Y'} or the AWS ID. */
    public String describe() {
      String what = lag ? "LAG " : "connection ";
      return what + (element != null ? Names.quoted(element)
          : id.startsWith("aws:") ? id.substring(4) : id);
    }
  }

  /**
   * The gateways a virtual interface reaches.
   *
   * @param gateways identities of the VGWs and TGWs
   * @param associations the Direct Connect gateway associations it reaches them through
   * @param complete false when some gateway is not known: a link that cannot be resolved, a Direct
   *     Connect gateway from outside the inputs or with no association among them, an association
   *     whose gateway or Direct Connect gateway is unknown
   */
  public record Reach(List<String> gateways, List<DxGatewayAssociation> associations,
      boolean complete) {}

  private final Network network;
  private final Map<String, List<DxConnection>> membersByLag;
  private final boolean lagMembershipUnknown;
  private final Map<String, List<DxGatewayAssociation>> associationsByDxGateway;
  /** Gateways associated with a Direct Connect gateway that is unknown or outside the inputs. */
  private final Set<String> gatewaysBehindHiddenDxGateway = new HashSet<>();
  private final boolean associationOfUnknownDxGateway;
  private final Map<String, List<DxVirtualInterface>> interfacesByGateway = new LinkedHashMap<>();
  private final boolean unplacedInterface;
  private final Set<String> passedOut = new HashSet<>();
  private final boolean unplacedVpn;

  public DirectConnectPaths(Network network) {
    this.network = network;
    List<DxConnection> connections = network.all(DxConnection.class);
    this.membersByLag = network.groupBy(connections, DxConnection::lag);
    this.lagMembershipUnknown = connections.stream().anyMatch(c -> c.lag().isUnknown());
    List<DxGatewayAssociation> associations = network.all(DxGatewayAssociation.class);
    this.associationsByDxGateway = network.groupBy(associations, DxGatewayAssociation::dxGateway);
    boolean unknownDxGateway = false;
    for (DxGatewayAssociation a : associations) {
      if (network.resolve(a.dxGateway()).isPresent()) continue;
      if (!a.dxGateway().isKnown()) unknownDxGateway = true;
      String gateway = network.identity(a.associatedGateway());
      if (gateway != null) gatewaysBehindHiddenDxGateway.add(gateway);
    }
    this.associationOfUnknownDxGateway = unknownDxGateway;
    this.unplacedVpn = network.all(VpnConnection.class).stream()
        .anyMatch(v -> v.targetGateway().isUnknown());
    for (ExternalReference x : network.all(ExternalReference.class)) {
      String id = network.identity(x.target());
      if (id != null) passedOut.add(id);
    }
    boolean unplaced = false;
    for (DxVirtualInterface vif : interfaces()) {
      if (vif.dxGateway().isUnknown() || vif.vpnGateway().isUnknown()) {
        unplaced = true;
        continue;
      }
      for (String gateway : reachOf(vif).gateways()) {
        interfacesByGateway.computeIfAbsent(gateway, g -> new ArrayList<>()).add(vif);
      }
    }
    this.unplacedInterface = unplaced;
  }

  /** The private and transit virtual interfaces, in input order. */
  public List<DxVirtualInterface> interfaces() {
    return network.all(DxVirtualInterface.class).stream()
        .filter(v -> v.vifKind() != DxVirtualInterface.Kind.PUBLIC)
        .toList();
  }

  /** What the interface rides on; empty when its connection is not known. */
  public Optional<Carrier> carrierOf(DxVirtualInterface vif) {
    Ref ref = vif.connection();
    String id = network.identity(ref);
    if (id == null) return Optional.empty();
    Optional<Element> target = network.resolve(ref);
    if (target.isPresent() && target.get() instanceof DxConnection c) {
      Optional<DxLag> lag = network.resolve(c.lag(), DxLag.class);
      if (lag.isPresent()) return Optional.of(lagCarrier(lag.get()));
      // a LAG outside the inputs or not known: the connection may have siblings
      boolean inLag = !c.lag().isAbsent();
      return Optional.of(new Carrier(c, id, false, List.of(), Set.of(id), !inLag));
    }
    if (target.isPresent() && target.get() instanceof DxLag lag) {
      return Optional.of(lagCarrier(lag));
    }
    if (target.isPresent()) return Optional.empty();
    // An ID from outside the inputs: a dedicated connection is one link; a LAG's size is unknown.
    String awsId = ref.awsId() == null ? "" : ref.awsId();
    boolean connection = awsId.startsWith("dxcon-");
    return Optional.of(new Carrier(null, id, awsId.startsWith("dxlag-"), List.of(),
        connection ? Set.of(id) : Set.of(), connection));
  }

  private Carrier lagCarrier(DxLag lag) {
    List<DxConnection> members = new ArrayList<>(membersByLag.getOrDefault(lag.key(), List.of()));
    members.sort(Names.DECLARED);
    Set<String> ids = new LinkedHashSet<>();
    members.forEach(m -> ids.add(m.key()));
    return new Carrier(lag, lag.key(), true, List.copyOf(members), Set.copyOf(ids),
        !members.isEmpty() && !lagMembershipUnknown);
  }

  /** The VGWs and TGWs the interface reaches. */
  public Reach reachOf(DxVirtualInterface vif) {
    if (vif.vifKind() == DxVirtualInterface.Kind.PUBLIC) {
      return new Reach(List.of(), List.of(), true);
    }
    if (vif.vpnGateway().isKnown()) {
      return new Reach(List.of(network.identity(vif.vpnGateway())), List.of(), true);
    }
    String dxGateway = network.identity(vif.dxGateway());
    if (dxGateway == null) {
      // both absent: a hosted interface whose gateway is chosen by the account that accepts it
      boolean hosted = vif.dxGateway().isAbsent() && vif.vpnGateway().isAbsent();
      return new Reach(List.of(), List.of(), hosted);
    }
    List<DxGatewayAssociation> via = new ArrayList<>(
        associationsByDxGateway.getOrDefault(dxGateway, List.of()));
    via.sort(Names.DECLARED);
    Set<String> gateways = new LinkedHashSet<>();
    // A Direct Connect gateway from outside the inputs may have associations outside them too.
    boolean complete = !via.isEmpty() && !associationOfUnknownDxGateway
        && network.resolve(vif.dxGateway()).isPresent();
    for (DxGatewayAssociation a : via) {
      String g = network.identity(a.associatedGateway());
      if (g == null) complete = false;
      else gateways.add(g);
    }
    return new Reach(List.copyOf(gateways), List.copyOf(via), complete);
  }

  /** The private and transit virtual interfaces known to reach a gateway, by declaration. */
  public List<DxVirtualInterface> interfacesTo(Element gateway) {
    List<DxVirtualInterface> out =
        new ArrayList<>(interfacesByGateway.getOrDefault(gateway.key(), List.of()));
    out.sort(Names.DECLARED);
    return out;
  }

  /**
   * True when more virtual interfaces than {@link #interfacesTo} may reach the gateway: one whose
   * gateway link is unknown, or one on a Direct Connect gateway associated with it that is unknown
   * or from outside the inputs.
   */
  public boolean mayBeReachedByOthers(Element gateway) {
    return unplacedInterface || gatewaysBehindHiddenDxGateway.contains(gateway.key());
  }

  /** Site-to-Site VPN connections that end on the gateway, by declaration. */
  public List<VpnConnection> vpnsTo(Element gateway) {
    List<VpnConnection> out = new ArrayList<>(network.vpnConnectionsTo(gateway));
    out.sort(Names.DECLARED);
    return out;
  }

  /** True when some VPN connection's gateway is unknown, so it may end on any gateway. */
  public boolean unplacedVpn() {
    return unplacedVpn;
  }

  /**
   * True when the element's ID is handed to a nested stack or application, where more virtual
   * interfaces, associations or VPN connections may be declared.
   */
  public boolean passedOut(Element e) {
    return passedOut.contains(e.key());
  }
}
