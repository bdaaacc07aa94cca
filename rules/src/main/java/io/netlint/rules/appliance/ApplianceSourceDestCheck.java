package io.netlint.rules.appliance;

import io.netlint.model.Element;
import io.netlint.model.ExternalReference;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import io.netlint.model.Value;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Appliances;
import io.netlint.rules.analysis.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A route targets an instance or network interface whose source/destination check is enabled, so
 * it drops the traffic it is sent. The check belongs to each interface: a route to an interface
 * is judged by the interface's own flag, a route to an instance by the instance's flag (which
 * sets its primary interface's). An instance's flag also lands on an interface that is its
 * primary one, which the model cannot tell, so a disabled or unknown flag on the other side of an
 * attachment keeps the rule silent, as does an interface attached to, or handed to, something
 * outside the inputs.
 */
@RuleInfo(
    id = "NET304",
    name = "appliance-source-dest-check",
    summary = "An instance or network interface that routes target must have its"
        + " source/destination check disabled",
    severity = Severity.ERROR,
    tags = {"appliance", "routing"})
public final class ApplianceSourceDestCheck implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    Appliances appliances = network.derived(Appliances.class, Appliances::new);
    Map<Element, List<Route>> byTarget = new TreeMap<>(Names.DECLARED);
    for (Route r : network.all(Route.class)) {
      if (!Appliances.targetsAppliance(r)) continue;
      Optional<Element> target = network.resolve(r.target().target())
          .filter(e -> e instanceof Instance || e instanceof NetworkInterface);
      if (target.isEmpty() || !checks(network, appliances, target.get())) continue;
      byTarget.computeIfAbsent(target.get(), k -> new ArrayList<>()).add(r);
    }
    byTarget.forEach((target, routes) -> report(network, appliances, ctx, target, routes));
  }

  /** True when the target is known to check source and destination, so it drops forwarding. */
  private static boolean checks(Network network, Appliances appliances, Element target) {
    if (target instanceof Instance i) {
      if (!enabled(i.sourceDestCheck())) return false;
      // One of its interfaces may be the primary one, with the check off.
      return appliances.interfacesOf(i).stream().allMatch(eni -> enabled(eni.sourceDestCheck()));
    }
    NetworkInterface eni = (NetworkInterface) target;
    if (!enabled(eni.sourceDestCheck())) return false;
    // As the primary interface of an instance it takes the instance's flag.
    Optional<Element> holder = appliances.instanceOf(eni);
    if (holder.isPresent()) return enabled(((Instance) holder.get()).sourceDestCheck());
    // Attached to an instance outside the inputs, or handed to one: its flag is not known.
    boolean handedOut = network.all(ExternalReference.class).stream()
        .anyMatch(x -> eni.key().equals(network.identity(x.target())));
    return eni.instance().isAbsent() && !handedOut;
  }

  /** Enabled: set to true, or not set (AWS's default); unknown is not enabled. */
  private static boolean enabled(Value<Boolean> check) {
    return check.isAbsent() || (check.isKnown() && check.get());
  }

  private static void report(Network network, Appliances appliances, RuleContext ctx,
      Element target, List<Route> routes) {
    Value<Boolean> check = target instanceof Instance i ? i.sourceDestCheck()
        : ((NetworkInterface) target).sourceDestCheck();
    String property = Names.isTerraform(target) ? "source_dest_check" : "SourceDestCheck";
    String state = check.isAbsent()
        ? property + " is not set, and AWS enables the check by default"
        : property + " is true";
    String what;
    if (target instanceof Instance) {
      what = "Instance " + Names.quoted(target);
    } else {
      what = "Network interface " + Names.quoted(target) + appliances
          .instanceOf((NetworkInterface) target)
          .map(i -> " (attached to instance " + Names.quoted(i) + ")").orElse("");
    }
    String routeList = routes.stream().map(r -> describe(network, r))
        .collect(Collectors.joining(", "));
    List<Element> related = new ArrayList<>(routes);
    ctx.report(target, what + " is the target of " + (routes.size() == 1 ? "route " : "routes ")
        + routeList + ", but its source/destination check is enabled (" + state + "): it drops"
        + " every packet that is neither from nor to itself, so traffic sent along "
        + (routes.size() == 1 ? "that route" : "those routes") + " is lost. Set " + property
        + (Names.isTerraform(target) ? " = false" : ": false") + " on it", related);
  }

  /** {@code 'Route' (0.0.0.0/0 in route table 'Table')}. */
  private static String describe(Network network, Route r) {
    String destination = r.destination().isKnown() ? r.destination().get().canonical()
        : r.destinationPrefixList().isKnown() ? "prefix list " + r.destinationPrefixList().get()
        : "an unknown destination";
    Optional<RouteTable> table = network.resolve(r.routeTable(), RouteTable.class);
    if (table.isPresent() && table.get().name().equals(r.name())) {
      return "for " + destination + " in route table " + Names.quoted(table.get());
    }
    return Names.quoted(r) + " (" + destination
        + table.map(t -> " in route table " + Names.quoted(t)).orElse("") + ")";
  }
}
