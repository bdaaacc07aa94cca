package io.netlint.rules.vpc;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.TransitGatewayAttachments;
import io.netlint.rules.analysis.TransitGatewayAttachments.Gateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * NET405. A transit gateway with more attachments than AWS allows (VPN connections, peering and
 * Direct Connect gateway attachments count), and a VPC attached twice to one transit gateway.
 * Every Terraform {@code count} / {@code for_each} instance is an attachment of its own.
 */
@RuleInfo(
    id = "NET405",
    name = "tgw-attachment-quota",
    summary = "A transit gateway takes at most 5,000 attachments and one attachment per VPC",
    severity = Severity.ERROR,
    tags = {"transit-gateway", "quota"})
public final class TgwAttachmentQuota implements Rule {

  /** Attachments per transit gateway; not adjustable (DOMAIN E.4). */
  static final int MAX_ATTACHMENTS = 5_000;

  @Override
  public void check(Network network, RuleContext ctx) {
    for (Gateway g : TransitGatewayAttachments.of(network)) {
      if (g.count() > MAX_ATTACHMENTS) reportQuota(ctx, g);
    }
    for (List<TgwVpcAttachment> group : TransitGatewayAttachments.repeated(network)) {
      TgwVpcAttachment first = group.get(0);
      for (TgwVpcAttachment again : group.subList(1, group.size())) {
        String message = "Transit gateway attachment " + Names.quoted(again) + " attaches VPC "
            + Names.quoted(network, again.vpc()) + " to transit gateway "
            + Names.quoted(network, again.transitGateway()) + ", which attachment "
            + Names.quoted(first) + " already does; a transit gateway cannot have more than one"
            + " VPC attachment to the same VPC, so AWS rejects the second. Put every subnet the"
            + " VPC needs (one per zone) into one attachment";
        List<Element> related = new ArrayList<>();
        related.add(first);
        network.resolve(again.transitGateway()).ifPresent(related::add);
        ctx.report(again, message, related);
      }
    }
  }

  private static void reportQuota(RuleContext ctx, Gateway g) {
    List<String> parts = new ArrayList<>();
    part(parts, g.vpcAttachments().size(), "VPC attachment");
    part(parts, g.vpnConnections().size(), "VPN connection");
    part(parts, g.peeringAttachments().size(), "peering attachment");
    part(parts, g.dxAssociations().size(), "Direct Connect gateway association");
    String message = "Transit gateway " + g.name() + " has " + number(g.count())
        + " attachments among the inputs (" + String.join(", ", parts) + "), more than the "
        + number(MAX_ATTACHMENTS) + " a transit gateway takes (VPN connections included; the"
        + " quota cannot be raised), so creating the attachments beyond it fails. Spread the"
        + " networks over several transit gateways, peered with each other";
    Element on = g.element() != null ? g.element() : g.all().stream().min(Names.DECLARED)
        .orElseThrow();
    ctx.report(on, message, List.of());
  }

  private static void part(List<String> parts, int n, String what) {
    if (n > 0) parts.add(number(n) + " " + what + (n == 1 ? "" : "s"));
  }

  private static String number(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
