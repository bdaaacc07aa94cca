package io.netlint.rules.analysis;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.TgwRouteTable;
import io.netlint.model.TgwRouteTableLink;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The route domains of transit gateways: for each TGW route table (explicit or the default one),
 * the VPCs whose attachments are associated with it or propagate into it. Only what is known
 * counts; an unknown flag or link adds no membership.
 */
public final class TransitGatewayDomains {

  /** A VPC in one route table: associated with it (uses its routes), propagating into it, or both. */
  public record Member(Vpc vpc, boolean associated, boolean propagates) {}

  /**
   * One TGW route table and its members.
   *
   * @param gateway the transit gateway when it is among the inputs
   * @param tableName the explicit route table's name, or null for the TGW's default route table
   * @param table the explicit route table when it is among the inputs
   */
  public record Domain(String gatewayId, String gatewayName, Element gateway, String tableId,
      String tableName, Element table, List<Member> members) {
    public boolean isDefault() { return tableName == null; }
  }

  private static final String DEFAULT_TABLE = "default-route-table:";
  private static final String ANY_GATEWAY = "*";

  private TransitGatewayDomains() {}

  /** Computed once per network: several rules ask for it. */
  private record Computed(List<Domain> value) {}

  public static List<Domain> of(Network network) {
    return network.derived(Computed.class, n -> new Computed(compute(n))).value();
  }

  private static List<Domain> compute(Network network) {
    Map<String, List<TgwRouteTableLink>> linksByAttachment =
        network.groupBy(network.all(TgwRouteTableLink.class), TgwRouteTableLink::attachment);
    Set<String> unknownAssociations = gatewaysWithUnknownAssociations(network);

    Map<String, Domain> domains = new TreeMap<>();
    Map<String, Map<String, Member>> members = new TreeMap<>();
    for (TgwVpcAttachment att : network.all(TgwVpcAttachment.class)) {
      String gatewayId = network.identity(att.transitGateway());
      Optional<Vpc> vpc = network.resolve(att.vpc(), Vpc.class);
      if (gatewayId == null || vpc.isEmpty()) continue;
      Optional<TransitGateway> tgw = network.resolve(att.transitGateway(), TransitGateway.class);
      List<TgwRouteTableLink> links = linksByAttachment.getOrDefault(att.key(), List.of());

      Set<String> associated = new HashSet<>();
      Set<String> propagated = new HashSet<>();
      boolean associationUnknown = unknownAssociations.contains(gatewayId)
          || unknownAssociations.contains(ANY_GATEWAY);
      for (TgwRouteTableLink link : links) {
        String table = tableId(network, link.routeTable());
        if (table == null) {
          if (link.linkKind() == TgwRouteTableLink.Kind.ASSOCIATION) associationUnknown = true;
          continue;
        }
        (link.linkKind() == TgwRouteTableLink.Kind.ASSOCIATION ? associated : propagated).add(table);
        domains.computeIfAbsent(table,
            t -> domain(network, gatewayId, att.transitGateway(), t, link.routeTable()));
      }
      // An explicit association replaces the default one; an attachment has only one.
      if (associated.isEmpty() && !associationUnknown && tgw.isPresent()
          && enabled(tgw.get().defaultRouteTableAssociation(), att.defaultAssociation())) {
        associated.add(DEFAULT_TABLE + gatewayId);
      }
      if (tgw.isPresent()
          && enabled(tgw.get().defaultRouteTablePropagation(), att.defaultPropagation())) {
        propagated.add(DEFAULT_TABLE + gatewayId);
      }
      Set<String> tables = new HashSet<>(associated);
      tables.addAll(propagated);
      for (String table : tables) {
        domains.computeIfAbsent(table,
            t -> domain(network, gatewayId, att.transitGateway(), t, null));
        Member m = new Member(vpc.get(), associated.contains(table), propagated.contains(table));
        members.computeIfAbsent(table, t -> new LinkedHashMap<>()).merge(vpc.get().key(), m,
            (a, b) -> new Member(a.vpc(), a.associated() || b.associated(),
                a.propagates() || b.propagates()));
      }
    }
    List<Domain> out = new ArrayList<>();
    for (Map.Entry<String, Domain> e : domains.entrySet()) {
      Domain d = e.getValue();
      List<Member> ms = new ArrayList<>(members.getOrDefault(e.getKey(), Map.of()).values());
      out.add(new Domain(d.gatewayId(), d.gatewayName(), d.gateway(), d.tableId(), d.tableName(),
          d.table(), List.copyOf(ms)));
    }
    return List.copyOf(out);
  }

  private static Domain domain(Network network, String gatewayId, Ref gateway, String tableId,
      Ref table) {
    boolean isDefault = tableId.startsWith(DEFAULT_TABLE);
    return new Domain(gatewayId, Names.quoted(network, gateway),
        network.resolve(gateway).orElse(null), tableId,
        isDefault ? null : Names.quoted(network, table),
        isDefault ? null : network.resolve(table, TgwRouteTable.class).orElse(null),
        List.of());
  }

  /**
   * A route table's identity. Terraform often names the default table through the gateway
   * ({@code aws_ec2_transit_gateway.x.association_default_route_table_id}), which links to the
   * gateway itself: that is its default table.
   */
  private static String tableId(Network network, Ref table) {
    Optional<Element> target = network.resolve(table);
    if (target.isPresent() && target.get() instanceof TransitGateway tgw) {
      return DEFAULT_TABLE + tgw.key();
    }
    return network.identity(table);
  }

  /**
   * Gateways where some association's attachment is unknown: any of their attachments may be
   * associated elsewhere than the default table, so default association is not assumed there.
   */
  private static Set<String> gatewaysWithUnknownAssociations(Network network) {
    Set<String> out = new HashSet<>();
    for (TgwRouteTableLink link : network.all(TgwRouteTableLink.class)) {
      if (link.linkKind() != TgwRouteTableLink.Kind.ASSOCIATION || link.attachment().isKnown()) {
        continue;
      }
      Optional<Element> table = network.resolve(link.routeTable());
      String gateway = null;
      if (table.isPresent() && table.get() instanceof TgwRouteTable t) {
        gateway = network.identity(t.transitGateway());
      } else if (table.isPresent() && table.get() instanceof TransitGateway tgw) {
        gateway = tgw.key();
      }
      out.add(gateway == null ? ANY_GATEWAY : gateway);
    }
    return out;
  }

  /** The gateway default and the attachment's own switch are both known to be on (AWS default). */
  private static boolean enabled(Value<Boolean> gatewayDefault, Value<Boolean> attachmentSwitch) {
    Value<Boolean> g = gatewayDefault.withDefault(true);
    Value<Boolean> a = attachmentSwitch.withDefault(true);
    return g.isKnown() && g.get() && a.isKnown() && a.get();
  }
}
