package io.netlint.rules.vpn;

import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Value;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Two customer devices that connect to one VGW or TGW over BGP share an ASN. The gateway passes
 * each device's routes to the other with that ASN in the AS path, and BGP loop prevention drops
 * them; VPN CloudHub requires a unique ASN per customer gateway. Devices count as two only when
 * their outside addresses are known and differ: records with one address are one device.
 */
@RuleInfo(
    id = "NET205",
    name = "duplicate-customer-asn",
    summary = "Customer gateways on one VPN gateway should each have their own BGP ASN",
    severity = Severity.ERROR,
    tags = {"vpn", "bgp"})
public final class DuplicateCustomerAsn implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    List<VpnConnection> connections = new ArrayList<>(network.all(VpnConnection.class));
    connections.sort(Names.DECLARED);
    List<VpnConnection> bgp = connections.stream().filter(VpnGateways::usesBgp).toList();
    Map<String, List<VpnConnection>> byGateway = new TreeMap<>(
        network.groupBy(bgp, VpnConnection::targetGateway));
    byGateway.values().forEach(conns -> checkGateway(network, ctx, conns));
  }

  private static void checkGateway(Network network, RuleContext ctx, List<VpnConnection> conns) {
    // ASN -> outside address -> the records and connections that use it
    Map<Long, Map<String, Site>> byAsn = new TreeMap<>();
    for (VpnConnection c : conns) {
      CustomerGateway cgw = CustomerDevices.recordOf(network, c).orElse(null);
      if (cgw == null || !cgw.ipAddress().isKnown()) continue;
      Value<Long> asn = CustomerDevices.asnOf(cgw);
      if (!asn.isKnown()) continue;
      Site site = byAsn.computeIfAbsent(asn.get(), a -> new LinkedHashMap<>())
          .computeIfAbsent(cgw.ipAddress().get(), ip -> new Site());
      site.records.add(cgw);
      site.connections.add(c);
    }
    Ref gatewayRef = conns.get(0).targetGateway();
    Element gateway = network.resolve(gatewayRef).orElse(null);
    byAsn.forEach((asn, sites) -> {
      if (sites.size() < 2) return;
      List<CustomerGateway> records = new ArrayList<>();
      List<VpnConnection> used = new ArrayList<>();
      sites.values().forEach(s -> {
        records.addAll(s.records);
        used.addAll(s.connections);
      });
      records.sort(Names.DECLARED);
      List<Element> related = new ArrayList<>(records);
      related.addAll(used);
      if (gateway != null) related.add(gateway);
      related.sort(Names.DECLARED);
      Element reportOn = gateway != null ? gateway : records.get(0);
      ctx.report(reportOn, message(network, gatewayRef, asn, records, used), related);
    });
  }

  private static String message(Network network, Ref gateway, long asn,
      List<CustomerGateway> records, List<VpnConnection> connections) {
    List<String> names = records.stream()
        .map(g -> Names.quoted(g) + " (" + g.ipAddress().get() + ")").toList();
    String connList = connections.stream().map(Names::quoted).collect(Collectors.joining(", "));
    return "Customer gateways " + joinAnd(names) + " share BGP ASN " + asn
        + " and connect over BGP to " + VpnGateways.describe(network, gateway)
        + " (VPN connections " + connList + "); the gateway passes each device's routes to the"
        + " others with that ASN in the AS path, and BGP loop prevention makes the devices drop"
        + " them, so they cannot reach each other through the gateway. VPN CloudHub requires a"
        + " unique ASN per customer gateway: give each device its own ASN";
  }

  private static String joinAnd(List<String> items) {
    if (items.size() == 1) return items.get(0);
    return String.join(", ", items.subList(0, items.size() - 1)) + " and "
        + items.get(items.size() - 1);
  }

  /** The records of one outside address (one device) and the connections that end on it. */
  private static final class Site {
    final Set<CustomerGateway> records = new LinkedHashSet<>();
    final List<VpnConnection> connections = new ArrayList<>();
  }
}
