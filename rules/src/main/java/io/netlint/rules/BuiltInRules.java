package io.netlint.rules;

import io.netlint.rule.Rule;
import io.netlint.rule.RuleProvider;
import io.netlint.rules.addressing.ClientVpnCidrConflict;
import io.netlint.rules.addressing.OverlappingConnectedCidrs;
import io.netlint.rules.addressing.SubnetCidrConflict;
import io.netlint.rules.appliance.ApplianceSourceDestCheck;
import io.netlint.rules.appliance.ApplianceWithoutRecovery;
import io.netlint.rules.appliance.CrossAzApplianceRouting;
import io.netlint.rules.appliance.SingleInstanceAppliance;
import io.netlint.rules.directconnect.DirectConnectUnencrypted;
import io.netlint.rules.directconnect.SingleDirectConnect;
import io.netlint.rules.pattern.TransitVpcPattern;
import io.netlint.rules.privatelink.CrossRegionPrivateLink;
import io.netlint.rules.privatelink.EndpointSingleAz;
import io.netlint.rules.remoteaccess.AdminPortsOpenToWorld;
import io.netlint.rules.remoteaccess.ClientVpnSingleAz;
import io.netlint.rules.vpc.OneSidedPeering;
import io.netlint.rules.vpc.PeeringMeshAtScale;
import io.netlint.rules.vpc.TgwAttachmentAzGap;
import io.netlint.rules.vpc.TgwAttachmentQuota;
import io.netlint.rules.vpc.TransitivePeeringRoute;
import io.netlint.rules.vpn.CustomerAsnEqualsAmazonAsn;
import io.netlint.rules.vpn.DuplicateCustomerAsn;
import io.netlint.rules.vpn.MissingRedundantTunnel;
import io.netlint.rules.vpn.StaticRoutingOnly;
import io.netlint.rules.vpn.TgwVpnEcmpDisabled;
import io.netlint.rules.vpn.VpnGatewayUnreachable;
import io.netlint.rules.vpn.VpnTunnelUnmonitored;
import io.netlint.rules.vpn.SingleCustomerGateway;
import java.util.List;

/** The built-in rules, listed explicitly so that the defaults are reviewable in one place. */
public final class BuiltInRules implements RuleProvider {

  @Override
  public List<Rule> rules() {
    return List.of(
        new OverlappingConnectedCidrs(),
        new SubnetCidrConflict(),
        new ClientVpnCidrConflict(),
        new SingleCustomerGateway(),
        new MissingRedundantTunnel(),
        new StaticRoutingOnly(),
        new VpnTunnelUnmonitored(),
        new DuplicateCustomerAsn(),
        new CustomerAsnEqualsAmazonAsn(),
        new VpnGatewayUnreachable(),
        new TgwVpnEcmpDisabled(),
        new SingleInstanceAppliance(),
        new CrossAzApplianceRouting(),
        new ApplianceWithoutRecovery(),
        new ApplianceSourceDestCheck(),
        new TransitivePeeringRoute(),
        new OneSidedPeering(),
        new PeeringMeshAtScale(),
        new TgwAttachmentAzGap(),
        new TgwAttachmentQuota(),
        new CrossRegionPrivateLink(),
        new EndpointSingleAz(),
        new SingleDirectConnect(),
        new DirectConnectUnencrypted(),
        new ClientVpnSingleAz(),
        new AdminPortsOpenToWorld(),
        new TransitVpcPattern());
  }
}
