package io.netlint.rules.analysis;

import io.netlint.model.Alarm;
import io.netlint.model.Element;
import io.netlint.model.ExternalReference;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.Value;
import io.netlint.model.VpnConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which CloudWatch alarms watch the tunnels of which VPN connection: namespace {@code AWS/VPN},
 * metric {@code TunnelState}, a {@code VpnId} (or {@code TunnelIpAddress}) dimension that resolves
 * to the connection. Alarms and connections may sit in different files of the run. What the inputs
 * cannot decide is kept apart: an alarm whose metric or connection is not known, and a connection
 * whose ID is handed to a nested stack or serverless application that may create the alarm.
 */
public final class VpnMonitoring {

  public static final String NAMESPACE = "AWS/VPN";
  public static final String METRIC = "TunnelState";
  private static final List<String> DIMENSIONS = List.of("VpnId", "TunnelIpAddress");

  /** How well the inputs show that a connection is watched. */
  public enum Status { WATCHED, CANNOT_VERIFY, UNWATCHED }

  /**
   * The verdict for one connection.
   *
   * @param alarms the alarms that watch it (watched) or may watch it (cannot verify)
   * @param handedTo where its ID is passed outside the inputs (cannot verify)
   */
  public record Coverage(Status status, List<Alarm> alarms, List<ExternalReference> handedTo) {}

  private final Map<String, List<Alarm>> watching = new HashMap<>();
  private final Map<String, List<Alarm>> maybeWatching = new HashMap<>();
  /** Tunnel alarms whose connection is not known: any connection may be theirs. */
  private final List<Alarm> undecided = new ArrayList<>();
  private final Map<String, List<ExternalReference>> handedOut;

  private VpnMonitoring(Network network) {
    for (Alarm a : network.all(Alarm.class)) {
      Metric metric = metricOf(a);
      if (metric == Metric.OTHER) continue;
      Target target = targetOf(network, a);
      if (target.connection == null) {
        if (target.undecided) undecided.add(a);
        continue;
      }
      (metric == Metric.TUNNEL_STATE ? watching : maybeWatching)
          .computeIfAbsent(target.connection, k -> new ArrayList<>()).add(a);
    }
    handedOut = network.groupBy(network.all(ExternalReference.class), ExternalReference::target);
  }

  public static VpnMonitoring of(Network network) {
    return network.derived(VpnMonitoring.class, VpnMonitoring::new);
  }

  public Coverage coverage(VpnConnection c) {
    List<Alarm> sure = watching.getOrDefault(c.key(), List.of());
    if (!sure.isEmpty()) return new Coverage(Status.WATCHED, sure, List.of());
    List<Alarm> maybe = new ArrayList<>(maybeWatching.getOrDefault(c.key(), List.of()));
    maybe.addAll(undecided);
    maybe.sort(Names.DECLARED);
    List<ExternalReference> handed = handedOut.getOrDefault(c.key(), List.of());
    if (maybe.isEmpty() && handed.isEmpty()) {
      return new Coverage(Status.UNWATCHED, List.of(), List.of());
    }
    return new Coverage(Status.CANNOT_VERIFY, maybe, handed);
  }

  private enum Metric { TUNNEL_STATE, MAYBE_TUNNEL_STATE, OTHER }

  private static Metric metricOf(Alarm a) {
    Value<String> ns = a.namespace();
    Value<String> name = a.metricName();
    if (ns.isKnown() && !ns.get().equals(NAMESPACE)) return Metric.OTHER;
    if (name.isKnown() && !name.get().equals(METRIC)) return Metric.OTHER;
    if (ns.isAbsent() || name.isAbsent()) return Metric.OTHER;
    return ns.isKnown() && name.isKnown() ? Metric.TUNNEL_STATE : Metric.MAYBE_TUNNEL_STATE;
  }

  /**
   * The connection an alarm's dimension names (its key), or none; undecided when the dimension is
   * not known, names something outside the inputs that may be a connection's tunnel, or is
   * missing (a dimension map known only after apply loses its entries).
   */
  private record Target(String connection, boolean undecided) {}

  private static Target targetOf(Network network, Alarm a) {
    boolean anyDimension = false;
    for (String dimension : DIMENSIONS) {
      Ref ref = a.dimensions().get(dimension);
      if (ref == null || ref.isAbsent()) continue;
      anyDimension = true;
      if (!ref.isKnown()) return new Target(null, true);
      Optional<Element> named = network.resolve(ref);
      if (named.isPresent()) {
        if (named.get() instanceof VpnConnection c) return new Target(c.key(), false);
        continue;
      }
      // A literal VPN ID outside the inputs is another connection: one among the inputs with
      // that ID would have resolved. A literal tunnel address may belong to any connection.
      if (!dimension.equals("VpnId")) return new Target(null, true);
    }
    return new Target(null, !anyDimension);
  }
}
