package io.netlint.rules.directconnect;

import io.netlint.model.DxConnection;
import io.netlint.model.DxLag;
import io.netlint.model.DxVirtualInterface;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnGateway;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.DirectConnectPaths;
import io.netlint.rules.analysis.DirectConnectPaths.Carrier;
import io.netlint.rules.analysis.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NET601. A VGW or TGW whose Direct Connect virtual interfaces all ride one physical connection
 * (a dedicated connection, or a LAG with one member), with no Site-to-Site VPN to the gateway as
 * a backup path. Only gateways among the inputs are judged, and only when every interface, LAG
 * and Direct Connect gateway on the way is known: anything from outside the inputs may add a
 * second connection. A private IP VPN runs over Direct Connect itself, so it is no backup.
 */
@RuleInfo(
    id = "NET601",
    name = "single-direct-connect",
    summary = "A gateway that reaches on-premises over Direct Connect should not depend on a single"
        + " connection",
    severity = Severity.WARNING,
    tags = {"direct-connect", "availability"})
public final class SingleDirectConnect implements Rule {

  private static final String PRIVATE_IP = "PrivateIpv4";

  @Override
  public void check(Network network, RuleContext ctx) {
    DirectConnectPaths paths = network.derived(DirectConnectPaths.class, DirectConnectPaths::new);
    List<Element> gateways = new ArrayList<>(network.all(VpnGateway.class));
    gateways.addAll(network.all(TransitGateway.class));
    for (Element gateway : gateways) {
      checkGateway(network, paths, gateway, ctx);
    }
  }

  private static void checkGateway(Network network, DirectConnectPaths paths, Element gateway,
      RuleContext ctx) {
    List<DxVirtualInterface> vifs = paths.interfacesTo(gateway);
    if (vifs.isEmpty() || paths.mayBeReachedByOthers(gateway) || paths.passedOut(gateway)) return;
    Map<String, Carrier> carriers = new LinkedHashMap<>();
    Set<String> connections = new LinkedHashSet<>();
    Set<Element> dxGateways = new LinkedHashSet<>();
    for (DxVirtualInterface vif : vifs) {
      Optional<Carrier> carrier = paths.carrierOf(vif);
      if (carrier.isEmpty() || !carrier.get().complete()) return;
      carriers.putIfAbsent(carrier.get().id(), carrier.get());
      connections.addAll(carrier.get().connections());
      if (!vif.vpnGateway().isKnown()) {
        // More interfaces, on other connections, may use a Direct Connect gateway from outside.
        Optional<Element> dx = network.resolve(vif.dxGateway());
        if (dx.isEmpty() || paths.passedOut(dx.get())) return;
        dxGateways.add(dx.get());
      }
    }
    if (connections.size() != 1 || paths.unplacedVpn()) return;
    List<VpnConnection> overDirectConnect = new ArrayList<>();
    for (VpnConnection vpn : paths.vpnsTo(gateway)) {
      Value<String> outside = vpn.outsideIpAddressType();
      // an unknown type may be a public VPN, i.e. a backup
      if (!outside.isKnown() || !outside.get().equalsIgnoreCase(PRIVATE_IP)) return;
      overDirectConnect.add(vpn);
    }
    Carrier carrier = carriers.values().iterator().next();
    ctx.report(gateway, message(network, gateway, vifs, carrier, dxGateways, overDirectConnect),
        related(vifs, carrier, dxGateways, overDirectConnect));
  }

  private static String message(Network network, Element gateway, List<DxVirtualInterface> vifs,
      Carrier carrier, Set<Element> dxGateways, List<VpnConnection> overDirectConnect) {
    StringBuilder sb = new StringBuilder();
    sb.append(gatewayText(gateway)).append(" reaches on-premises over Direct Connect through a"
        + " single connection: ");
    sb.append(interfacesText(vifs)).append(vifs.size() == 1 ? " rides " : " all ride ");
    sb.append(carrierText(carrier));
    if (!dxGateways.isEmpty()) {
      sb.append(", through Direct Connect gateway").append(dxGateways.size() == 1 ? " " : "s ")
          .append(dxGateways.stream().map(Names::quoted).collect(Collectors.joining(", ")));
    }
    sb.append(", and no Site-to-Site VPN to the gateway backs it up");
    if (!overDirectConnect.isEmpty()) {
      sb.append(" (").append(overDirectConnect.size() == 1 ? "VPN connection " : "VPN connections ")
          .append(names(overDirectConnect)).append(overDirectConnect.size() == 1 ? " is" : " are")
          .append(" a private IP VPN that runs over Direct Connect itself)");
    }
    sb.append("; a failure of that connection, its AWS device or its location cuts ")
        .append(vpcsText(network, gateway)).append(" off from on-premises. Add a second"
            + " connection at another Direct Connect location, a LAG of two or more connections,"
            + " or a Site-to-Site VPN to the gateway as a backup path");
    return sb.toString();
  }

  private static String gatewayText(Element gateway) {
    return (gateway instanceof VpnGateway ? "Virtual private gateway " : "Transit gateway ")
        + Names.quoted(gateway);
  }

  private static String interfacesText(List<DxVirtualInterface> vifs) {
    if (vifs.size() == 1) {
      DxVirtualInterface vif = vifs.get(0);
      return "its " + (vif.vifKind() == DxVirtualInterface.Kind.TRANSIT ? "transit" : "private")
          + " virtual interface " + Names.quoted(vif);
    }
    return "its virtual interfaces " + names(vifs);
  }

  private static String carrierText(Carrier carrier) {
    if (carrier.element() instanceof DxConnection c) {
      return carrier.describe() + details(c.location(), c.bandwidth());
    }
    if (carrier.element() instanceof DxLag lag) {
      return carrier.describe() + details(lag.location(), Value.absent())
          + ", whose only member connection is " + Names.quoted(carrier.members().get(0));
    }
    return carrier.describe() + " (not among the inputs)";
  }

  private static String details(Value<String> location, Value<String> bandwidth) {
    List<String> parts = new ArrayList<>();
    if (location.isKnown()) parts.add("location " + location.get());
    if (bandwidth.isKnown()) parts.add(bandwidth.get());
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  /** The VPCs behind the gateway, when known; else the gateway itself. */
  private static String vpcsText(Network network, Element gateway) {
    List<Vpc> vpcs = new ArrayList<>();
    if (gateway instanceof VpnGateway) {
      for (String id : network.vpcsAttachedTo(gateway)) {
        network.byKey(id).filter(Vpc.class::isInstance).map(Vpc.class::cast)
            .filter(v -> !vpcs.contains(v)).ifPresent(vpcs::add);
      }
    } else {
      for (TgwVpcAttachment a : network.all(TgwVpcAttachment.class)) {
        if (!gateway.key().equals(network.identity(a.transitGateway()))) continue;
        network.resolve(a.vpc(), Vpc.class).filter(v -> !vpcs.contains(v)).ifPresent(vpcs::add);
      }
    }
    if (vpcs.isEmpty()) return "the gateway";
    vpcs.sort(Names.DECLARED);
    return (vpcs.size() == 1 ? "VPC " : "VPCs ") + names(vpcs);
  }

  private static String names(List<? extends Element> elements) {
    return elements.stream().map(Names::quoted).collect(Collectors.joining(", "));
  }

  private static List<Element> related(List<DxVirtualInterface> vifs, Carrier carrier,
      Set<Element> dxGateways, List<VpnConnection> overDirectConnect) {
    List<Element> out = new ArrayList<>(vifs);
    if (carrier.element() != null) out.add(carrier.element());
    out.addAll(carrier.members());
    out.addAll(dxGateways);
    out.addAll(overDirectConnect);
    return out;
  }
}
