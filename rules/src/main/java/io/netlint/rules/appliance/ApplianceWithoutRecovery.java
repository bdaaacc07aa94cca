package io.netlint.rules.appliance;

import io.netlint.model.Alarm;
import io.netlint.model.Element;
import io.netlint.model.ExternalReference;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.Value;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Appliances;
import io.netlint.rules.analysis.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An appliance instance that nothing brings back when it fails: no CloudWatch alarm on it with
 * the EC2 recover or reboot action. An interface that no instance among the inputs holds is left
 * alone: its instance, and so its recovery (often an Auto Scaling group), is defined elsewhere.
 * When an alarm may exist outside the inputs (the instance's ID is passed to a nested stack or
 * application, or an alarm's instance or actions are unknown), the finding says "cannot verify".
 */
@RuleInfo(
    id = "NET303",
    name = "appliance-without-recovery",
    summary = "A routing appliance on EC2 should have an alarm that recovers or reboots it",
    severity = Severity.INFO,
    tags = {"appliance", "availability", "monitoring"})
public final class ApplianceWithoutRecovery implements Rule {

  private static final String INSTANCE_DIMENSION = "InstanceId";

  /** EC2 alarm actions that bring an instance back: recover and reboot, in both ARN forms. */
  private static final Pattern RECOVERY_ACTION = Pattern.compile(
      "arn:[^:]+:automate:[^:]*:ec2:(recover|reboot)"
          + "|arn:[^:]+:swf:[^:]*:[^:]*:action/actions/AWS_EC2\\.InstanceId\\.Reboot/1\\.0");

  @Override
  public void check(Network network, RuleContext ctx) {
    Appliances appliances = new Appliances(network);
    List<Alarm> onInstances = network.all(Alarm.class).stream()
        .filter(a -> a.dimensions().containsKey(INSTANCE_DIMENSION))
        .toList();
    // An alarm on an instance that is not known may be on any of them.
    List<Alarm> onUnknown = onInstances.stream()
        .filter(a -> a.dimensions().get(INSTANCE_DIMENSION).isUnknown())
        .filter(a -> recovers(a) || mayRecover(a))
        .toList();
    for (Element a : appliances.all()) {
      if (!(a instanceof Instance instance)) continue;
      List<Alarm> own = onInstances.stream()
          .filter(x -> instance.key().equals(network.identity(x.dimensions()
              .get(INSTANCE_DIMENSION))))
          .toList();
      if (own.stream().anyMatch(ApplianceWithoutRecovery::recovers)) continue;
      List<Alarm> maybe = new ArrayList<>(own.stream()
          .filter(ApplianceWithoutRecovery::mayRecover).toList());
      maybe.addAll(onUnknown);
      List<ExternalReference> handedOut = network.all(ExternalReference.class).stream()
          .filter(x -> instance.key().equals(network.identity(x.target())))
          .toList();
      String role = role(network, appliances, instance);
      if (handedOut.isEmpty() && maybe.isEmpty()) {
        report(ctx, instance, role, own);
      } else {
        reportCannotVerify(ctx, network, instance, role, handedOut, maybe);
      }
    }
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
    String alarms = own.isEmpty() ? "no CloudWatch alarm watches it"
        : (own.size() == 1 ? "its alarm " : "its alarms ")
            + own.stream().map(Names::quoted).collect(Collectors.joining(", "))
            + (own.size() == 1 ? " has" : " have") + " neither action";
    ctx.report(instance, "Instance " + Names.quoted(instance) + " " + role
        + ", but nothing brings it back when it fails: no alarm on it has the EC2 recover or"
        + " reboot action (arn:aws:automate:<region>:ec2:recover or :ec2:reboot) and "
        + alarms + ", and it is not in an Auto Scaling group. Add an alarm on"
        + " StatusCheckFailed_System with the recover action (and on StatusCheckFailed_Instance"
        + " with the reboot action), or run the appliance in an Auto Scaling group", own);
  }

  private static void reportCannotVerify(RuleContext ctx, Network network, Instance instance,
      String role, List<ExternalReference> handedOut, List<Alarm> maybe) {
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
    List<Element> related = new ArrayList<>(handedOut);
    related.addAll(maybe);
    ctx.report(instance, Severity.INFO, "Cannot verify that instance " + Names.quoted(instance)
        + " has a recovery mechanism: it " + role
        + ", no alarm among the inputs recovers or reboots it, and " + String.join("; ", reasons)
        + ". Make sure an alarm with the EC2 recover or reboot action watches it", related);
  }

  private static String unknownReason(Alarm alarm) {
    return alarm.actions().stream().filter(Value::isUnknown).map(Value::reason)
        .findFirst().orElse("unknown");
  }

  /** Why it is an appliance: routes send traffic through it, or it forwards for others. */
  private static String role(Network network, Appliances appliances, Instance instance) {
    List<String> tables = new ArrayList<>();
    for (Route r : network.all(Route.class)) {
      if (!Appliances.targetsAppliance(r)) continue;
      if (appliances.targetOf(r).filter(instance::equals).isPresent()) {
        String d = r.destination().isKnown() ? r.destination().get().canonical()
            : r.destinationPrefixList().isKnown() ? "prefix list " + r.destinationPrefixList().get()
            : "an unknown destination";
        if (!tables.contains(d)) tables.add(d);
      }
    }
    if (!tables.isEmpty()) {
      return "is an appliance (routes send " + String.join(", ", tables) + " through it)";
    }
    return "is an appliance (its source/destination check is disabled, so it forwards traffic"
        + " for other hosts)";
  }
}
