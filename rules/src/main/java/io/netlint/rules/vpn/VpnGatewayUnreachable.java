package io.netlint.rules.vpn;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.TransitGateway;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnGateway;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.VpnGateways;
import io.netlint.rules.analysis.VpnRouting;
import io.netlint.rules.analysis.VpnRouting.RouteGap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Traffic cannot use a VPN: its virtual private gateway is attached to no VPC, or no route table
 * of the attached VPC sends traffic to it (no route targets it, none propagates its routes), or a
 * static connection has no static routes. Attachments, routes and propagations that may live
 * outside the inputs keep the rule silent, and so does a gateway with no VPN connection among
 * the inputs.
 */
@RuleInfo(
    id = "NET207",
    name = "vpn-gateway-unreachable",
    summary = "A VPN gateway should be attached to a VPC whose route tables send traffic to it",
    severity = Severity.WARNING,
    tags = {"vpn", "routing"})
public final class VpnGatewayUnreachable implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    VpnRouting routing = VpnRouting.of(network);
    List<VpnGateway> gateways = new ArrayList<>(network.all(VpnGateway.class));
    gateways.sort(Names.DECLARED);
    for (VpnGateway g : gateways) {
      List<VpnConnection> conns = new ArrayList<>(network.vpnConnectionsTo(g));
      // A gateway whose connections live elsewhere may get its attachment and propagation
      // there too (terraform-aws-modules/vpn-gateway creates all three together).
      if (conns.isEmpty()) continue;
      conns.sort(Names.DECLARED);
      switch (routing.attachmentOf(g)) {
        case DETACHED -> ctx.report(g, detached(g, conns), conns);
        case ATTACHED -> routing.routeGap(g).ifPresent(gap -> reportGap(ctx, gap, conns));
        case UNDECIDED -> { }
      }
    }
    List<VpnConnection> connections = new ArrayList<>(network.all(VpnConnection.class));
    connections.sort(Names.DECLARED);
    for (VpnConnection c : connections) {
      if (!c.isStatic()) continue;
      checkStaticRoutes(network, routing, ctx, c);
    }
  }

  private static String detached(VpnGateway g, List<VpnConnection> conns) {
    String attach = Names.isTerraform(g) ? "no vpc_id and no aws_vpn_gateway_attachment"
        : "no VPCGatewayAttachment";
    return "Virtual private gateway " + Names.quoted(g) + " is attached to no VPC (" + attach
        + " names it), so no traffic can use its VPN " + connections(conns)
        + ". Attach it to the VPC it serves";
  }

  private static void reportGap(RuleContext ctx, RouteGap gap, List<VpnConnection> conns) {
    VpnGateway g = gap.gateway();
    String tables = gap.tables().stream().map(Names::quoted).collect(Collectors.joining(", "));
    String propagation = Names.isTerraform(g)
        ? "propagating_vgws or aws_vpn_gateway_route_propagation"
        : "an AWS::EC2::VPNGatewayRoutePropagation";
    List<Element> related = new ArrayList<>(gap.tables());
    related.add(gap.vpc());
    related.addAll(conns);
    related.sort(Names.DECLARED);
    ctx.report(g, "Virtual private gateway " + Names.quoted(g) + " is attached to VPC "
        + Names.quoted(gap.vpc()) + ", but no route table of that VPC sends traffic to it (route"
        + " table" + (gap.tables().size() == 1 ? " " : "s ") + tables + "): no route targets the"
        + " gateway and none propagates its routes, so traffic from the VPC never enters VPN "
        + connections(conns)
        + ". Enable route propagation (" + propagation + ") or add routes to the on-premises"
        + " ranges through the gateway", related);
  }

  private static void checkStaticRoutes(Network network, VpnRouting routing, RuleContext ctx,
      VpnConnection c) {
    Optional<Element> gateway = network.resolve(c.targetGateway());
    List<Element> related = new ArrayList<>();
    gateway.ifPresent(related::add);
    if (!c.vpnGateway().isAbsent()) {
      if (!routing.lacksStaticRoutes(c)) return;
      String route = Names.isTerraform(c) ? "aws_vpn_connection_route" : "VPNConnectionRoute";
      String vgw = c.vpnGateway().isKnown() ? VpnGateways.describe(network, c.vpnGateway())
          : "its virtual private gateway";
      ctx.report(c, "VPN connection " + Names.quoted(c) + " uses static routing but has no"
          + " static route (" + route + "), so " + vgw + " has no on-premises range to send"
          + " through it and no traffic uses it. Add a static route for each on-premises range",
          related);
    } else if (gateway.isPresent() && gateway.get() instanceof TransitGateway
        && Names.isTerraform(c) && routing.lacksTransitGatewayRoutes(c)) {
      // CloudFormation cannot name a VPN's transit gateway attachment, so its static routes are
      // written elsewhere; Terraform can (transit_gateway_attachment_id).
      ctx.report(c, "VPN connection " + Names.quoted(c) + " uses static routing but no transit"
          + " gateway route (aws_ec2_transit_gateway_route) sends traffic to its attachment, so "
          + VpnGateways.describe(gateway.get()) + " has no on-premises range to send through it"
          + " and no traffic uses it. Add a transit gateway route for each on-premises range",
          related);
    }
  }

  private static String connections(List<VpnConnection> conns) {
    return (conns.size() == 1 ? "connection " : "connections ")
        + conns.stream().map(Names::quoted).collect(Collectors.joining(", "));
  }
}
