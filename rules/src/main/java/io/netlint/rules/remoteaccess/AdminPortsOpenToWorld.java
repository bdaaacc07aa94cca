package io.netlint.rules.remoteaccess;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.SecurityGroupRule;
import io.netlint.model.Value;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import io.netlint.rules.analysis.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * NET702. An ingress rule that admits SSH (TCP 22) or RDP (TCP 3389) from every address:
 * {@code 0.0.0.0/0} or {@code ::/0}, with TCP ports that cover the port, or all protocols
 * ({@code -1}). The whitepaper's set-up step allows them from the customer's own range. A rule
 * whose protocol, ports or peer range is unknown is skipped.
 */
@RuleInfo(
    id = "NET702",
    name = "admin-ports-open-to-world",
    summary = "A security group should not allow SSH or RDP from the whole internet",
    severity = Severity.WARNING,
    tags = {"exposure", "security-group", "remote-access"})
public final class AdminPortsOpenToWorld implements Rule {

  private record AdminPort(int port, String service) {}

  private static final List<AdminPort> ADMIN_PORTS =
      List.of(new AdminPort(22, "SSH"), new AdminPort(3389, "RDP"));

  @Override
  public void check(Network network, RuleContext ctx) {
    for (SecurityGroupRule rule : network.all(SecurityGroupRule.class)) {
      if (!rule.ingress() || !rule.peerCidr().isKnown()
          || rule.peerCidr().get().prefixLength() != 0 || !rule.protocol().isKnown()) {
        continue;
      }
      String protocol = rule.protocol().get().trim().toLowerCase(Locale.ROOT);
      boolean allProtocols = protocol.equals("-1") || protocol.equals("all");
      boolean tcp = protocol.equals("tcp") || protocol.equals("6");
      if (!allProtocols && !tcp) continue;
      Optional<String> allowed = allProtocols ? Optional.of(allTraffic(rule))
          : tcpPorts(rule.fromPort(), rule.toPort());
      allowed.ifPresent(what -> report(network, rule, what, ctx));
    }
  }

  /** Ports given with protocol -1 are ignored by AWS; a rule meant for one port opens all. */
  private static String allTraffic(SecurityGroupRule rule) {
    String ignored = "";
    if (rule.fromPort().isKnown() && rule.toPort().isKnown()) {
      int low = rule.fromPort().get();
      int high = rule.toPort().get();
      // -1, 0 and 0-65535 are how templates write "all ports"; anything else meant a port
      boolean allPorts = low <= 0 && (high <= 0 || high >= 65535);
      if (!allPorts) {
        ignored = low == high ? ", so the port " + low + " it names is ignored"
            : ", so the ports " + low + "-" + high + " it names are ignored";
      }
    }
    return "all traffic (protocol -1" + ignored + "), which includes " + describe(ADMIN_PORTS);
  }

  /** What a TCP rule opens, when its ports are known and cover an admin port. */
  private static Optional<String> tcpPorts(Value<Integer> from, Value<Integer> to) {
    if (!from.isKnown() || !to.isKnown()) return Optional.empty();
    int low = from.get();
    int high = to.get();
    List<AdminPort> covered = new ArrayList<>();
    for (AdminPort p : ADMIN_PORTS) {
      if (low <= p.port() && p.port() <= high) covered.add(p);
    }
    if (covered.isEmpty()) return Optional.empty();
    if (low == high) return Optional.of(describe(covered));
    return Optional.of("TCP ports " + low + "-" + high + ", which include " + describe(covered));
  }

  private static String describe(List<AdminPort> ports) {
    List<String> parts = new ArrayList<>();
    for (AdminPort p : ports) parts.add(p.service() + " (TCP " + p.port() + ")");
    return String.join(" and ", parts);
  }

  private static void report(Network network, SecurityGroupRule rule, String what,
      RuleContext ctx) {
    Optional<Element> group = network.resolve(rule.group());
    // inline rules are keyed under their group (file#Group/ingress[0])
    boolean inline = group.isPresent() && rule.key().startsWith(group.get().key() + "/");
    String who;
    if (inline) {
      who = "Security group " + Names.quoted(group.get());
    } else {
      String of = rule.group().isKnown() ? "security group " + Names.quoted(network, rule.group())
          : "its security group";
      who = "Ingress rule " + Names.quoted(rule) + " of " + of;
    }
    String peer = rule.peerCidr().get().text();
    List<Element> related = inline || group.isEmpty() ? List.of() : List.of(group.get());
    ctx.report(rule, who + " allows " + what + " from " + peer + ", every address: any host that"
        + " can reach its instances, the whole internet when they have a public address, can try"
        + " to log in. Allow remote administration only from your own network's range", related);
  }
}
