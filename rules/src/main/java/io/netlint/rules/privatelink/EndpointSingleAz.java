package io.netlint.rules.privatelink;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.Subnet;
import io.netlint.model.VpcEndpoint;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.SubnetZones;
import io.netlint.rules.analysis.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * NET502. An interface endpoint has one network interface per subnet; with all its subnets in one
 * Availability Zone, the VPC's other zones lose the service when that zone fails. Reported when
 * the endpoint's VPC is known to have subnets in another zone: in a VPC whose subnets are all in
 * the endpoint's zone, the endpoint already serves every zone there is. Only endpoints known to be
 * of type Interface are judged (a Gateway Load Balancer endpoint takes one subnet by design), and
 * only when every subnet and zone is known: an unknown subnet list, subnet or zone keeps it silent.
 */
@RuleInfo(
    id = "NET502",
    name = "endpoint-single-az",
    summary = "An interface endpoint should have subnets in more than one Availability Zone",
    severity = Severity.WARNING,
    tags = {"privatelink", "endpoint", "availability"})
public final class EndpointSingleAz implements Rule {

  private static final String INTERFACE = "Interface";

  @Override
  public void check(Network network, RuleContext ctx) {
    Map<String, List<Subnet>> subnetsByVpc = network.groupBy(network.all(Subnet.class),
        Subnet::vpc);
    for (VpcEndpoint endpoint : network.all(VpcEndpoint.class)) {
      if (!endpoint.type().isKnown() || !endpoint.type().get().equals(INTERFACE)) continue;
      Optional<SubnetZones.OneZone> zone = SubnetZones.oneZone(network, endpoint.subnets());
      if (zone.isEmpty()) continue;
      String vpc = network.identity(endpoint.vpc());
      if (vpc == null) vpc = network.identity(zone.get().subnets().get(0).vpc());
      if (vpc == null) continue;
      List<Subnet> others = SubnetZones.otherZones(subnetsByVpc.getOrDefault(vpc, List.of()),
          zone.get().zone());
      if (others.isEmpty()) continue;
      report(network, endpoint, zone.get(), vpc, others, ctx);
    }
  }

  private static void report(Network network, VpcEndpoint endpoint, SubnetZones.OneZone zone,
      String vpc, List<Subnet> others, RuleContext ctx) {
    List<Subnet> subnets = zone.subnets();
    String names = subnets.stream().map(Names::quoted).collect(Collectors.joining(", "));
    String where = subnets.size() == 1
        ? "its only subnet " + names + " is in " + zone.zone().describe()
        : "its subnets " + names + " are all in " + zone.zone().describe();
    String vpcName = network.byKey(vpc).map(Names::quoted)
        .orElse(vpc.startsWith("aws:") ? vpc.substring(4) : vpc);
    String elsewhere = others.stream()
        .map(s -> Names.quoted(s) + " in " + new Zone(s.availabilityZone().get()).describe())
        .collect(Collectors.joining(", "));
    String service = endpoint.serviceName().isKnown()
        ? " (" + endpoint.serviceName().get() + ")" : "";
    List<Element> related = new ArrayList<>(subnets);
    related.addAll(others);
    ctx.report(endpoint, "Interface endpoint " + Names.quoted(endpoint) + service + " has network"
        + " interfaces in one Availability Zone only: " + where + ", while VPC " + vpcName
        + " also has subnets elsewhere (" + elsewhere + "); if that zone fails, workloads in the"
        + " other zones lose the service through the endpoint. Add a subnet in each zone the"
        + " workloads use", related);
  }
}
