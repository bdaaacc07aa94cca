package io.netlint.rules.vpn;

import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import io.netlint.model.TransitGateway;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnGateway;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * All VPN connections of a VGW or TGW end on one customer device: one customer gateway, or several
 * customer gateway records with the same outside IP address. The IPsec peer is the IP address, so
 * records that differ only in {@code DeviceName} or ASN still share one device (or one NAT and
 * uplink in front of it), and losing it takes every connection down.
 */
@RuleInfo(
    id = "NET201",
    name = "single-customer-gateway",
    summary = "A VPN gateway should reach on-premises through two or more customer devices",
    severity = Severity.WARNING,
    tags = {"vpn", "availability"})
public final class SingleCustomerGateway implements Rule {

  private static final Comparator<Element> BY_SOURCE =
      Comparator.comparing(Element::source, SourceRef.ORDER).thenComparing(Element::key);

  @Override
  public void check(Network network, RuleContext ctx) {
    List<VpnConnection> connections = new ArrayList<>(network.all(VpnConnection.class));
    connections.sort(BY_SOURCE);
    Map<String, List<VpnConnection>> byGateway =
        network.groupBy(connections, VpnConnection::targetGateway);
    // A connection whose gateway is unknown may belong to any gateway and bring a second device.
    List<VpnConnection> unplaced = connections.stream()
        .filter(c -> network.identity(c.targetGateway()) == null)
        .toList();

    byGateway.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> checkGateway(network, ctx, e.getValue(), unplaced));
  }

  private static void checkGateway(Network network, RuleContext ctx, List<VpnConnection> conns,
      List<VpnConnection> unplaced) {
    Optional<Device> device = singleDevice(network, conns);
    if (device.isEmpty()) return;
    for (VpnConnection other : unplaced) {
      if (!device.get().owns(network, other)) return;
    }

    Ref gatewayRef = conns.get(0).targetGateway();
    Optional<Element> gateway = network.resolve(gatewayRef)
        .filter(g -> g instanceof VpnGateway || g instanceof TransitGateway);
    Element reportOn = gateway.orElse(conns.get(0));

    List<Element> related = new ArrayList<>(conns);
    related.addAll(device.get().gateways());
    gateway.ifPresent(related::add);
    related.sort(BY_SOURCE);

    ctx.report(reportOn, message(gateway, gatewayRef, conns, device.get()), related);
  }

  /** The one device all connections end on, when that is known; empty otherwise. */
  private static Optional<Device> singleDevice(Network network, List<VpnConnection> conns) {
    Set<String> cgwIds = new LinkedHashSet<>();
    for (VpnConnection c : conns) {
      String id = network.identity(c.customerGateway());
      if (id == null) return Optional.empty();
      cgwIds.add(id);
    }
    List<CustomerGateway> records = new ArrayList<>();
    for (VpnConnection c : conns) {
      network.resolve(c.customerGateway(), CustomerGateway.class)
          .filter(g -> !records.contains(g))
          .ifPresent(records::add);
    }
    records.sort(BY_SOURCE);
    if (cgwIds.size() == 1) {
      String id = cgwIds.iterator().next();
      Optional<String> ip = records.isEmpty() || !records.get(0).ipAddress().isKnown()
          ? Optional.empty() : Optional.of(records.get(0).ipAddress().get());
      return Optional.of(new Device(Set.of(id), ip, records, awsId(id)));
    }
    // Several records: one device only when every record is known and all share one address.
    if (records.size() != cgwIds.size()) return Optional.empty();
    Set<String> ips = new LinkedHashSet<>();
    for (CustomerGateway g : records) {
      if (!g.ipAddress().isKnown()) return Optional.empty();
      ips.add(g.ipAddress().get());
    }
    if (ips.size() != 1) return Optional.empty();
    return Optional.of(new Device(cgwIds, Optional.of(ips.iterator().next()), records, null));
  }

  private static String awsId(String identity) {
    return identity.startsWith("aws:") ? identity.substring(4) : identity;
  }

  private static String message(Optional<Element> gateway, Ref gatewayRef,
      List<VpnConnection> conns, Device device) {
    String gw = gateway.map(SingleCustomerGateway::describeGateway)
        .orElse("Gateway " + awsId(gatewayRef.identity()));
    String connList = conns.stream().map(c -> "'" + c.name() + "'")
        .collect(Collectors.joining(", "));
    String connText = conns.size() == 1
        ? "its only VPN connection " + connList + " ends"
        : "its VPN connections " + connList + " all end";
    return gw + " reaches on-premises through one customer device only: " + connText + " on "
        + device.describe() + "; the two AWS tunnels of a connection protect against AWS-side"
        + " failure only, so losing that device cuts the site off. Add a second VPN connection on"
        + " a second customer gateway device that advertises the same ranges";
  }

  private static String describeGateway(Element g) {
    return (g instanceof VpnGateway ? "Virtual private gateway '" : "Transit gateway '")
        + g.name() + "'";
  }

  /**
   * One customer device: the customer gateway identities that denote it, its IP when known, the
   * records among the inputs and, for a record outside them, its AWS ID.
   */
  private record Device(Set<String> ids, Optional<String> ip, List<CustomerGateway> records,
      String externalId) {

    boolean owns(Network network, VpnConnection c) {
      String id = network.identity(c.customerGateway());
      if (id == null) return false;
      if (ids.contains(id)) return true;
      if (ip.isEmpty()) return false;
      return network.resolve(c.customerGateway(), CustomerGateway.class)
          .filter(g -> g.ipAddress().isKnown() && g.ipAddress().get().equals(ip.get()))
          .isPresent();
    }

    List<CustomerGateway> gateways() { return records; }

    String describe() {
      if (records.isEmpty()) return "customer gateway " + externalId + " (not among the inputs)";
      if (records.size() == 1) {
        CustomerGateway g = records.get(0);
        List<String> facts = new ArrayList<>();
        ip.ifPresent(facts::add);
        if (g.bgpAsn().isKnown()) facts.add("ASN " + g.bgpAsn().get());
        return "customer gateway '" + g.name() + "'"
            + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")");
      }
      String names = records.stream().map(r -> "'" + r.name() + "'")
          .collect(Collectors.joining(", "));
      return "customer gateways " + names + ", which share IP address " + ip.orElseThrow()
          + " (another device name does not make another device: the IPsec peer is the address)";
    }
  }
}
