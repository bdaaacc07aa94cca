package io.netlint.rules.vpn;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.VpnConnection;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.CustomerDevices;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.VpnGateways;
import java.util.ArrayList;
import java.util.List;

/**
 * A VPN connection that routes statically. Without BGP there is no liveness detection to drive
 * failover between its tunnels or to another connection, and a transit gateway cannot spread
 * traffic over tunnels with ECMP. A connection whose routing is not known is left alone.
 */
@RuleInfo(
    id = "NET203",
    name = "static-routing-only",
    summary = "A Site-to-Site VPN connection should use dynamic (BGP) routing",
    severity = Severity.INFO,
    tags = {"vpn", "availability"})
public final class StaticRoutingOnly implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    List<VpnConnection> connections = new ArrayList<>(network.all(VpnConnection.class));
    connections.sort(Names.DECLARED);
    for (VpnConnection c : connections) {
      if (!c.staticRoutesOnly().isKnown() || !c.staticRoutesOnly().get()) continue;
      List<Element> related = new ArrayList<>();
      network.resolve(c.targetGateway()).ifPresent(related::add);
      CustomerDevices.recordOf(network, c).ifPresent(related::add);
      related.sort(Names.DECLARED);
      ctx.report(c, message(network, c), related);
    }
  }

  private static String message(Network network, VpnConnection c) {
    boolean tgw = c.vpnGateway().isAbsent() && c.transitGateway().isKnown();
    String setting = Names.isTerraform(c) ? "static_routes_only = true" : "StaticRoutesOnly: true";
    String to = c.targetGateway().isKnown()
        ? " to " + VpnGateways.describe(network, c.targetGateway()) : "";
    return "VPN connection " + Names.quoted(c) + to + " uses static routing (" + setting
        + "): without BGP there is no liveness detection to drive failover between its two"
        + " tunnels or to another connection"
        + (tgw ? ", and the transit gateway cannot spread traffic over the tunnels with ECMP,"
            + " which needs BGP" : "")
        + ". Use dynamic routing if the customer gateway device supports BGP";
  }
}
