package io.netlint.rules;

import io.netlint.rule.Rule;
import io.netlint.rule.RuleProvider;
import io.netlint.rules.addressing.OverlappingConnectedCidrs;
import io.netlint.rules.addressing.SubnetCidrConflict;
import io.netlint.rules.appliance.SingleInstanceAppliance;
import io.netlint.rules.privatelink.CrossRegionPrivateLink;
import io.netlint.rules.vpn.MissingRedundantTunnel;
import io.netlint.rules.vpn.SingleCustomerGateway;
import java.util.List;

/** The built-in rules, listed explicitly so that the defaults are reviewable in one place. */
public final class BuiltInRules implements RuleProvider {

  @Override
  public List<Rule> rules() {
    return List.of(
        new OverlappingConnectedCidrs(),
        new SubnetCidrConflict(),
        new SingleCustomerGateway(),
        new MissingRedundantTunnel(),
        new SingleInstanceAppliance(),
        new CrossRegionPrivateLink());
  }
}
