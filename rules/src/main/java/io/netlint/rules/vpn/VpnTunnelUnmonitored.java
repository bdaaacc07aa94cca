package io.netlint.rules.vpn;

import io.netlint.model.Alarm;
import io.netlint.model.Element;
import io.netlint.model.ExternalReference;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.VpnConnection;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Names;
import io.netlint.rules.analysis.VpnMonitoring;
import io.netlint.rules.analysis.VpnMonitoring.Coverage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * No CloudWatch alarm watches a VPN connection's tunnel state. When an alarm may exist outside the
 * inputs (the connection's ID is handed to a nested stack or serverless application) or an alarm
 * in the inputs may be the one (its connection or metric is not known), the rule says it cannot
 * verify, at info.
 */
@RuleInfo(
    id = "NET204",
    name = "vpn-tunnel-unmonitored",
    summary = "A Site-to-Site VPN connection should have a CloudWatch alarm on its tunnel state",
    severity = Severity.WARNING,
    tags = {"vpn", "monitoring"})
public final class VpnTunnelUnmonitored implements Rule {

  @Override
  public void check(Network network, RuleContext ctx) {
    VpnMonitoring monitoring = VpnMonitoring.of(network);
    List<VpnConnection> connections = new ArrayList<>(network.all(VpnConnection.class));
    connections.sort(Names.DECLARED);
    for (VpnConnection c : connections) {
      Coverage coverage = monitoring.coverage(c);
      switch (coverage.status()) {
        case WATCHED -> { }
        case UNWATCHED -> ctx.report(c, "No CloudWatch alarm watches the tunnels of VPN"
            + " connection " + Names.quoted(c) + " (namespace " + VpnMonitoring.NAMESPACE
            + ", metric " + VpnMonitoring.METRIC + ", dimension VpnId naming this connection):"
            + " when one tunnel goes down nobody is told, and the connection runs on its last"
            + " tunnel until that one fails too. Add an alarm on " + VpnMonitoring.METRIC
            + " for this connection", List.of());
        case CANNOT_VERIFY -> {
          List<Element> related = new ArrayList<>(coverage.alarms());
          related.addAll(coverage.handedTo());
          related.sort(Names.DECLARED);
          ctx.report(c, Severity.INFO, "Cannot verify that the tunnels of VPN connection "
              + Names.quoted(c) + " are monitored: no " + VpnMonitoring.METRIC + " alarm in the"
              + " inputs names it, but " + reasons(coverage), related);
        }
      }
    }
  }

  private static String reasons(Coverage coverage) {
    List<String> out = new ArrayList<>();
    if (!coverage.handedTo().isEmpty()) {
      String via = coverage.handedTo().stream().map(ExternalReference::via).distinct()
          .collect(Collectors.joining(", "));
      out.add("its ID is passed to " + via + ", which may create the alarm outside the inputs");
    }
    for (Alarm a : coverage.alarms()) {
      out.add("alarm " + Names.quoted(a) + " may watch it (" + whyUnsure(a) + ")");
    }
    return String.join("; ", out);
  }

  private static String whyUnsure(Alarm a) {
    List<String> parts = new ArrayList<>();
    if (a.namespace().isUnknown()) {
      parts.add("its namespace is not known: " + a.namespace().reason());
    }
    if (a.metricName().isUnknown()) {
      parts.add("its metric is not known: " + a.metricName().reason());
    }
    String dimension = a.dimensions().containsKey("VpnId") ? "VpnId" : "TunnelIpAddress";
    Ref ref = a.dimensions().get(dimension);
    if (ref == null || ref.isAbsent()) {
      parts.add("it has no VpnId dimension");
    } else if (ref.isUnknown()) {
      parts.add("its " + dimension + " is not known: " + ref.reason());
    } else if (dimension.equals("TunnelIpAddress")) {
      parts.add("its TunnelIpAddress " + ref + " cannot be matched to a connection");
    }
    return parts.isEmpty() ? "it may name this connection" : String.join(", ", parts);
  }
}
