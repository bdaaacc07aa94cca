package io.netlint.rules.vpn;

import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.TransitGateway;
import io.netlint.model.VpnConnection;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.CustomerDevices;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.VpnGateways;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A transit gateway with VPN ECMP disabled, although two or more of its BGP connections reach the
 * same site (one customer gateway, or records with one outside address): only one tunnel carries
 * the site's traffic. Static connections are left to NET203, since ECMP needs BGP anyway.
 */
@RuleInfo(
    id = "NET208",
    name = "tgw-vpn-ecmp-disabled",
    summary = "A transit gateway with several VPN connections to one site should enable VPN ECMP",
    severity = Severity.INFO,
    tags = {"vpn", "transit-gateway", "performance"})
public final class TgwVpnEcmpDisabled implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    List<TransitGateway> gateways = new ArrayList<>(network.all(TransitGateway.class));
    gateways.sort(Names.DECLARED);
    for (TransitGateway tgw : gateways) {
      if (!tgw.vpnEcmpSupport().isKnown() || tgw.vpnEcmpSupport().get()) continue;
      List<VpnConnection> conns = new ArrayList<>(network.vpnConnectionsTo(tgw));
      conns.sort(Names.DECLARED);
      Map<String, List<VpnConnection>> bySite = new LinkedHashMap<>();
      for (VpnConnection c : conns) {
        String site = CustomerDevices.deviceKey(network, c);
        if (site != null && VpnGateways.usesBgp(c)) {
          bySite.computeIfAbsent(site, k -> new ArrayList<>()).add(c);
        }
      }
      bySite.values().stream().filter(site -> site.size() >= 2)
          .forEach(site -> report(network, ctx, tgw, site));
    }
  }

  private static void report(Network network, RuleContext ctx, TransitGateway tgw,
      List<VpnConnection> site) {
    List<CustomerGateway> records = new ArrayList<>();
    for (VpnConnection c : site) {
      CustomerDevices.recordOf(network, c).filter(g -> !records.contains(g))
          .ifPresent(records::add);
    }
    records.sort(Names.DECLARED);
    List<Element> related = new ArrayList<>(site);
    related.addAll(records);
    related.sort(Names.DECLARED);
    String setting = Names.isTerraform(tgw) ? "vpn_ecmp_support = \"disable\""
        : "VpnEcmpSupport: disable";
    String device = records.isEmpty()
        ? "customer gateway " + Names.quoted(network, site.get(0).customerGateway())
        : records.stream().map(CustomerDevices::describe).collect(Collectors.joining(", "));
    ctx.report(tgw, "Transit gateway " + Names.quoted(tgw) + " has VPN ECMP disabled (" + setting
        + "), yet its VPN connections " + site.stream().map(Names::quoted)
            .collect(Collectors.joining(", "))
        + " reach the same site over BGP (" + device + "): only one tunnel carries the site's"
        + " traffic, capped at one tunnel's 1.25 Gbps, instead of spreading it over the tunnels"
        + " of all the connections. Enable VPN ECMP support (the default)", related);
  }
}
