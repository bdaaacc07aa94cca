package io.netlint.rules.pattern;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.GatewayAttachment;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Vpc;
import io.netlint.model.VpnGateway;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.ApplianceRoutes;
import io.netlint.rules.analysis.ApplianceRoutes.Hop;
import io.netlint.rules.analysis.Appliances;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.Peerings;
import io.netlint.rules.analysis.TransitGatewayAttachments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A transit VPC: a hub VPC whose EC2 appliances carry traffic to two or more spoke VPCs that reach
 * the hub over VPN. The evidence is in route tables: the hub routes a spoke's range (or part of
 * it) through an appliance of the hub, and the spoke has a VPN gateway of its own (a virtual
 * private gateway, or an appliance its routes send part of the hub's range through). Spokes that
 * peering or a shared transit gateway joins to the hub are left out: there the appliance may just
 * be an inspection hop. VPN connections whose customer gateway is a hub instance cannot be
 * recognised (the model does not tie a customer gateway's address to an instance), so they add
 * nothing.
 */
@RuleInfo(
    id = "NET801",
    name = "transit-vpc-pattern",
    summary = "A hub VPC of EC2 VPN appliances connecting spoke VPCs is what a transit gateway"
        + " does as a managed service",
    severity = Severity.INFO,
    tags = {"pattern", "transit", "appliance"})
public final class TransitVpcPattern implements Rule {

  private static final int MIN_SPOKES = 2;

  @Override
  public void check(Network network, RuleContext ctx) {
    Appliances appliances = network.derived(Appliances.class, Appliances::new);
    List<Hop> hops = ApplianceRoutes.of(network, appliances);
    Set<String> joined = directlyJoined(network);
    RangeIndex ranges = new RangeIndex(network);
    Map<String, List<Hop>> hopsByVpc = new HashMap<>();
    for (Hop hop : hops) {
      if (hop.vpc() != null) hopsByVpc.computeIfAbsent(hop.vpc(), k -> new ArrayList<>()).add(hop);
    }

    // hub VPC identity -> spoke VPC key -> evidence
    Map<String, Map<String, Spoke>> hubs = new TreeMap<>();
    // "hub\nspoke" -> the spoke's VPN gateways towards that hub
    Map<String, List<Element>> gatewaysByPair = new HashMap<>();
    for (Hop hop : hops) {
      if (hop.vpc() == null || hop.appliance().isEmpty() || hop.destination().isEmpty()
          || hop.destination().get().cidr() == null) {
        continue;
      }
      Cidr destination = hop.destination().get().cidr();
      for (Vpc spoke : ranges.vpcsContaining(destination)) {
        if (spoke.key().equals(hop.vpc()) || joined.contains(pair(hop.vpc(), spoke.key()))) {
          continue;
        }
        String hub = hop.vpc();
        List<Element> gateways = gatewaysByPair.computeIfAbsent(hub + "\n" + spoke.key(),
            k -> vpnGatewaysOf(network, hopsByVpc.getOrDefault(spoke.key(), List.of()), spoke,
                hub));
        if (gateways.isEmpty()) continue;
        Spoke s = hubs.computeIfAbsent(hop.vpc(), k -> new TreeMap<>())
            .computeIfAbsent(spoke.key(), k -> new Spoke(spoke, gateways));
        s.add(hop.appliance().get(), destination);
      }
    }
    hubs.forEach((hub, spokes) -> {
      if (spokes.size() >= MIN_SPOKES) report(network, ctx, hub, List.copyOf(spokes.values()));
    });
  }

  /** What makes a VPC a spoke of a hub: its VPN gateways, the hub appliances and ranges. */
  private static final class Spoke {
    final Vpc vpc;
    final List<Element> gateways;
    final List<Element> appliances = new ArrayList<>();
    final List<Cidr> destinations = new ArrayList<>();

    Spoke(Vpc vpc, List<Element> gateways) {
      this.vpc = vpc;
      this.gateways = gateways;
    }

    void add(Element appliance, Cidr destination) {
      if (!appliances.contains(appliance)) appliances.add(appliance);
      if (destinations.stream().noneMatch(destination::sameRange)) destinations.add(destination);
    }
  }

  /**
   * The known ranges of every VPC, by prefix length: the VPCs that hold a range are then found
   * with one binary search per prefix length in use, not a pass over every VPC, which keeps the
   * rule linear on estates of thousands of VPCs.
   */
  private static final class RangeIndex {
    private record Entry(Cidr cidr, int order, Vpc vpc) {}

    private final Map<Integer, List<Entry>> byPrefix = new TreeMap<>();

    RangeIndex(Network network) {
      List<Vpc> vpcs = network.all(Vpc.class);
      for (int i = 0; i < vpcs.size(); i++) {
        for (Cidr c : network.knownCidrsOf(vpcs.get(i))) {
          byPrefix.computeIfAbsent(c.prefixLength(), k -> new ArrayList<>())
              .add(new Entry(c, i, vpcs.get(i)));
        }
      }
      byPrefix.values().forEach(l -> l.sort(Comparator.comparing(Entry::cidr, Cidr.ORDER)));
    }

    /** The VPCs with a range that holds {@code range}, each once, in input order. */
    List<Vpc> vpcsContaining(Cidr range) {
      TreeMap<Integer, Vpc> found = new TreeMap<>();
      for (List<Entry> entries : byPrefix.values()) {
        if (entries.get(0).cidr().prefixLength() > range.prefixLength()) break;
        // Ranges of one length are equal or disjoint: the holder, if any, is the last one that
        // starts at or before the range, and the equal ones just before it.
        int lo = 0;
        int hi = entries.size();
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (Cidr.ORDER.compare(entries.get(mid).cidr(), range) <= 0) lo = mid + 1;
          else hi = mid;
        }
        for (int i = lo - 1; i >= 0 && entries.get(i).cidr().contains(range); i--) {
          found.put(entries.get(i).order(), entries.get(i).vpc());
        }
      }
      return List.copyOf(found.values());
    }
  }

  /**
   * The spoke's own VPN gateways: virtual private gateways attached to it, and appliances of the
   * spoke that its routes send (part of) the hub's range through.
   */
  private static List<Element> vpnGatewaysOf(Network network, List<Hop> spokeHops, Vpc spoke,
      String hub) {
    List<Element> out = new ArrayList<>();
    for (VpnGateway g : network.all(VpnGateway.class)) {
      if (network.vpcsAttachedTo(g).contains(spoke.key())) out.add(g);
    }
    for (GatewayAttachment a : network.all(GatewayAttachment.class)) {
      // A VGW outside the inputs, attached by its ID.
      boolean vgw = network.resolve(a.gateway()).isEmpty() && a.gateway().awsId() != null
          && a.gateway().awsId().startsWith("vgw-");
      if (vgw && spoke.key().equals(network.identity(a.vpc())) && !out.contains(a)) out.add(a);
    }
    Optional<Vpc> hubVpc = network.byKey(hub).filter(Vpc.class::isInstance).map(Vpc.class::cast);
    if (hubVpc.isPresent()) {
      List<Cidr> hubRanges = network.knownCidrsOf(hubVpc.get());
      for (Hop h : spokeHops) {
        if (h.appliance().isEmpty() || h.destination().isEmpty()
            || h.destination().get().cidr() == null) {
          continue;
        }
        Cidr d = h.destination().get().cidr();
        Element router = h.appliance().get();
        if (hubRanges.stream().anyMatch(c -> c.contains(d)) && !out.contains(router)) {
          out.add(router);
        }
      }
    }
    out.sort(Names.DECLARED);
    return out;
  }

  /** VPC pairs joined by peering or attached to one transit gateway. */
  private static Set<String> directlyJoined(Network network) {
    Set<String> out = new HashSet<>();
    for (Peerings.Peering p : network.derived(Peerings.class, Peerings::new).all()) {
      if (p.joinsTwoVpcs()) out.add(pair(p.requester().identity(), p.accepter().identity()));
    }
    for (TransitGatewayAttachments.Gateway g : TransitGatewayAttachments.of(network)) {
      List<String> vpcs = g.vpcAttachments().stream()
          .map(a -> network.identity(a.vpc())).filter(v -> v != null).distinct().toList();
      for (String a : vpcs) {
        for (String b : vpcs) {
          if (!a.equals(b)) out.add(pair(a, b));
        }
      }
    }
    return out;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
  }

  private static void report(Network network, RuleContext ctx, String hub, List<Spoke> spokes) {
    List<Spoke> sorted = new ArrayList<>(spokes);
    sorted.sort((a, b) -> Names.DECLARED.compare(a.vpc, b.vpc));
    List<Element> hubAppliances = new ArrayList<>();
    for (Spoke s : sorted) {
      s.appliances.forEach(a -> {
        if (!hubAppliances.contains(a)) hubAppliances.add(a);
      });
    }
    hubAppliances.sort(Names.DECLARED);
    Optional<Vpc> hubVpc = network.byKey(hub).filter(Vpc.class::isInstance).map(Vpc.class::cast);
    String hubName = hubVpc.map(v -> "VPC " + Names.quoted(v))
        .orElse("VPC " + (hub.startsWith("aws:") ? hub.substring(4) : hub));
    String applianceText = (hubAppliances.size() == 1 ? "its appliance, " : "its appliances, ")
        + names(hubAppliances) + (hubAppliances.size() == 1 ? ", routes" : ", route");
    String spokeText = sorted.stream().map(TransitVpcPattern::describe)
        .collect(Collectors.joining("; "));
    String message = hubName + " looks like a transit VPC: " + applianceText + " traffic for "
        + sorted.size() + " other VPCs, each with a VPN gateway of its own: " + spokeText
        + ". A transit gateway now does this as a managed, highly available regional router,"
        + " without appliances to run, scale and fail over; consider attaching the spokes to one";
    List<Element> related = new ArrayList<>(hubAppliances);
    for (Spoke s : sorted) {
      related.add(s.vpc);
      related.addAll(s.gateways);
    }
    ctx.report(hubVpc.map(Element.class::cast).orElse(hubAppliances.get(0)), message, related);
  }

  /** "instance 'A'", "instances 'A', 'B'", or each with its kind when kinds are mixed. */
  private static String names(List<Element> group) {
    boolean instances = group.stream().allMatch(Instance.class::isInstance);
    boolean interfaces = group.stream().allMatch(NetworkInterface.class::isInstance);
    if (!instances && !interfaces) {
      return group.stream().map(Appliances::describe).collect(Collectors.joining(", "));
    }
    String kind = instances ? "instance" : "network interface";
    return kind + (group.size() == 1 ? " " : "s ")
        + group.stream().map(Names::quoted).collect(Collectors.joining(", "));
  }

  private static String describe(Spoke s) {
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    for (Element g : s.gateways) {
      String kind = g instanceof VpnGateway || g instanceof GatewayAttachment
          ? "virtual private gateway" : "appliance";
      String name = g instanceof GatewayAttachment a ? "'" + a.gateway().awsId() + "'"
          : Names.quoted(g);
      kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
    }
    String gateways = kinds.entrySet().stream()
        .map(e -> e.getKey() + (e.getValue().size() == 1 ? " " : "s ")
            + String.join(", ", e.getValue()))
        .collect(Collectors.joining(", "));
    return Names.quoted(s.vpc) + " (" + s.destinations.stream().map(Cidr::canonical)
        .collect(Collectors.joining(", ")) + ", " + gateways + ")";
  }
}
