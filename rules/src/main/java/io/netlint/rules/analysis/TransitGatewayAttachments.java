package io.netlint.rules.analysis;

import io.netlint.model.DxGatewayAssociation;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.TgwPeeringAttachment;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.VpnConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The attachments of each transit gateway: VPC attachments, VPN connections, peering attachments
 * (on the gateway that requests them) and Direct Connect gateway associations. Attachments whose
 * gateway is unknown belong to none.
 */
public final class TransitGatewayAttachments {

  /**
   * One gateway and its attachments, in input order.
   *
   * @param element the gateway when it is among the inputs
   */
  public record Gateway(String identity, String name, Element element,
      List<TgwVpcAttachment> vpcAttachments, List<VpnConnection> vpnConnections,
      List<TgwPeeringAttachment> peeringAttachments, List<DxGatewayAssociation> dxAssociations) {

    public int count() {
      return vpcAttachments.size() + vpnConnections.size() + peeringAttachments.size()
          + dxAssociations.size();
    }

    /** Every attachment, VPC attachments first. */
    public List<Element> all() {
      List<Element> out = new ArrayList<>(vpcAttachments);
      out.addAll(vpnConnections);
      out.addAll(peeringAttachments);
      out.addAll(dxAssociations);
      return out;
    }
  }

  private TransitGatewayAttachments() {}

  /** Every gateway with at least one attachment, by identity. */
  /** Computed once per network: several rules ask for it. */
  private record Computed(List<Gateway> value) {}

  public static List<Gateway> of(Network network) {
    return network.derived(Computed.class, n -> new Computed(compute(n))).value();
  }

  private static List<Gateway> compute(Network network) {
    Map<String, Gateway> gateways = new TreeMap<>();
    for (TgwVpcAttachment a : network.all(TgwVpcAttachment.class)) {
      gateway(network, gateways, a.transitGateway()).ifPresent(g -> g.vpcAttachments().add(a));
    }
    for (VpnConnection v : network.all(VpnConnection.class)) {
      gateway(network, gateways, v.transitGateway()).ifPresent(g -> g.vpnConnections().add(v));
    }
    for (TgwPeeringAttachment p : network.all(TgwPeeringAttachment.class)) {
      gateway(network, gateways, p.transitGateway())
          .ifPresent(g -> g.peeringAttachments().add(p));
    }
    for (DxGatewayAssociation d : network.all(DxGatewayAssociation.class)) {
      if (!isTransitGateway(network, d.associatedGateway())) continue;
      gateway(network, gateways, d.associatedGateway()).ifPresent(g -> g.dxAssociations().add(d));
    }
    return List.copyOf(gateways.values());
  }

  /** VPC attachments of one VPC to one gateway, for every pair attached more than once. */
  public static List<List<TgwVpcAttachment>> repeated(Network network) {
    Map<String, List<TgwVpcAttachment>> byPair = new LinkedHashMap<>();
    for (TgwVpcAttachment a : network.all(TgwVpcAttachment.class)) {
      String gateway = network.identity(a.transitGateway());
      String vpc = network.identity(a.vpc());
      if (gateway == null || vpc == null) continue;
      byPair.computeIfAbsent(gateway + "\n" + vpc, k -> new ArrayList<>()).add(a);
    }
    List<List<TgwVpcAttachment>> out = new ArrayList<>();
    for (List<TgwVpcAttachment> group : byPair.values()) {
      if (group.size() < 2) continue;
      List<TgwVpcAttachment> sorted = new ArrayList<>(group);
      sorted.sort(Names.DECLARED);
      out.add(List.copyOf(sorted));
    }
    out.sort((a, b) -> Names.DECLARED.compare(a.get(1), b.get(1)));
    return out;
  }

  private static Optional<Gateway> gateway(Network network, Map<String, Gateway> gateways,
      Ref ref) {
    String id = network.identity(ref);
    if (id == null) return Optional.empty();
    return Optional.of(gateways.computeIfAbsent(id, k -> new Gateway(id,
        Names.quoted(network, ref), network.resolve(ref, TransitGateway.class).orElse(null),
        new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
  }

  /** A Direct Connect gateway association's target is a TGW, or a VGW. */
  private static boolean isTransitGateway(Network network, Ref ref) {
    Optional<Element> e = network.resolve(ref);
    if (e.isPresent()) return e.get() instanceof TransitGateway;
    return ref.isKnown() && ref.awsId() != null && ref.awsId().startsWith("tgw-");
  }
}
