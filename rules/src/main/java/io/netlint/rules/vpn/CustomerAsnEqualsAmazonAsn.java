package io.netlint.rules.vpn;

import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnGateway;
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
 * A customer gateway that peers over BGP with a VGW or TGW whose Amazon-side ASN is its own (AWS's
 * default 64512 when the gateway sets none). The two ends of the session must be in different
 * autonomous systems. Reported once per customer gateway and gateway.
 */
@RuleInfo(
    id = "NET206",
    name = "customer-asn-equals-amazon-asn",
    summary = "A customer gateway's BGP ASN should differ from the Amazon-side ASN of its gateway",
    severity = Severity.ERROR,
    tags = {"vpn", "bgp"})
public final class CustomerAsnEqualsAmazonAsn implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    List<VpnConnection> connections = new ArrayList<>(network.all(VpnConnection.class));
    connections.sort(Names.DECLARED);
    Map<List<Element>, List<VpnConnection>> clashes = new LinkedHashMap<>();
    for (VpnConnection c : connections) {
      if (!VpnGateways.usesBgp(c)) continue;
      CustomerGateway cgw = CustomerDevices.recordOf(network, c).orElse(null);
      Element gateway = network.resolve(c.targetGateway()).orElse(null);
      if (cgw == null || gateway == null) continue;
      Value<Long> customer = CustomerDevices.asnOf(cgw);
      Value<Long> amazon = VpnGateways.amazonSideAsn(gateway);
      if (customer.isKnown() && amazon.isKnown() && customer.get().equals(amazon.get())) {
        clashes.computeIfAbsent(List.of(cgw, gateway), k -> new ArrayList<>()).add(c);
      }
    }
    clashes.forEach((pair, conns) -> {
      CustomerGateway cgw = (CustomerGateway) pair.get(0);
      Element gateway = pair.get(1);
      List<Element> related = new ArrayList<>(conns);
      related.add(gateway);
      related.sort(Names.DECLARED);
      ctx.report(cgw, ctx.attribute(cgw, "bgpAsn"), Severity.ERROR,
          message(cgw, gateway, conns), related);
    });
  }

  private static String message(CustomerGateway cgw, Element gateway, List<VpnConnection> conns) {
    long asn = CustomerDevices.asnOf(cgw).get();
    String connText = conns.size() == 1 ? "VPN connection " + Names.quoted(conns.get(0))
        : "VPN connections " + conns.stream().map(Names::quoted).collect(Collectors.joining(", "));
    return "Customer gateway " + Names.quoted(cgw) + " uses BGP ASN " + asn
        + (cgw.bgpAsn().isAbsent() ? " (AWS's default when none is given)" : "")
        + ", the same as the Amazon-side ASN of " + VpnGateways.describe(gateway)
        + (amazonAsnIsDefault(gateway) ? " (" + asn + ", AWS's default when "
            + asnSetting(gateway) + " is not set)" : "")
        + ", and " + connText + (conns.size() == 1 ? " joins" : " join")
        + " them over BGP; the two ends of a BGP session must be in"
        + " different autonomous systems (AWS requires the two ASNs to differ), so the tunnels'"
        + " BGP sessions cannot come up. Give the customer gateway another ASN";
  }

  private static boolean amazonAsnIsDefault(Element gateway) {
    if (gateway instanceof VpnGateway v) return v.amazonSideAsn().isAbsent();
    return gateway instanceof TransitGateway t && t.amazonSideAsn().isAbsent();
  }

  private static String asnSetting(Element gateway) {
    return Names.isTerraform(gateway) ? "amazon_side_asn" : "AmazonSideAsn";
  }
}
