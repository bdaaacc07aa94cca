package io.netlint.rules.appliance;

import io.netlint.model.Alarm;
import io.netlint.model.Element;
import io.netlint.model.ExternalReference;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Value;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.ApplianceRoutes;
import io.netlint.rules.analysis.Appliances;
import io.netlint.rules.analysis.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An appliance instance that nothing brings back when it fails: no CloudWatch alarm on it with
 * the EC2 recover or reboot action. An interface that no instance among the inputs holds is left
 * alone: its instance, and so its recovery (often an Auto Scaling group), is defined elsewhere.
 * When recovery may exist where the inputs do not show it, the finding says "cannot verify": the
 * instance's ID is passed to a nested stack or application, an alarm's instance or actions are
 * unknown, or another appliance of its VPC may run the whitepaper's HA monitor.
 */
@RuleInfo(
    id = "NET303",
    name = "appliance-without-recovery",
    summary = "A routing appliance on EC2 should have an alarm that recovers or reboots it",
    severity = Severity.INFO,
    tags = {"appliance", "availability", "monitoring"})
public final class ApplianceWithoutRecovery implements Rule {

  private static final String INSTANCE_DIMENSION = "InstanceId";

  private static final String PARTITION = "(\\$\\{AWS::Partition\\}|[^:$]+)";
  private static final String REGION = "(\\$\\{AWS::Region\\}|[^:$]*)";
  /** EC2 alarm actions that bring an instance back: recover and reboot, in both ARN forms. */
  private static final Pattern RECOVERY_ACTION = Pattern.compile(
      "arn:" + PARTITION + ":automate:" + REGION + ":ec2:(recover|reboot)"
          + "|arn:" + PARTITION + ":swf:" + REGION + ":(\\$\\{AWS::AccountId\\}|[^:$]*)"
          + ":action/actions/AWS_EC2\\.InstanceId\\.Reboot/1\\.0");

  @Override
  public void check(Network network, RuleContext ctx) {
    Appliances appliances = network.derived(Appliances.class, Appliances::new);
    List<Alarm> onInstances = network.all(Alarm.class).stream()
        .filter(a -> a.dimensions().containsKey(INSTANCE_DIMENSION))
        .toList();
    // An alarm on an instance that is not known may be on any of them.
    List<Alarm> onUnknown = onInstances.stream()
        .filter(a -> a.dimensions().get(INSTANCE_DIMENSION).isUnknown())
        .filter(a -> recovers(a) || mayRecover(a))
        .toList();
    List<Element> all = appliances.all();
    Map<Element, List<String>> destinations = destinations(network, appliances);
    // Grouped once: a pass over every alarm, reference and appliance per instance would make the
    // rule quadratic on estates of thousands of appliances.
    Map<String, List<Alarm>> alarmsByInstance =
        network.groupBy(onInstances, x -> x.dimensions().get(INSTANCE_DIMENSION));
    Map<String, List<ExternalReference>> referencesByTarget =
        network.groupBy(network.all(ExternalReference.class), ExternalReference::target);
    Map<String, List<Instance>> instancesByVpc = new HashMap<>();
    for (Element e : all) {
      String vpc = e instanceof Instance ? appliances.vpcOf(e) : null;
      if (vpc != null) {
        instancesByVpc.computeIfAbsent(vpc, k -> new ArrayList<>()).add((Instance) e);
      }
    }
    for (Element a : all) {
      if (!(a instanceof Instance instance)) continue;
      List<Alarm> own = alarmsByInstance.getOrDefault(instance.key(), List.of());
      if (own.stream().anyMatch(ApplianceWithoutRecovery::recovers)) continue;
      List<Alarm> maybe = new ArrayList<>(own.stream()
          .filter(ApplianceWithoutRecovery::mayRecover).toList());
      maybe.addAll(onUnknown);
      List<ExternalReference> handedOut =
          referencesByTarget.getOrDefault(instance.key(), List.of());
      List<Instance> peers = peers(instancesByVpc, appliances, instance);
      String role = role(destinations.getOrDefault(instance, List.of()));
      if (handedOut.isEmpty() && maybe.isEmpty() && peers.isEmpty()) {
        report(ctx, instance, role, own);
      } else {
        reportCannotVerify(ctx, network, instance, role, handedOut, maybe, peers);
      }
    }
  }

  /**
   * Other appliance instances of the same VPC. In the whitepaper's HA pair each appliance runs a
   * monitor that takes over the other's routes and restarts it; the monitor lives in user data
   * and an IAM role, which the model does not hold.
   */
  private static List<Instance> peers(Map<String, List<Instance>> instancesByVpc,
      Appliances appliances, Instance instance) {
    String vpc = appliances.vpcOf(instance);
    if (vpc == null) return List.of();
    List<Instance> out = new ArrayList<>(instancesByVpc.getOrDefault(vpc, List.of()));
    out.removeIf(other -> other == instance);
    return out;
  }

  private static boolean recovers(Alarm alarm) {
    return alarm.actions().stream()
        .anyMatch(v -> v.isKnown() && RECOVERY_ACTION.matcher(v.get().trim()).matches());
  }

  /** An action that is not known may be a recover or reboot action. */
  private static boolean mayRecover(Alarm alarm) {
    return alarm.actions().stream().anyMatch(Value::isUnknown);
  }

  private static void report(RuleContext ctx, Instance instance, String role,
      List<Alarm> own) {
    String action = "the EC2 recover or reboot action (arn:aws:automate:<region>:ec2:recover or"
        + " :ec2:reboot)";
    String alarms = own.isEmpty() ? "no CloudWatch alarm on it has " + action
        : (own.size() == 1 ? "its alarm " : "its alarms ")
            + own.stream().map(Names::quoted).collect(Collectors.joining(", "))
            + (own.size() == 1 ? " lacks " : " lack ") + action;
    ctx.report(instance, "Instance " + Names.quoted(instance) + " " + role
        + ", but nothing brings it back when it fails: " + alarms + ", and it is not in an Auto"
        + " Scaling group. Add an alarm on StatusCheckFailed_System with the recover action (and"
        + " on StatusCheckFailed_Instance with the reboot action), or run the appliance in an"
        + " Auto Scaling group", own);
  }

  private static void reportCannotVerify(RuleContext ctx, Network network, Instance instance,
      String role, List<ExternalReference> handedOut, List<Alarm> maybe, List<Instance> peers) {
    List<String> reasons = new ArrayList<>();
    for (ExternalReference x : handedOut) {
      reasons.add("its ID is passed to " + x.via() + ", which may create one");
    }
    for (Alarm alarm : maybe) {
      Ref dimension = alarm.dimensions().get(INSTANCE_DIMENSION);
      boolean forThis = instance.key().equals(network.identity(dimension));
      reasons.add("alarm " + Names.quoted(alarm) + (forThis
          ? " watches it with actions that are not known (" + unknownReason(alarm) + ")"
          : " may watch it: its instance is not known (" + dimension.reason() + ")"));
    }
    if (!peers.isEmpty()) {
      reasons.add((peers.size() == 1 ? "instance " : "instances ")
          + peers.stream().map(Names::quoted).collect(Collectors.joining(", "))
          + (peers.size() == 1 ? " is another appliance" : " are other appliances")
          + " of its VPC: in the whitepaper's HA pair a monitor on the peer takes over the routes"
          + " and restarts a failed appliance, and that monitor (user data and an IAM role) is not"
          + " visible here");
    }
    List<Element> related = new ArrayList<>(handedOut);
    related.addAll(maybe);
    related.addAll(peers);
    ctx.report(instance, Severity.INFO, "Cannot verify that instance " + Names.quoted(instance)
        + " has a recovery mechanism: it " + role
        + ", no alarm among the inputs recovers or reboots it, and " + String.join("; ", reasons)
        + ". Make sure an alarm with the EC2 recover or reboot action, or a monitor, watches it",
        related);
  }

  private static String unknownReason(Alarm alarm) {
    return alarm.actions().stream().filter(Value::isUnknown).map(Value::reason)
        .findFirst().orElse("unknown");
  }

  /** The destinations that routes send through each appliance, in input order. */
  private static Map<Element, List<String>> destinations(Network network,
      Appliances appliances) {
    Map<Element, List<String>> out = new HashMap<>();
    for (ApplianceRoutes.Hop h : ApplianceRoutes.of(network, appliances)) {
      if (h.appliance().isEmpty()) continue;
      String d = h.destination().map(Object::toString).orElse("an unknown destination");
      List<String> list = out.computeIfAbsent(h.appliance().get(), k -> new ArrayList<>());
      if (!list.contains(d)) list.add(d);
    }
    return out;
  }

  /** Why it is an appliance: routes send traffic through it, or it forwards for others. */
  private static String role(List<String> destinations) {
    if (!destinations.isEmpty()) {
      return "is an appliance (routes send " + String.join(", ", destinations) + " through it)";
    }
    return "is an appliance (its source/destination check is disabled, so it forwards traffic"
        + " for other hosts)";
  }
}
