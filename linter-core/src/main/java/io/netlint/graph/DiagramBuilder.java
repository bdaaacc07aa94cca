package io.netlint.graph;

import io.netlint.graph.Diagram.Cluster;
import io.netlint.graph.Diagram.Edge;
import io.netlint.graph.Diagram.EdgeKind;
import io.netlint.graph.Diagram.Node;
import io.netlint.graph.Diagram.NodeKind;
import io.netlint.model.AutoScalingGroup;
import io.netlint.model.Cidr;
import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.ClientVpnEndpoint;
import io.netlint.model.CustomerGateway;
import io.netlint.model.DxConnection;
import io.netlint.model.DxGateway;
import io.netlint.model.DxGatewayAssociation;
import io.netlint.model.DxVirtualInterface;
import io.netlint.model.Element;
import io.netlint.model.EndpointService;
import io.netlint.model.ExternalReference;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.Instance;
import io.netlint.model.InternetGateway;
import io.netlint.model.NatGateway;
import io.netlint.model.Network;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RoutePropagation;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTableAssociation;
import io.netlint.model.RouteTarget;
import io.netlint.model.SecurityGroup;
import io.netlint.model.SecurityGroupRule;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.TgwPeeringAttachment;
import io.netlint.model.TgwRoute;
import io.netlint.model.TgwRouteTable;
import io.netlint.model.TgwRouteTableLink;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcCidrBlock;
import io.netlint.model.VpcEndpoint;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnGateway;
import io.netlint.rule.Finding;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the {@link Diagram} of a network and places findings on it. */
public final class DiagramBuilder {

  private static final String ON_PREMISES = "on-premises";
  /** {@code com.amazonaws.vpce.<region>.vpce-svc-...}: the region a service was created in. */
  private static final Pattern SERVICE_REGION =
      Pattern.compile("^com\\.amazonaws\\.vpce\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.vpce-svc-");
  /** The file part of a source key for a location outside the inputs; no path looks like it. */
  private static final String ELSEWHERE = "\u0001";

  private final Network network;
  private final GraphOptions options;
  private final Map<String, Cluster> clusters = new TreeMap<>();
  private final Map<String, MNode> nodes = new LinkedHashMap<>();
  private final List<MEdge> edges = new ArrayList<>();
  /** Model key (or external identity) to the node drawn for it. */
  private final Map<String, MNode> nodeByElement = new HashMap<>();
  private final Map<String, MEdge> edgeByElement = new HashMap<>();
  private int nextNode;
  private int nextEdge;
  /** The files the network was read from, normalised. */
  private Set<String> inputFiles = Set.of();

  private DiagramBuilder(Network network, GraphOptions options) {
    this.network = network;
    this.options = options;
  }

  /** Draws the network; findings are placed on the elements they name. */
  public static Diagram build(Network network, List<Finding> findings,
      Map<String, String> ruleNames, GraphOptions options) {
    DiagramBuilder b = new DiagramBuilder(network, options);
    b.addNodes();
    b.addEdges();
    b.place(findings);
    if (options.findingsOnly()) b.keepFindingsAndNeighbours();
    int collapsed = b.nodes.size() > options.collapseAbove() ? b.collapse() : 0;
    return b.finish(findings, ruleNames, collapsed);
  }

  private static final class MNode {
    String id;
    final NodeKind kind;
    final List<String> lines;
    final String cluster;
    final List<String> elements = new ArrayList<>();
    final Set<Integer> findings = new TreeSet<>();

    MNode(String id, NodeKind kind, List<String> lines, String cluster) {
      this.id = id;
      this.kind = kind;
      this.lines = lines;
      this.cluster = cluster;
    }
  }

  private static final class MEdge {
    String id;
    final EdgeKind kind;
    MNode from;
    MNode to;
    final List<String> lines;
    final List<String> elements = new ArrayList<>();
    final Set<Integer> findings = new TreeSet<>();

    MEdge(String id, EdgeKind kind, MNode from, MNode to, List<String> lines) {
      this.id = id;
      this.kind = kind;
      this.from = from;
      this.to = to;
      this.lines = lines;
    }
  }

  // ---- nodes

  private void addNodes() {
    for (Vpc v : network.all(Vpc.class)) {
      List<String> lines = new ArrayList<>();
      lines.add(v.name());
      List<String> cidrs = new ArrayList<>();
      for (Value<Cidr> c : network.cidrsOf(v)) {
        cidrs.add(c.isKnown() ? c.get().toString() : "CIDR not known");
      }
      lines.add("VPC " + (cidrs.isEmpty() ? "without CIDR" : String.join(", ", cidrs)));
      node(v, NodeKind.VPC, lines, regionCluster(v.region()));
    }
    if (options.subnets()) {
      for (Subnet s : network.all(Subnet.class)) {
        node(s, NodeKind.SUBNET, List.of(s.name(), "subnet " + text(s.cidr())
            + s.availabilityZone().map(z -> ", " + z).orElse("")), regionCluster(s.region()));
      }
    }
    for (TransitGateway t : network.all(TransitGateway.class)) {
      node(t, NodeKind.TRANSIT_GATEWAY, List.of(t.name(), "transit gateway"
          + asn(t.amazonSideAsn(), TransitGateway.DEFAULT_ASN)), regionCluster(t.region()));
    }
    for (VpnGateway g : network.all(VpnGateway.class)) {
      node(g, NodeKind.VPN_GATEWAY, List.of(g.name(), "VPN gateway"
          + asn(g.amazonSideAsn(), VpnGateway.DEFAULT_ASN)), regionCluster(g.region()));
    }
    for (DxGateway g : network.all(DxGateway.class)) {
      node(g, NodeKind.DX_GATEWAY, List.of(g.name(), "Direct Connect gateway"
          + asn(g.amazonSideAsn(), null)), null);
    }
    for (DxConnection c : network.all(DxConnection.class)) {
      node(c, NodeKind.DX_CONNECTION, List.of(c.name(), "Direct Connect "
          + String.join(", ", known(c.bandwidth(), c.location()))), cluster(ON_PREMISES,
          "on-premises"));
    }
    for (CustomerGateway g : network.all(CustomerGateway.class)) {
      List<String> facts = new ArrayList<>();
      if (g.bgpAsn().isKnown()) facts.add("ASN " + g.bgpAsn().get());
      if (g.ipAddress().isKnown()) facts.add(g.ipAddress().get());
      node(g, NodeKind.CUSTOMER_GATEWAY, List.of(g.name(), "customer gateway"
          + (facts.isEmpty() ? "" : " " + String.join(", ", facts))),
          cluster(ON_PREMISES, "on-premises"));
    }
    for (EndpointService s : network.all(EndpointService.class)) {
      node(s, NodeKind.ENDPOINT_SERVICE, List.of(s.name(), "endpoint service"),
          regionCluster(s.region()));
    }
    for (VpcEndpoint e : network.all(VpcEndpoint.class)) {
      if (e.typeOrDefault().equals("Gateway")) continue; // a route-table target, drawn as its VPC
      node(e, NodeKind.INTERFACE_ENDPOINT, List.of(e.name(), e.typeOrDefault().toLowerCase(
          java.util.Locale.ROOT).replace("gatewayloadbalancer", "gateway load balancer")
          + " endpoint"),
          regionCluster(e.region()));
    }
    for (ClientVpnEndpoint c : network.all(ClientVpnEndpoint.class)) {
      node(c, NodeKind.CLIENT_VPN, List.of(c.name(), "Client VPN " + text(c.clientCidr())),
          regionCluster(c.region()));
    }
  }

  private MNode node(Element e, NodeKind kind, List<String> lines, String cluster) {
    MNode n = new MNode("n" + ++nextNode, kind, lines, cluster);
    n.elements.add(e.key());
    nodes.put(n.id, n);
    nodeByElement.putIfAbsent(e.key(), n);
    return n;
  }

  /** A node for something a link names but the inputs do not declare. */
  private MNode external(String identity, List<String> lines, String cluster) {
    MNode n = nodeByElement.get(identity);
    if (n != null) return n;
    n = new MNode("n" + ++nextNode, NodeKind.EXTERNAL, lines, cluster);
    nodes.put(n.id, n);
    nodeByElement.put(identity, n);
    return n;
  }

  private String regionCluster(Value<String> region) {
    return region.isKnown() ? cluster("region:" + region.get(), region.get())
        : cluster("region:", "region not known");
  }

  private String cluster(String key, String label) {
    clusters.putIfAbsent(key, new Cluster("", label));
    return key;
  }

  // ---- edges

  private void addEdges() {
    for (VpcPeering p : network.all(VpcPeering.class)) {
      MNode a = nodeOf(p.requesterVpc());
      MNode b = nodeOf(p.accepterVpc());
      if (b == null && p.accepterVpc().isKnown()) {
        String region = p.peerRegion().orElse(p.region().orElse(null));
        String account = p.peerOwner().orElse(null);
        b = external(network.identity(p.accepterVpc()),
            List.of(p.accepterVpc().identity(), "VPC outside the inputs"),
            account == null ? regionCluster(Value.ofNullable(region))
                : cluster("account:" + account + ":" + (region == null ? "" : region),
                    "account " + account + (region == null ? "" : ", " + region)));
      }
      if (a != null && b != null) edge(p, EdgeKind.PEERING, a, b, List.of("peering " + p.name()));
    }
    Map<String, String> associations = new HashMap<>();
    for (TgwRouteTableLink l : network.all(TgwRouteTableLink.class)) {
      if (l.linkKind() != TgwRouteTableLink.Kind.ASSOCIATION) continue;
      String attachment = network.identity(l.attachment());
      String table = network.resolve(l.routeTable()).map(Element::name)
          .orElse(String.valueOf(l.routeTable()));
      if (attachment != null) associations.putIfAbsent(attachment, table);
    }
    for (TgwVpcAttachment a : network.all(TgwVpcAttachment.class)) {
      MNode tgw = nodeOf(a.transitGateway());
      MNode vpc = nodeOf(a.vpc());
      if (tgw == null || vpc == null) continue;
      String table = associations.get(a.key());
      if (table == null) {
        boolean tgwDefault = network.resolve(a.transitGateway(), TransitGateway.class)
            .map(t -> t.defaultRouteTableAssociation().orElse(true)).orElse(true);
        table = a.defaultAssociation().orElse(true) && tgwDefault ? "default route table"
            : "no route table";
      } else {
        table = "route table " + table;
      }
      edge(a, EdgeKind.TGW_ATTACHMENT, tgw, vpc, List.of(a.name(), table));
    }
    for (TgwPeeringAttachment p : network.all(TgwPeeringAttachment.class)) {
      MNode a = nodeOf(p.transitGateway());
      MNode b = nodeOf(p.peerTransitGateway());
      if (b == null && p.peerTransitGateway().isKnown()) {
        String region = p.peerRegion().orElse(null);
        String account = p.peerAccount().orElse(null);
        b = external(network.identity(p.peerTransitGateway()),
            List.of(p.peerTransitGateway().identity(), "transit gateway outside the inputs"),
            account == null ? regionCluster(Value.ofNullable(region))
                : cluster("account:" + account + ":" + (region == null ? "" : region),
                    "account " + account + (region == null ? "" : ", " + region)));
      }
      if (a != null && b != null) {
        edge(p, EdgeKind.TGW_PEERING, a, b, List.of("peering " + p.name()));
      }
    }
    for (VpnGateway g : network.all(VpnGateway.class)) {
      MNode from = nodeByElement.get(g.key());
      for (String vpc : network.vpcsAttachedTo(g)) {
        MNode to = nodeByElement.get(vpc);
        if (to != null) edge(null, EdgeKind.VGW_ATTACHMENT, from, to, List.of("attached"));
      }
    }
    for (VpnConnection v : network.all(VpnConnection.class)) {
      MNode cgw = nodeOf(v.customerGateway());
      if (cgw == null && v.customerGateway().isKnown()) {
        cgw = external(network.identity(v.customerGateway()),
            List.of(v.customerGateway().identity(), "customer gateway outside the inputs"),
            cluster(ON_PREMISES, "on-premises"));
      }
      MNode target = nodeOf(v.targetGateway());
      if (cgw == null || target == null) continue;
      // without StaticRoutesOnly a VPN connection uses BGP
      String routing = v.staticRoutesOnly().isUnknown() ? "routing not known"
          : v.isStatic() ? "static" : "BGP";
      edge(v, EdgeKind.VPN, cgw, target,
          List.of("VPN " + v.name(), routing + ", " + v.tunnels().size() + " tunnels"));
    }
    for (DxVirtualInterface vif : network.all(DxVirtualInterface.class)) {
      MNode from = nodeOf(vif.connection());
      if (from == null && vif.connection().isKnown()) {
        from = external(network.identity(vif.connection()),
            List.of(vif.connection().identity(), "Direct Connect connection outside the inputs"),
            cluster(ON_PREMISES, "on-premises"));
      }
      MNode to = nodeOf(vif.dxGateway().isKnown() ? vif.dxGateway() : vif.vpnGateway());
      if (from == null || to == null) continue;
      edge(vif, EdgeKind.DX_VIF, from, to, List.of(vif.vifKind().name().toLowerCase(
          java.util.Locale.ROOT) + " VIF " + vif.name()
          + vif.bgpAsn().map(a -> ", ASN " + a).orElse("")));
    }
    for (DxGatewayAssociation a : network.all(DxGatewayAssociation.class)) {
      MNode from = nodeOf(a.dxGateway());
      MNode to = nodeOf(a.associatedGateway());
      if (from == null || to == null) continue;
      List<String> prefixes = a.allowedPrefixes().stream().map(DiagramBuilder::text).toList();
      edge(a, EdgeKind.DX_ASSOCIATION, from, to, prefixes.isEmpty()
          ? List.of("association " + a.name())
          : List.of("association " + a.name(), "allowed " + String.join(", ", prefixes)));
    }
    addApplianceRoutes();
    for (VpcEndpoint e : network.all(VpcEndpoint.class)) {
      MNode endpoint = nodeByElement.get(e.key());
      if (endpoint == null) continue;
      MNode vpc = nodeOf(e.vpc());
      if (vpc != null) edge(null, EdgeKind.ENDPOINT_IN_VPC, vpc, endpoint, List.of());
      Optional<EndpointService> declared =
          network.resolve(e.endpointService(), EndpointService.class);
      MNode service = declared.map(s -> nodeByElement.get(s.key())).orElse(null);
      String serviceName = e.serviceName().orElse(null);
      Matcher m = serviceName == null ? null : SERVICE_REGION.matcher(serviceName);
      String nameRegion = m != null && m.find() ? m.group(1) : null;
      if (service == null && nameRegion != null) {
        service = external("service:" + serviceName, List.of(serviceName,
            "endpoint service outside the inputs"), regionCluster(Value.known(nameRegion)));
      }
      if (service == null) continue;
      String serviceRegion = e.serviceRegion().orElse(
          declared.flatMap(s -> s.region().asOptional()).orElse(nameRegion));
      boolean crossRegion = e.region().isKnown() && serviceRegion != null
          && !serviceRegion.equals(e.region().get());
      edge(null, crossRegion ? EdgeKind.ENDPOINT_SERVICE_CROSS_REGION : EdgeKind.ENDPOINT_SERVICE,
          endpoint, service, crossRegion
              ? List.of("cross-region " + e.region().get() + " to " + serviceRegion)
              : List.of());
    }
    Map<String, Set<MNode>> clientVpcs = new LinkedHashMap<>();
    for (ClientVpnEndpoint c : network.all(ClientVpnEndpoint.class)) {
      MNode vpc = nodeOf(c.vpc());
      if (vpc != null) clientVpcs.computeIfAbsent(c.key(), k -> new LinkedHashSet<>()).add(vpc);
    }
    for (ClientVpnAssociation a : network.all(ClientVpnAssociation.class)) {
      Optional<Element> endpoint = network.resolve(a.endpoint());
      MNode vpc = network.resolve(a.subnet(), Subnet.class).map(s -> nodeOf(s.vpc())).orElse(null);
      if (endpoint.isPresent() && vpc != null) {
        clientVpcs.computeIfAbsent(endpoint.get().key(), k -> new LinkedHashSet<>()).add(vpc);
      }
    }
    clientVpcs.forEach((key, vpcs) -> {
      for (MNode vpc : vpcs) {
        edge(null, EdgeKind.CLIENT_VPN, nodeByElement.get(key), vpc, List.of());
      }
    });
    if (options.subnets()) {
      for (Subnet s : network.all(Subnet.class)) {
        MNode vpc = nodeOf(s.vpc());
        if (vpc != null) edge(null, EdgeKind.SUBNET, vpc, nodeByElement.get(s.key()), List.of());
      }
    }
  }

  /** Routes whose target is an instance or its interface make that instance an appliance. */
  private void addApplianceRoutes() {
    Map<MNode, Map<MNode, List<String>>> routes = new LinkedHashMap<>();
    Map<MNode, Map<MNode, List<String>>> routeKeys = new LinkedHashMap<>();
    for (Route r : network.all(Route.class)) {
      RouteTarget t = r.target();
      if (t == null) continue;
      Element appliance = null;
      if (t.kind() == RouteTarget.Kind.INSTANCE) {
        appliance = network.resolve(t.target(), Instance.class).orElse(null);
      } else if (t.kind() == RouteTarget.Kind.NETWORK_INTERFACE) {
        NetworkInterface eni = network.resolve(t.target(), NetworkInterface.class).orElse(null);
        if (eni != null) {
          appliance = network.resolve(eni.instance(), Instance.class).<Element>map(i -> i)
              .orElse(eni);
        }
      }
      if (appliance == null) continue;
      MNode vpc = network.resolve(r.routeTable(), RouteTable.class)
          .map(rt -> nodeOf(rt.vpc())).orElse(null);
      if (vpc == null) continue;
      MNode node = nodeByElement.get(appliance.key());
      if (node == null) {
        Element a = appliance;
        node = node(a, NodeKind.APPLIANCE, List.of(a.name(), "appliance"), vpc.cluster);
      }
      String destination = r.destination().isAbsent()
          ? r.destinationPrefixList().orElse("prefix list") : text(r.destination());
      List<String> dests = routes.computeIfAbsent(vpc, k -> new LinkedHashMap<>())
          .computeIfAbsent(node, k -> new ArrayList<>());
      if (!dests.contains(destination)) dests.add(destination);
      routeKeys.computeIfAbsent(vpc, k -> new LinkedHashMap<>())
          .computeIfAbsent(node, k -> new ArrayList<>()).add(r.key());
    }
    routes.forEach((vpc, byAppliance) -> byAppliance.forEach((appliance, dests) -> {
      MEdge e = edge(null, EdgeKind.APPLIANCE_ROUTE, vpc, appliance,
          List.of("routes " + String.join(", ", dests)));
      e.elements.addAll(routeKeys.get(vpc).get(appliance));
    }));
  }

  private MEdge edge(Element e, EdgeKind kind, MNode from, MNode to, List<String> lines) {
    MEdge edge = new MEdge("e" + ++nextEdge, kind, from, to, lines);
    if (e != null) {
      edge.elements.add(e.key());
      edgeByElement.putIfAbsent(e.key(), edge);
    }
    edges.add(edge);
    return edge;
  }

  private MNode nodeOf(Ref ref) {
    String id = network.identity(ref);
    return id == null ? null : nodeByElement.get(id);
  }

  // ---- findings

  /** Places each finding on what its location names, else on what its related locations name. */
  private void place(List<Finding> findings) {
    Map<String, List<Element>> bySource = new HashMap<>();
    Set<String> inputs = new HashSet<>();
    Map<String, Set<String>> filesByResource = new HashMap<>();
    for (Element e : network.elements()) {
      bySource.computeIfAbsent(sourceKey(e.source().file(), e.source().resource()),
          k -> new ArrayList<>()).add(e);
      inputs.add(normalise(e.source().file()));
      if (e.source().resource() != null) {
        filesByResource.computeIfAbsent(e.source().resource(), k -> new TreeSet<>())
            .add(e.source().file());
      }
    }
    // A location in a file that is not an input (a .tf declaration a plan finding was moved to)
    // names its resource by its plan address: it is matched by that address when only one
    // input has it.
    for (String resource : filesByResource.keySet()) {
      Set<String> files = filesByResource.get(resource);
      if (files.size() == 1) {
        bySource.putIfAbsent(sourceKey(ELSEWHERE, resource),
            bySource.get(sourceKey(files.iterator().next(), resource)));
      }
    }
    this.inputFiles = inputs;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      // the other elements involved (the other VPC of an overlap) are drawn on as well
      Set<Object> items = new LinkedHashSet<>(itemsAt(f.location(), bySource));
      for (SourceRef related : f.related()) items.addAll(itemsAt(related, bySource));
      for (Object item : items) {
        if (item instanceof MNode n) {
          n.findings.add(i);
        } else if (item instanceof MEdge e) {
          e.findings.add(i);
        }
      }
    }
  }

  private List<Object> itemsAt(SourceRef where, Map<String, List<Element>> bySource) {
    if (where == null || where.resource() == null || where.resource().isEmpty()) return List.of();
    List<Object> items = new ArrayList<>();
    String file = inputFiles.contains(normalise(where.file())) ? where.file() : ELSEWHERE;
    for (Element e : bySource.getOrDefault(sourceKey(file, where.resource()), List.of())) {
      Object item = itemOf(e, 0);
      if (item != null && !items.contains(item)) items.add(item);
    }
    return items;
  }

  /** The node or edge an element is drawn as, or the one it belongs to (a route to its VPC). */
  private Object itemOf(Element e, int depth) {
    if (e == null || depth > 4) return null;
    MNode n = nodeByElement.get(e.key());
    if (n != null) return n;
    MEdge edge = edgeByElement.get(e.key());
    if (edge != null) return edge;
    Ref owner = ownerRef(e);
    if (owner == null) return null;
    String id = network.identity(owner);
    if (id != null && nodeByElement.containsKey(id)) return nodeByElement.get(id);
    return network.resolve(owner).map(o -> itemOf(o, depth + 1)).orElse(null);
  }

  private Ref ownerRef(Element e) {
    if (e instanceof Subnet s) return s.vpc();
    if (e instanceof RouteTable t) return t.vpc();
    if (e instanceof Route r) return r.routeTable();
    if (e instanceof RouteTableAssociation a) return a.routeTable();
    if (e instanceof RoutePropagation p) return p.routeTable();
    if (e instanceof VpcCidrBlock b) return b.vpc();
    if (e instanceof SecurityGroup g) return g.vpc();
    if (e instanceof SecurityGroupRule r) return r.group();
    if (e instanceof NatGateway g) return g.subnet();
    if (e instanceof InternetGateway g) return g.vpc();
    if (e instanceof GatewayAttachment a) {
      return network.resolve(a.gateway()).isPresent() ? a.gateway() : a.vpc();
    }
    if (e instanceof TgwRouteTable t) return t.transitGateway();
    if (e instanceof TgwRoute r) return r.routeTable();
    if (e instanceof TgwRouteTableLink l) return l.attachment();
    if (e instanceof VpnConnectionRoute r) return r.vpnConnection();
    if (e instanceof NetworkInterface i) return i.instance().isKnown() ? i.instance() : i.subnet();
    if (e instanceof Instance i) return i.subnet();
    if (e instanceof ClientVpnAssociation a) return a.endpoint();
    if (e instanceof VpcEndpoint v) return v.vpc();
    if (e instanceof AutoScalingGroup g) return g.subnets().isEmpty() ? null : g.subnets().get(0);
    if (e instanceof ExternalReference r) return r.target();
    return null;
  }

  private static String sourceKey(String file, String resource) {
    return normalise(file) + "\u0000" + resource;
  }

  private static String normalise(String file) {
    if (file == null) return "";
    try {
      return Path.of(file).normalize().toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      return file;
    }
  }

  // ---- selection

  private void keepFindingsAndNeighbours() {
    Set<MNode> flagged = new HashSet<>();
    for (MNode n : nodes.values()) if (!n.findings.isEmpty()) flagged.add(n);
    Set<MNode> keep = new HashSet<>(flagged);
    List<MEdge> kept = new ArrayList<>();
    for (MEdge e : edges) {
      if (!e.findings.isEmpty() || flagged.contains(e.from) || flagged.contains(e.to)) {
        keep.add(e.from);
        keep.add(e.to);
        kept.add(e);
      }
    }
    nodes.values().removeIf(n -> !keep.contains(n));
    edges.retainAll(kept);
  }

  /** Kinds that hang off one other node and can be folded into a count. */
  private static final Set<NodeKind> LEAF_KINDS = EnumSet.of(NodeKind.APPLIANCE,
      NodeKind.INTERFACE_ENDPOINT, NodeKind.CUSTOMER_GATEWAY, NodeKind.CLIENT_VPN,
      NodeKind.SUBNET, NodeKind.DX_CONNECTION);

  /**
   * Folds what has no finding into counts, so that a large estate stays readable. First each VPC
   * that hangs off one transit gateway (or off nothing), with the appliances, endpoints and other
   * leaves that hang off it alone, joins one group per gateway and cluster; then the leaves left
   * (customer gateways of one hub, appliances of one VPC) join one group per node and kind.
   * Anything with a finding, on itself or on an edge of it, stays as it is.
   *
   * @return how many nodes were folded
   */
  private int collapse() {
    int folded = 0;
    Map<MNode, List<MEdge>> incident = incidence();
    Map<List<Object>, List<MNode>> vpcGroups = new LinkedHashMap<>();
    Map<MNode, List<MNode>> leavesOf = new HashMap<>();
    for (MNode n : nodes.values()) {
      if (n.kind != NodeKind.VPC || !n.findings.isEmpty()) continue;
      MNode hub = null;
      boolean foldable = true;
      List<MNode> leaves = new ArrayList<>();
      for (MEdge e : incident.getOrDefault(n, List.of())) {
        MNode other = e.from == n ? e.to : e.from;
        if (!e.findings.isEmpty()) {
          foldable = false;
        } else if (quietLeaf(other, incident)) {
          leaves.add(other);
        } else if (e.kind != EdgeKind.TGW_ATTACHMENT || (hub != null && hub != other)) {
          foldable = false;
        } else {
          hub = other;
        }
        if (!foldable) break;
      }
      if (!foldable) continue;
      leavesOf.put(n, leaves);
      vpcGroups.computeIfAbsent(Arrays.asList(hub, n.cluster), k -> new ArrayList<>()).add(n);
    }
    for (Map.Entry<List<Object>, List<MNode>> g : vpcGroups.entrySet()) {
      List<MNode> members = g.getValue();
      if (members.size() < 2) continue;
      MNode hub = (MNode) g.getKey().get(0);
      List<MNode> gone = new ArrayList<>(members);
      Map<NodeKind, Integer> leafCounts = new TreeMap<>();
      for (MNode m : members) {
        for (MNode leaf : leavesOf.get(m)) {
          gone.add(leaf);
          leafCounts.merge(leaf.kind, 1, Integer::sum);
        }
      }
      List<String> lines = new ArrayList<>();
      lines.add(members.size() + " VPCs");
      lines.add(hub == null ? "not connected, no findings"
          : "attached to " + hub.lines.get(0) + ", no findings");
      if (!leafCounts.isEmpty()) {
        List<String> with = new ArrayList<>();
        leafCounts.forEach((kind, count) -> with.add(count + " " + plural(kind, count)));
        lines.add("with " + String.join(", ", with));
      }
      MNode group = fold(gone, members.get(0), lines, (String) g.getKey().get(1));
      if (hub != null) {
        edges.add(new MEdge("e" + ++nextEdge, EdgeKind.TGW_ATTACHMENT, hub, group,
            List.of(members.size() + " attachments")));
      }
      folded += gone.size();
    }
    incident = incidence();
    Map<List<Object>, List<MNode>> leafGroups = new LinkedHashMap<>();
    for (MNode n : nodes.values()) {
      if (!quietLeaf(n, incident)) continue;
      MEdge e = incident.get(n).get(0);
      MNode anchor = e.from == n ? e.to : e.from;
      leafGroups.computeIfAbsent(Arrays.asList(anchor, n.kind, e.kind, e.from == n, n.cluster),
          k -> new ArrayList<>()).add(n);
    }
    for (Map.Entry<List<Object>, List<MNode>> g : leafGroups.entrySet()) {
      List<MNode> members = g.getValue();
      if (members.size() < 2) continue;
      MNode anchor = (MNode) g.getKey().get(0);
      NodeKind kind = (NodeKind) g.getKey().get(1);
      EdgeKind edgeKind = (EdgeKind) g.getKey().get(2);
      boolean leafFirst = (Boolean) g.getKey().get(3);
      MNode group = fold(members, members.get(0), List.of(members.size() + " "
          + plural(kind, members.size()), "of " + anchor.lines.get(0) + ", no findings"),
          (String) g.getKey().get(4));
      String label = edgeKind.label() + " (" + members.size() + ")";
      edges.add(leafFirst
          ? new MEdge("e" + ++nextEdge, edgeKind, group, anchor, List.of(label))
          : new MEdge("e" + ++nextEdge, edgeKind, anchor, group, List.of(label)));
      folded += members.size();
    }
    return folded;
  }

  /** A node without findings whose only edge has none either, of a kind that folds. */
  private static boolean quietLeaf(MNode n, Map<MNode, List<MEdge>> incident) {
    List<MEdge> es = incident.getOrDefault(n, List.of());
    return LEAF_KINDS.contains(n.kind) && n.findings.isEmpty() && es.size() == 1
        && es.get(0).findings.isEmpty();
  }

  private Map<MNode, List<MEdge>> incidence() {
    Map<MNode, List<MEdge>> incident = new HashMap<>();
    for (MEdge e : edges) {
      incident.computeIfAbsent(e.from, k -> new ArrayList<>()).add(e);
      incident.computeIfAbsent(e.to, k -> new ArrayList<>()).add(e);
    }
    return incident;
  }

  /**
   * Replaces nodes by one group node, drawn where {@code first} was so that the order stays
   * stable; their edges go with them.
   */
  private MNode fold(List<MNode> members, MNode first, List<String> lines, String cluster) {
    MNode group = new MNode("n" + ++nextNode, NodeKind.GROUP, lines, cluster);
    Set<MNode> gone = new HashSet<>(members);
    for (MNode m : members) group.elements.addAll(m.elements);
    edges.removeIf(e -> gone.contains(e.from) || gone.contains(e.to));
    Map<String, MNode> reordered = new LinkedHashMap<>();
    for (MNode n : nodes.values()) {
      if (n == first) reordered.put(group.id, group);
      if (!gone.contains(n)) reordered.put(n.id, n);
    }
    nodes.clear();
    nodes.putAll(reordered);
    return group;
  }

  private static String plural(NodeKind kind, int count) {
    return count == 1 ? kind.label() : kind.label() + "s";
  }

  // ---- result

  private Diagram finish(List<Finding> findings, Map<String, String> ruleNames, int collapsed) {
    // Ids are numbered in drawing order, so that they stay short and stable for one input.
    Map<MNode, String> ids = new HashMap<>();
    Set<String> usedClusters = new LinkedHashSet<>();
    for (MNode n : nodes.values()) if (n.cluster != null) usedClusters.add(n.cluster);
    Map<String, String> clusterIds = new HashMap<>();
    List<Cluster> outClusters = new ArrayList<>();
    int c = 0;
    for (Map.Entry<String, Cluster> e : clusters.entrySet()) {
      if (!usedClusters.contains(e.getKey())) continue;
      String id = "c" + ++c;
      clusterIds.put(e.getKey(), id);
      outClusters.add(new Cluster(id, e.getValue().label()));
    }
    List<Node> outNodes = new ArrayList<>();
    int i = 0;
    for (MNode n : nodes.values()) {
      String id = "n" + ++i;
      ids.put(n, id);
      outNodes.add(new Node(id, n.kind, n.lines,
          Optional.ofNullable(n.cluster).map(clusterIds::get), n.elements,
          List.copyOf(n.findings)));
    }
    List<Edge> outEdges = new ArrayList<>();
    int j = 0;
    for (MEdge e : edges) {
      String id = "e" + ++j;
      outEdges.add(new Edge(id, e.kind, ids.get(e.from), ids.get(e.to), e.lines, e.elements,
          List.copyOf(e.findings)));
    }
    List<List<String>> outPlacement = new ArrayList<>();
    for (int f = 0; f < findings.size(); f++) outPlacement.add(new ArrayList<>());
    for (Node n : outNodes) for (int f : n.findings()) outPlacement.get(f).add(n.id());
    for (Edge e : outEdges) for (int f : e.findings()) outPlacement.get(f).add(e.id());
    return new Diagram(outClusters, outNodes, outEdges, findings, outPlacement, ruleNames,
        collapsed);
  }

  // ---- text

  private static String text(Value<?> v) {
    return v.isKnown() ? v.get().toString() : v.isUnknown() ? "not known" : "none";
  }

  private static String asn(Value<Long> asn, Long whenAbsent) {
    if (asn.isKnown()) return ", ASN " + asn.get();
    if (asn.isAbsent() && whenAbsent != null) return ", ASN " + whenAbsent;
    return "";
  }

  @SafeVarargs
  private static List<String> known(Value<String>... values) {
    List<String> out = new ArrayList<>();
    for (Value<String> v : values) if (v.isKnown()) out.add(v.get());
    return out;
  }
}
