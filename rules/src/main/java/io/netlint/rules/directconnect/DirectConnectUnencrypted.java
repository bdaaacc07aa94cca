package io.netlint.rules.directconnect;

import io.netlint.model.DxConnection;
import io.netlint.model.DxGatewayAssociation;
import io.netlint.model.DxLag;
import io.netlint.model.DxVirtualInterface;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.VpnGateway;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.DirectConnectPaths;
import io.netlint.rules.analysis.DirectConnectPaths.Carrier;
import io.netlint.rules.analysis.DirectConnectPaths.Reach;
import io.netlint.rules.analysis.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NET602. Direct Connect does not encrypt traffic in transit by default (DOMAIN E.7). A private or
 * transit virtual interface is reported when its connection or LAG does not use MACsec and no
 * Site-to-Site VPN ends on a gateway it reaches (a private IP VPN rides a transit interface to its
 * transit gateway). Unknown MACsec settings, connections from outside the inputs, gateways that
 * cannot all be known and VPN connections whose gateway is unknown keep it silent.
 */
@RuleInfo(
    id = "NET602",
    name = "direct-connect-unencrypted",
    summary = "Traffic over a Direct Connect virtual interface should be encrypted with MACsec or"
        + " IPsec",
    severity = Severity.INFO,
    tags = {"direct-connect", "encryption"})
public final class DirectConnectUnencrypted implements Rule {

  private static final String MUST_ENCRYPT = "must_encrypt";
  private static final String SHOULD_ENCRYPT = "should_encrypt";
  private static final String NO_ENCRYPT = "no_encrypt";

  /** Whether a connection or LAG uses MACsec, and if not, what says so. */
  private record Macsec(Value<Boolean> on, String why) {}

  @Override
  public void check(Network network, RuleContext ctx) {
    DirectConnectPaths paths = network.derived(DirectConnectPaths.class, DirectConnectPaths::new);
    if (paths.unplacedVpn()) return;
    for (DxVirtualInterface vif : paths.interfaces()) {
      Optional<Carrier> carrier = paths.carrierOf(vif);
      if (carrier.isEmpty() || carrier.get().element() == null) continue;
      Macsec macsec = macsec(carrier.get());
      if (!macsec.on().isKnown() || macsec.on().get()) continue;
      Reach reach = paths.reachOf(vif);
      if (!reach.complete() || reach.gateways().isEmpty()) continue;
      Optional<List<Element>> gateways = gatewaysAmongInputs(network, paths, reach);
      if (gateways.isEmpty()
          || gateways.get().stream().anyMatch(g -> !paths.vpnsTo(g).isEmpty())) {
        continue;
      }
      report(network, vif, carrier.get(), macsec, gateways.get(), reach, ctx);
    }
  }

  /** The gateways reached; empty when one is from outside the inputs, where VPNs may end on it. */
  private static Optional<List<Element>> gatewaysAmongInputs(Network network,
      DirectConnectPaths paths, Reach reach) {
    List<Element> out = new ArrayList<>();
    for (String id : reach.gateways()) {
      Optional<Element> g = network.byKey(id)
          .filter(e -> e instanceof VpnGateway || e instanceof TransitGateway);
      if (g.isEmpty() || paths.passedOut(g.get())) return Optional.empty();
      out.add(g.get());
    }
    return Optional.of(out);
  }

  private static void report(Network network, DxVirtualInterface vif, Carrier carrier,
      Macsec macsec, List<Element> gateways, Reach reach, RuleContext ctx) {
    boolean transit = vif.vifKind() == DxVirtualInterface.Kind.TRANSIT;
    Set<Element> dxGateways = new LinkedHashSet<>();
    for (DxGatewayAssociation a : reach.associations()) {
      network.resolve(a.dxGateway()).ifPresent(dxGateways::add);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(transit ? "Transit" : "Private").append(" virtual interface ")
        .append(Names.quoted(vif)).append(" carries traffic between on-premises and ")
        .append(gateways.stream().map(DirectConnectUnencrypted::gatewayText)
            .collect(Collectors.joining(", ")));
    if (!dxGateways.isEmpty()) {
      sb.append(" (through Direct Connect gateway ")
          .append(dxGateways.stream().map(Names::quoted).collect(Collectors.joining(", ")))
          .append(")");
    }
    sb.append(" unencrypted: ").append(carrier.describe()).append(" does not use MACsec (")
        .append(macsec.why()).append(") and no Site-to-Site VPN ends on ")
        .append(gateways.size() == 1 ? "that gateway" : "those gateways")
        .append("; Direct Connect does not encrypt traffic in transit by default. Request MACsec"
            + " on a dedicated connection that supports it, or run IPsec over the interface (");
    sb.append(transit ? "a private IP VPN to the transit gateway over this interface"
        : "a Site-to-Site VPN to the gateway, or a private IP VPN over a transit interface");
    sb.append(")");
    List<Element> related = new ArrayList<>();
    related.add(carrier.element());
    related.addAll(dxGateways);
    related.addAll(gateways);
    ctx.report(vif, sb.toString(), related);
  }

  private static String gatewayText(Element g) {
    return (g instanceof VpnGateway ? "virtual private gateway " : "transit gateway ")
        + Names.quoted(g);
  }

  private static Macsec macsec(Carrier carrier) {
    if (carrier.element() instanceof DxConnection c) return macsec(c);
    DxLag lag = (DxLag) carrier.element();
    String attribute = Names.isTerraform(lag) ? "request_macsec" : "RequestMACSec";
    if (lag.requestMacsec().isUnknown()) return new Macsec(Value.unknown("MACsec"), "");
    if (lag.requestMacsec().orElse(false)) return new Macsec(Value.known(true), "");
    // without MACsec on the LAG, it is on only when every member connection has it
    String onLag = attribute + (lag.requestMacsec().isKnown() ? " is false" : " is not set")
        + " on the LAG";
    List<DxConnection> members = carrier.members();
    if (members.isEmpty()) return new Macsec(Value.known(false), onLag);
    boolean unknown = false;
    for (DxConnection m : members) {
      Macsec member = macsec(m);
      if (!member.on().isKnown()) {
        unknown = true;
      } else if (!member.on().get()) {
        return new Macsec(Value.known(false), onLag + "; on member connection "
            + Names.quoted(m) + ", " + member.why());
      }
    }
    return unknown ? new Macsec(Value.unknown("MACsec"), "") : new Macsec(Value.known(true), "");
  }

  private static Macsec macsec(DxConnection c) {
    boolean terraform = Names.isTerraform(c);
    Value<String> mode = c.encryptionMode();
    if (mode.isUnknown()) return new Macsec(Value.unknown("encryption mode"), "");
    if (mode.isKnown()) {
      String m = mode.get().trim().toLowerCase(Locale.ROOT);
      if (m.equals(MUST_ENCRYPT) || m.equals(SHOULD_ENCRYPT)) {
        return new Macsec(Value.known(true), "");
      }
      if (m.equals(NO_ENCRYPT)) {
        return new Macsec(Value.known(false), "encryption_mode is no_encrypt");
      }
      return new Macsec(Value.unknown("encryption mode"), "");
    }
    Value<Boolean> request = c.requestMacsec();
    if (request.isUnknown()) return new Macsec(Value.unknown("MACsec"), "");
    if (request.orElse(false)) return new Macsec(Value.known(true), "");
    String attribute = terraform ? "request_macsec" : "RequestMACSec";
    return new Macsec(Value.known(false),
        attribute + (request.isKnown() ? " is false" : " is not set"));
  }
}
