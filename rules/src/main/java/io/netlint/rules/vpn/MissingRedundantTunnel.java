package io.netlint.rules.vpn;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.SourceRef;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnGateway;
import io.netlint.model.VpnTunnel;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The second tunnel of a VPN connection is not really configured: options for one tunnel only, or
 * options that differ between the tunnels. Inside CIDRs that AWS rejects (not a link-local /30, a
 * reserved block, shared by both tunnels or by two connections on one VGW) are errors.
 */
@RuleInfo(
    id = "NET202",
    name = "missing-redundant-tunnel",
    summary = "A Site-to-Site VPN connection should configure both of its tunnels alike",
    severity = Severity.WARNING,
    tags = {"vpn", "availability"})
public final class MissingRedundantTunnel implements Rule {

  private static final Cidr LINK_LOCAL = Cidr.of("169.254.0.0/16");
  private static final List<Cidr> RESERVED = List.of(
      Cidr.of("169.254.0.0/30"), Cidr.of("169.254.1.0/30"), Cidr.of("169.254.2.0/30"),
      Cidr.of("169.254.3.0/30"), Cidr.of("169.254.4.0/30"), Cidr.of("169.254.5.0/30"),
      Cidr.of("169.254.169.252/30"));
  private static final String PRE_SHARED_KEY = "PreSharedKey";
  /** AWS defaults documented for options a tunnel may leave unset (Site-to-Site VPN guide). */
  private static final Map<String, String> AWS_DEFAULTS = Map.of(
      "Phase1LifetimeSeconds", "28800",
      "Phase2LifetimeSeconds", "3600",
      "DPDTimeoutAction", "clear",
      "DPDTimeoutSeconds", "30",
      "StartupAction", "add");

  private static final Comparator<Element> BY_SOURCE =
      Comparator.comparing(Element::source, SourceRef.ORDER).thenComparing(Element::key);

  @Override
  public void check(Network network, RuleContext ctx) {
    List<VpnConnection> connections = new ArrayList<>(network.all(VpnConnection.class));
    connections.sort(BY_SOURCE);
    for (VpnConnection c : connections) {
      checkOptions(c, ctx);
      checkInsideCidrs(c, ctx);
    }
    checkUniquePerVgw(network, connections, ctx);
  }

  private static void checkOptions(VpnConnection c, RuleContext ctx) {
    VpnTunnel t1 = c.tunnels().get(0);
    VpnTunnel t2 = c.tunnels().get(1);
    if (t1.specified() != t2.specified()) {
      int given = t1.specified() ? 1 : 2;
      VpnTunnel only = t1.specified() ? t1 : t2;
      List<String> names = optionNames(only);
      ctx.report(c, "VPN connection '" + c.name() + "' gives tunnel options for tunnel " + given
          + " only" + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")")
          + "; tunnel " + (3 - given)
          + " runs on AWS defaults, so failover lands on a tunnel the customer gateway may never"
          + " negotiate. Give both tunnels the same options", List.of());
      return;
    }
    if (!t1.specified() || opaque(t1) || opaque(t2)) return;
    List<String> differences = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(t1.options().keySet());
    names.addAll(t2.options().keySet());
    for (String name : names) {
      if (!compared(name)) continue;
      String v1 = t1.options().get(name);
      String v2 = t2.options().get(name);
      if (isUnknown(v1) || isUnknown(v2)) continue;
      if (name.equals(PRE_SHARED_KEY)) {
        // Keys differ per tunnel by design; only a key given for one tunnel alone is asymmetric.
        if ((v1 == null) != (v2 == null)) {
          differences.add(PRE_SHARED_KEY + " is " + keyText(v1) + " on tunnel 1 but "
              + keyText(v2) + " on tunnel 2");
        }
        continue;
      }
      String d = AWS_DEFAULTS.get(name);
      String e1 = v1 == null ? d : v1;
      String e2 = v2 == null ? d : v2;
      if (!Objects.equals(e1, e2)) {
        differences.add(name + " is " + valueText(v1, d) + " on tunnel 1 but " + valueText(v2, d)
            + " on tunnel 2");
      }
    }
    if (!differences.isEmpty()) {
      ctx.report(c, "VPN connection '" + c.name() + "' configures its two tunnels differently: "
          + String.join("; ", differences) + "; failover lands on a tunnel that may never"
          + " negotiate with the customer gateway. Give both tunnels the same options", List.of());
    }
  }

  private static void checkInsideCidrs(VpnConnection c, RuleContext ctx) {
    for (int i = 0; i < 2; i++) {
      Cidr cidr = inside(c, i);
      if (cidr == null) continue;
      String where = "VPN connection '" + c.name() + "' tunnel " + (i + 1) + " inside CIDR "
          + cidr.text();
      if (!isLinkLocalSlash30(cidr)) {
        ctx.report(c, Severity.ERROR, where + " is not a /30 in 169.254.0.0/16; AWS rejects it",
            List.of());
      } else if (isReserved(cidr)) {
        ctx.report(c, Severity.ERROR, where + " is a reserved block (169.254.0.0/30 to"
            + " 169.254.5.0/30 and 169.254.169.252/30); AWS rejects it", List.of());
      }
    }
    Cidr a = inside(c, 0);
    Cidr b = inside(c, 1);
    if (a != null && b != null && a.sameRange(b)) {
      ctx.report(c, Severity.ERROR, "VPN connection '" + c.name() + "' uses inside CIDR "
          + a.text() + " for both tunnels; the tunnels would get the same inside addresses and"
          + " BGP peers, so they cannot both come up. Give each tunnel its own /30", List.of());
    }
  }

  /**
   * Inside CIDRs must be unique across all connections on one virtual private gateway (not on a
   * transit gateway). Each clash is reported on the later connection, naming the earlier one.
   */
  private static void checkUniquePerVgw(Network network, List<VpnConnection> connections,
      RuleContext ctx) {
    Map<String, List<VpnConnection>> byVgw =
        network.groupBy(connections, VpnConnection::vpnGateway);
    for (List<VpnConnection> group : byVgw.values()) {
      Optional<VpnGateway> vgw = network.resolve(group.get(0).vpnGateway(), VpnGateway.class);
      String vgwText = vgw.map(g -> "virtual private gateway '" + g.name() + "'")
          .orElse("virtual private gateway " + group.get(0).vpnGateway().identity());
      for (int later = 1; later < group.size(); later++) {
        VpnConnection c = group.get(later);
        for (int i = 0; i < 2; i++) {
          Cidr mine = valid(inside(c, i));
          if (mine == null) continue;
          Optional<VpnConnection> clash = firstUser(group.subList(0, later), mine);
          if (clash.isEmpty()) continue;
          List<Element> related = new ArrayList<>(List.of(clash.get()));
          vgw.ifPresent(related::add);
          related.sort(BY_SOURCE);
          ctx.report(c, Severity.ERROR, "VPN connection '" + c.name() + "' tunnel " + (i + 1)
              + " uses inside CIDR " + mine.text() + ", already used by VPN connection '"
              + clash.get().name() + "' on the same " + vgwText + "; inside CIDRs must be unique"
              + " across all VPN connections of a virtual private gateway, so AWS rejects it",
              related);
        }
      }
    }
  }

  private static Optional<VpnConnection> firstUser(List<VpnConnection> earlier, Cidr cidr) {
    for (VpnConnection e : earlier) {
      for (int i = 0; i < 2; i++) {
        Cidr theirs = valid(inside(e, i));
        if (theirs != null && theirs.sameRange(cidr)) return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The known inside CIDR of tunnel {@code i} (0 or 1), or null. */
  private static Cidr inside(VpnConnection c, int i) {
    return c.tunnels().get(i).insideCidr().orElse(null);
  }

  /** The CIDR when AWS would accept it for a tunnel, else null (already reported). */
  private static Cidr valid(Cidr c) {
    return c != null && isLinkLocalSlash30(c) && !isReserved(c) ? c : null;
  }

  private static boolean isLinkLocalSlash30(Cidr c) {
    return c.family() == Cidr.Family.IPV4 && c.prefixLength() == 30 && LINK_LOCAL.contains(c);
  }

  private static boolean isReserved(Cidr c) {
    return RESERVED.stream().anyMatch(r -> r.sameRange(c));
  }

  private static List<String> optionNames(VpnTunnel t) {
    List<String> names = new ArrayList<>();
    t.insideCidr().asOptional().ifPresent(c -> names.add("TunnelInsideCidr " + c.text()));
    names.addAll(t.options().keySet());
    names.sort(null);
    return names;
  }

  /** Inside CIDRs and logging settings differ per tunnel legitimately. */
  private static boolean compared(String option) {
    return !option.startsWith("TunnelInside") && !option.startsWith("LogOptions");
  }

  private static boolean isUnknown(String v) {
    return v != null && v.contains("<unknown>");
  }

  /** A tunnel entry that is there but cannot be read (e.g. behind an unknown condition). */
  private static boolean opaque(VpnTunnel t) {
    return t.insideCidr().isUnknown() && t.options().isEmpty();
  }

  private static String keyText(String v) {
    return v == null ? "not set (AWS generates one)" : "set";
  }

  private static String valueText(String v, String awsDefault) {
    if (v != null) return v;
    return "not set (AWS default" + (awsDefault == null ? "" : " " + awsDefault) + ")";
  }
}
