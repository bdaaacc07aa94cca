package io.netlint.rules.remoteaccess;

import io.netlint.model.ClientVpnAssociation;
import io.netlint.model.ClientVpnEndpoint;
import io.netlint.model.Element;
import io.netlint.model.ExternalReference;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Subnet;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.SubnetZones;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NET701. Each target network association of a Client VPN endpoint puts it in one Availability
 * Zone, and AWS allows one subnet per zone; with every association in one zone, clients cannot
 * connect when that zone fails. An endpoint with no association among the inputs, or whose ID is
 * handed to a nested stack or application, may be associated elsewhere and is not judged; an
 * association whose endpoint is unknown may be this endpoint's second zone.
 */
@RuleInfo(
    id = "NET701",
    name = "client-vpn-single-az",
    summary = "A Client VPN endpoint should be associated with subnets in more than one"
        + " Availability Zone",
    severity = Severity.WARNING,
    tags = {"client-vpn", "remote-access", "availability"})
public final class ClientVpnSingleAz implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    List<ClientVpnAssociation> all = network.all(ClientVpnAssociation.class);
    Map<String, List<ClientVpnAssociation>> byEndpoint =
        network.groupBy(all, ClientVpnAssociation::endpoint);
    List<ClientVpnAssociation> unplaced = all.stream()
        .filter(a -> network.identity(a.endpoint()) == null && !a.endpoint().isAbsent())
        .toList();
    Set<String> passedOut = new HashSet<>();
    for (ExternalReference x : network.all(ExternalReference.class)) {
      String id = network.identity(x.target());
      if (id != null) passedOut.add(id);
    }
    for (ClientVpnEndpoint endpoint : network.all(ClientVpnEndpoint.class)) {
      List<ClientVpnAssociation> associations =
          new ArrayList<>(byEndpoint.getOrDefault(endpoint.key(), List.of()));
      if (associations.isEmpty() || passedOut.contains(endpoint.key())) continue;
      associations.sort(Names.DECLARED);
      List<Ref> subnets = associations.stream().map(ClientVpnAssociation::subnet).toList();
      Optional<SubnetZones.OneZone> zone = SubnetZones.oneZone(network, subnets);
      if (zone.isEmpty()) continue;
      // an association of an unknown endpoint outside this zone may be this endpoint's
      boolean elsewhere = unplaced.stream()
          .anyMatch(a -> !SubnetZones.inZone(network, a.subnet(), zone.get().zone()));
      if (elsewhere) continue;
      report(endpoint, associations, zone.get(), ctx);
    }
  }

  private static void report(ClientVpnEndpoint endpoint, List<ClientVpnAssociation> associations,
      SubnetZones.OneZone zone, RuleContext ctx) {
    List<Subnet> subnets = zone.subnets();
    String names = subnets.stream().map(Names::quoted).collect(Collectors.joining(", "));
    String where = subnets.size() == 1
        ? "its only target subnet " + names + " is in " + zone.zone().describe()
        : "its target subnets " + names + " are all in " + zone.zone().describe()
            + ", and AWS rejects a second subnet in a zone the endpoint already uses";
    List<Element> related = new ArrayList<>(associations);
    related.addAll(subnets);
    ctx.report(endpoint, "Client VPN endpoint " + Names.quoted(endpoint) + " is associated with"
        + " one Availability Zone only: " + where + "; if that zone fails, clients cannot connect."
        + " Associate a subnet in a second Availability Zone", related);
  }
}
