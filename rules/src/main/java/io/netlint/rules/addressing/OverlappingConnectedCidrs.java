package io.netlint.rules.addressing;

import io.netlint.rules.analysis.TransitGatewayDomains;
import io.netlint.rules.analysis.VpnGateways;
import io.netlint.rules.analysis.Names;
import io.netlint.model.Cidr;
import io.netlint.model.CidrOverlaps;
import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Vpc;
import io.netlint.model.VpcPeering;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.VpnGateways.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * NET101. Overlap is looked for only inside each connection domain (a peering, a TGW route table,
 * a VPN gateway), with a sweep over that domain's ranges; VPCs are never compared all-pairs, and
 * two VPCs that merely share a third one are not connected (peering is not transitive). Unknown
 * ranges are skipped. Client VPN is NET103's.
 */
@RuleInfo(
    id = "NET101",
    name = "overlapping-connected-cidrs",
    summary = "Networks that are connected must not have overlapping IP ranges",
    severity = Severity.ERROR,
    tags = {"addressing", "peering", "transit-gateway", "vpn"})
public final class OverlappingConnectedCidrs implements Rule {

  private record Tagged(Vpc vpc, Range range, Cidr cidr) {}

  private record MemberCidr(TransitGatewayDomains.Member member, Cidr cidr) {}

  @Override
  public void check(Network network, RuleContext ctx) {
    ConnectedVpcPairs pairs = new ConnectedVpcPairs();
    peerings(network, pairs);
    transitGateways(network, pairs);
    pairs.report(ctx);
    vpnGateways(network, ctx);
  }

  private static void peerings(Network network, ConnectedVpcPairs pairs) {
    for (VpcPeering peering : network.all(VpcPeering.class)) {
      Optional<Vpc> a = network.resolve(peering.requesterVpc(), Vpc.class);
      Optional<Vpc> b = network.resolve(peering.accepterVpc(), Vpc.class);
      if (a.isEmpty() || b.isEmpty() || a.get().key().equals(b.get().key())) continue;
      List<Tagged> items = new ArrayList<>();
      // AWS compares every block, IPv4 and IPv6 (DOMAIN E.5).
      for (Vpc vpc : List.of(a.get(), b.get())) {
        for (Cidr c : network.knownCidrsOf(vpc)) items.add(new Tagged(vpc, null, c));
      }
      for (CidrOverlaps.Pair<Tagged> p : CidrOverlaps.find(items, Tagged::cidr)) {
        if (p.first().vpc() != p.second().vpc()) {
          pairs.peering(peering, p.first().vpc(), p.firstCidr(), p.second().vpc(), p.secondCidr());
        }
      }
    }
  }

  /**
   * Two VPCs share a route domain when one propagates into a TGW route table that the other is
   * associated with or also propagates into. Only IPv4 is compared: IPv6 on an attachment is off
   * unless enabled, and the model does not say whether it is.
   */
  private static void transitGateways(Network network, ConnectedVpcPairs pairs) {
    for (TransitGatewayDomains.Domain domain : TransitGatewayDomains.of(network)) {
      List<MemberCidr> items = new ArrayList<>();
      for (TransitGatewayDomains.Member m : domain.members()) {
        for (Cidr c : network.knownCidrsOf(m.vpc())) {
          if (c.family() == Cidr.Family.IPV4) items.add(new MemberCidr(m, c));
        }
      }
      for (CidrOverlaps.Pair<MemberCidr> p : CidrOverlaps.find(items, MemberCidr::cidr)) {
        TransitGatewayDomains.Member a = p.first().member();
        TransitGatewayDomains.Member b = p.second().member();
        if (a.vpc() == b.vpc() || !(a.propagates() || b.propagates())) continue;
        boolean direct = a.associated() && b.propagates() || b.associated() && a.propagates();
        pairs.transitGateway(domain, direct, a.vpc(), p.firstCidr(), b.vpc(), p.secondCidr());
      }
    }
  }

  private static void vpnGateways(Network network, RuleContext ctx) {
    Map<String, VpnFinding> vpn = new TreeMap<>();
    Map<String, CloudHubFinding> cloudHub = new TreeMap<>();
    for (VpnGateways.Gateway g : VpnGateways.of(network)) {
      List<Tagged> items = new ArrayList<>();
      for (Range r : g.ranges()) items.add(new Tagged(null, r, r.cidr()));
      for (Vpc vpc : g.vpcs()) {
        for (Cidr c : network.knownCidrsOf(vpc)) items.add(new Tagged(vpc, null, c));
      }
      for (CidrOverlaps.Pair<Tagged> p : CidrOverlaps.find(items, Tagged::cidr)) {
        Tagged a = p.first();
        Tagged b = p.second();
        if (a.range() != null && b.range() != null) {
          if (g.virtualPrivate() && differentSites(network, a.range(), b.range())) {
            boolean aFirst = Names.DECLARED.compare(a.range().source(), b.range().source()) <= 0;
            Range first = aFirst ? a.range() : b.range();
            Range second = aFirst ? b.range() : a.range();
            cloudHub.putIfAbsent(first.source().key() + "\n" + second.source().key(),
                new CloudHubFinding(g, first, second));
          }
        } else if (a.range() != null || b.range() != null) {
          Range range = a.range() != null ? a.range() : b.range();
          Vpc vpc = a.vpc() != null ? a.vpc() : b.vpc();
          vpn.computeIfAbsent(range.source().key() + "\n" + vpc.key(),
              k -> new VpnFinding(g, range, vpc, new TreeSet<>(Cidr.ORDER))).vpcCidrs()
              .add(a.vpc() != null ? a.cidr() : b.cidr());
        }
      }
    }
    for (VpnFinding f : vpn.values()) f.report(ctx);
    for (CloudHubFinding f : cloudHub.values()) f.report(ctx);
  }

  /**
   * Two connections on one VGW are different sites unless they share a customer gateway (device)
   * or advertise the very same range: a second device at one site should advertise the same
   * ranges (DOMAIN E.1), which is redundancy, not a CloudHub conflict.
   */
  private static boolean differentSites(Network network, Range a, Range b) {
    if (a.connection() == b.connection() || a.cidr().sameRange(b.cidr())) return false;
    String cgwA = network.identity(a.connection().customerGateway());
    String cgwB = network.identity(b.connection().customerGateway());
    if (cgwA == null || cgwB == null || cgwA.equals(cgwB)) return false;
    Optional<CustomerGateway> ga =
        network.resolve(a.connection().customerGateway(), CustomerGateway.class);
    Optional<CustomerGateway> gb =
        network.resolve(b.connection().customerGateway(), CustomerGateway.class);
    boolean sameDevice = ga.isPresent() && gb.isPresent() && ga.get().ipAddress().isKnown()
        && ga.get().ipAddress().equals(gb.get().ipAddress());
    return !sameDevice;
  }

  private static String describe(Range r) {
    String what = r.isStaticRoute()
        ? "static route " + Names.quoted(r.source())
        : (Names.isTerraform(r.connection()) ? "local_ipv4_network_cidr" : "LocalIpv4NetworkCidr");
    return r.cidr().text() + " of VPN connection " + Names.quoted(r.connection()) + " (" + what
        + ")";
  }

  private static String gatewayKind(VpnGateways.Gateway g) {
    return g.virtualPrivate() ? "virtual private gateway " : "transit gateway ";
  }

  private static List<Element> related(Element... elements) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements) {
      if (e != null && !out.contains(e)) out.add(e);
    }
    return out;
  }

  private record VpnFinding(VpnGateways.Gateway gateway, Range range, Vpc vpc,
      TreeSet<Cidr> vpcCidrs) {
    void report(RuleContext ctx) {
      String message = "On-premises range " + describe(range) + " overlaps VPC "
          + Names.quoted(vpc) + " (" + Names.cidrs(vpcCidrs) + "), which the connection reaches"
          + " through " + gatewayKind(gateway) + gateway.name() + "; the VPC's local route takes"
          + " precedence, so on-premises hosts in the overlap are unreachable from the VPC";
      ctx.report(range.source(), message,
          related(vpc, range.connection(), gateway.element()));
    }
  }

  private record CloudHubFinding(VpnGateways.Gateway gateway, Range range, Range other) {
    void report(RuleContext ctx) {
      String message = "On-premises range " + describe(range) + " overlaps range "
          + describe(other) + ", and both sites connect to " + gatewayKind(gateway)
          + gateway.name() + " (VPN CloudHub); CloudHub requires sites with non-overlapping"
          + " ranges, so traffic for the overlap reaches only one of them";
      ctx.report(range.source(), message,
          related(other.source(), range.connection(), other.connection(), gateway.element()));
    }
  }
}
