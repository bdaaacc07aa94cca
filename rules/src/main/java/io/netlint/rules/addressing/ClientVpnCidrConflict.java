package io.netlint.rules.addressing;

import io.netlint.model.Cidr;
import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.ClientVpnEndpoint;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Subnet;
import io.netlint.model.Vpc;
import io.netlint.model.VpcPeering;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.TransitGatewayDomains;
import io.netlint.rules.analysis.VpnGateways;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * NET103. AWS Client VPN rules: the client CIDR must be a /12 to /22, must not overlap the CIDR of
 * the VPC its target subnets are in, and must not overlap any route of the endpoint's route table
 * (DOMAIN E.8; Client VPN guide, "Rules and best practices"). The networks clients reach through
 * the endpoint are the associated VPC's peers, the VPCs propagating into a transit gateway route
 * table the VPC is associated with, and the on-premises ranges of VPN connections on its virtual
 * private gateway. Each endpoint's one range is compared with each of those, so the work is
 * linear. Unknown ranges and links are skipped.
 */
@RuleInfo(
    id = "NET103",
    name = "client-vpn-cidr-conflict",
    summary = "A Client VPN endpoint's client CIDR must be a /12 to /22 that overlaps neither its"
        + " VPC nor a network its clients reach through it",
    severity = Severity.ERROR,
    tags = {"addressing", "client-vpn"})
public final class ClientVpnCidrConflict implements Rule {

  private static final int WIDEST_PREFIX = 12;
  private static final int NARROWEST_PREFIX = 22;

  /** A VPC the endpoint is associated with, and what associates it. */
  private record Associated(Vpc vpc, List<ClientVpnAssociation> associations,
      List<Subnet> subnets, boolean byVpcId) {}

  /** A network reached from the associated VPCs, and the hops that reach it from each. */
  private record Reached(Element network, String what, Map<String, List<String>> hops,
      List<Element> via) {}

  @Override
  public void check(Network network, RuleContext ctx) {
    Map<String, List<ClientVpnAssociation>> associations = network.groupBy(
        network.all(ClientVpnAssociation.class), ClientVpnAssociation::endpoint);
    List<TransitGatewayDomains.Domain> domains = null;
    List<VpnGateways.Gateway> vpnGateways = null;
    for (ClientVpnEndpoint endpoint : network.all(ClientVpnEndpoint.class)) {
      if (!endpoint.clientCidr().isKnown()) continue;
      Cidr client = endpoint.clientCidr().get();
      checkPrefix(endpoint, client, ctx);
      Map<String, Associated> associated = associated(network, endpoint,
          associations.getOrDefault(endpoint.key(), List.of()));
      for (Associated a : associated.values()) {
        checkAssociated(network, endpoint, client, a, ctx);
      }
      if (associated.isEmpty()) continue;
      if (domains == null) {
        domains = TransitGatewayDomains.of(network);
        vpnGateways = VpnGateways.of(network);
      }
      Map<String, Reached> reached = new LinkedHashMap<>();
      for (Associated a : associated.values()) {
        peers(network, a.vpc(), client, reached);
        transitGateways(network, domains, a.vpc(), client, reached);
        vpnRanges(vpnGateways, a.vpc(), client, reached);
      }
      for (Reached r : reached.values()) {
        if (!associated.containsKey(r.network().key())) report(endpoint, client, r, ctx);
      }
    }
  }

  private static void checkPrefix(ClientVpnEndpoint endpoint, Cidr client, RuleContext ctx) {
    int prefix = client.prefixLength();
    if (client.family() != Cidr.Family.IPV4
        || (prefix >= WIDEST_PREFIX && prefix <= NARROWEST_PREFIX)) {
      return;
    }
    String size = prefix < WIDEST_PREFIX ? "wider than /12" : "narrower than /22";
    ctx.report(endpoint, "Client VPN endpoint " + Names.quoted(endpoint) + " has client CIDR "
        + client.text() + ", a /" + prefix + " (" + size + "); AWS requires a client CIDR between"
        + " /12 and /22, so the endpoint cannot be created", List.of());
  }

  /** The VPCs of the endpoint's target subnets, and the VPC its VpcId names, by first mention. */
  private static Map<String, Associated> associated(Network network, ClientVpnEndpoint endpoint,
      List<ClientVpnAssociation> associations) {
    Map<String, Associated> out = new LinkedHashMap<>();
    network.resolve(endpoint.vpc(), Vpc.class).ifPresent(v ->
        out.put(v.key(), new Associated(v, new ArrayList<>(), new ArrayList<>(), true)));
    List<ClientVpnAssociation> ordered = new ArrayList<>(associations);
    ordered.sort(Names.DECLARED);
    for (ClientVpnAssociation a : ordered) {
      Optional<Subnet> subnet = network.resolve(a.subnet(), Subnet.class);
      Optional<Vpc> vpc = subnet.flatMap(s -> network.resolve(s.vpc(), Vpc.class));
      if (vpc.isEmpty()) continue;
      Associated entry = out.computeIfAbsent(vpc.get().key(),
          k -> new Associated(vpc.get(), new ArrayList<>(), new ArrayList<>(), false));
      entry.associations().add(a);
      entry.subnets().add(subnet.get());
    }
    return out;
  }

  private static void checkAssociated(Network network, ClientVpnEndpoint endpoint, Cidr client,
      Associated a, RuleContext ctx) {
    TreeSet<Cidr> overlapping = overlapping(network.knownCidrsOf(a.vpc()), client);
    if (overlapping.isEmpty()) return;
    String how;
    if (!a.subnets().isEmpty()) {
      how = (a.subnets().size() == 1 ? " through target subnet " : " through target subnets ")
          + a.subnets().stream().map(Names::quoted).collect(Collectors.joining(", "));
    } else {
      how = " by its " + (Names.isTerraform(endpoint) ? "vpc_id" : "VpcId");
    }
    List<Element> related = new ArrayList<>();
    related.add(a.vpc());
    related.addAll(a.associations());
    ctx.report(endpoint, "Client VPN endpoint " + Names.quoted(endpoint) + " has client CIDR "
        + client.text() + ", which overlaps VPC " + Names.quoted(a.vpc()) + " ("
        + Names.cidrs(overlapping) + "), the VPC it is associated with" + how + "; AWS does not"
        + " allow a client CIDR that overlaps the CIDR of the VPC its target subnets are in, so"
        + " the subnet association fails", related);
  }

  private static void peers(Network network, Vpc vpc, Cidr client, Map<String, Reached> out) {
    for (VpcPeering p : network.all(VpcPeering.class)) {
      String requester = network.identity(p.requesterVpc());
      String accepter = network.identity(p.accepterVpc());
      boolean isRequester = vpc.key().equals(requester);
      if (!isRequester && !vpc.key().equals(accepter)) continue;
      Optional<Vpc> other = network.resolve(isRequester ? p.accepterVpc() : p.requesterVpc(),
          Vpc.class);
      if (other.isEmpty() || other.get() == vpc) continue;
      TreeSet<Cidr> overlapping = overlapping(network.knownCidrsOf(other.get()), client);
      if (overlapping.isEmpty()) continue;
      add(out, other.get(), vpcText(other.get(), overlapping), vpc,
          "by peering " + Names.quoted(p), List.of(p));
    }
  }

  /**
   * Clients' traffic enters the transit gateway through the associated VPC's attachment, so it
   * follows the route table that attachment is associated with; the VPCs propagating into that
   * table are reachable.
   */
  private static void transitGateways(Network network, List<TransitGatewayDomains.Domain> domains,
      Vpc vpc, Cidr client, Map<String, Reached> out) {
    for (TransitGatewayDomains.Domain d : domains) {
      boolean uses = d.members().stream()
          .anyMatch(m -> m.vpc().key().equals(vpc.key()) && m.associated());
      if (!uses) continue;
      for (TransitGatewayDomains.Member m : d.members()) {
        if (!m.propagates() || m.vpc().key().equals(vpc.key())) continue;
        TreeSet<Cidr> overlapping = overlapping(network.knownCidrsOf(m.vpc()), client);
        if (overlapping.isEmpty()) continue;
        List<Element> via = new ArrayList<>();
        if (d.gateway() != null) via.add(d.gateway());
        if (d.table() != null) via.add(d.table());
        String table = d.isDefault() ? "default route table" : "route table " + d.tableName();
        add(out, m.vpc(), vpcText(m.vpc(), overlapping), vpc,
            "through transit gateway " + d.gatewayName() + " (" + table + ")", via);
      }
    }
  }

  /** On-premises ranges behind a virtual private gateway attached to the VPC. */
  private static void vpnRanges(List<VpnGateways.Gateway> gateways, Vpc vpc, Cidr client,
      Map<String, Reached> out) {
    for (VpnGateways.Gateway g : gateways) {
      if (!g.virtualPrivate() || !g.vpcs().contains(vpc)) continue;
      for (VpnGateways.Range r : g.ranges()) {
        if (!r.cidr().overlaps(client)) continue;
        String source = r.isStaticRoute() ? "static route " + Names.quoted(r.source())
            : Names.isTerraform(r.connection()) ? "local_ipv4_network_cidr"
            : "LocalIpv4NetworkCidr";
        List<Element> via = new ArrayList<>();
        via.add(r.connection());
        if (g.element() != null) via.add(g.element());
        add(out, r.source(), "on-premises range " + r.cidr().text() + " of VPN connection "
            + Names.quoted(r.connection()) + " (" + source + ")", vpc,
            "through virtual private gateway " + g.name(), via);
      }
    }
  }

  private static void add(Map<String, Reached> out, Element network, String what, Vpc from,
      String hop, List<Element> via) {
    Reached r = out.computeIfAbsent(network.key(),
        k -> new Reached(network, what, new LinkedHashMap<>(), new ArrayList<>()));
    List<String> hops = r.hops().computeIfAbsent(Names.quoted(from), k -> new ArrayList<>());
    if (!hops.contains(hop)) hops.add(hop);
    for (Element e : via) {
      if (!r.via().contains(e)) r.via().add(e);
    }
  }

  private static void report(ClientVpnEndpoint endpoint, Cidr client, Reached r,
      RuleContext ctx) {
    List<Element> related = new ArrayList<>();
    related.add(r.network());
    related.addAll(r.via());
    String kind = r.network() instanceof Vpc ? "that VPC" : "that network";
    List<String> paths = new ArrayList<>();
    r.hops().forEach((from, hops) -> paths.add("from its VPC " + from + " "
        + String.join(" and ", hops)));
    ctx.report(endpoint, "Client VPN endpoint " + Names.quoted(endpoint) + " has client CIDR "
        + client.text() + ", which overlaps " + r.what() + ", reachable "
        + String.join(" and ", paths) + "; the endpoint's route table cannot hold a route"
        + " that overlaps the client CIDR, so its clients cannot reach " + kind, related);
  }

  private static String vpcText(Vpc vpc, TreeSet<Cidr> overlapping) {
    return "VPC " + Names.quoted(vpc) + " (" + Names.cidrs(overlapping) + ")";
  }

  private static TreeSet<Cidr> overlapping(List<Cidr> cidrs, Cidr client) {
    TreeSet<Cidr> out = new TreeSet<>(Cidr.ORDER);
    for (Cidr c : cidrs) {
      if (c.overlaps(client)) out.add(c);
    }
    return out;
  }
}
