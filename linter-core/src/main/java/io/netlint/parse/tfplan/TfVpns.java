package io.netlint.parse.tfplan;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.Value;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.model.VpnTunnel;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Site-to-Site VPN connections (DOMAIN B.3). Terraform's flat {@code tunnelN_*} arguments become
 * {@link VpnTunnel} options under their CloudFormation names, so both formats compare alike.
 */
final class TfVpns {
  private TfVpns() {}

  static final String SECRET = "<set>";
  static final String UNKNOWN = "<unknown>";

  /** Terraform argument suffix to the CloudFormation tunnel option name. */
  private static final Map<String, String> OPTIONS = options();

  /** Optional+computed tunnel arguments: AWS fills them in when they are not written. */
  private static final Set<String> OPTIONAL_COMPUTED =
      Set.of("inside_cidr", "inside_ipv6_cidr", "preshared_key", "log_options");

  private static Map<String, String> options() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ike_versions", "IKEVersions");
    m.put("phase1_encryption_algorithms", "Phase1EncryptionAlgorithms");
    m.put("phase2_encryption_algorithms", "Phase2EncryptionAlgorithms");
    m.put("phase1_integrity_algorithms", "Phase1IntegrityAlgorithms");
    m.put("phase2_integrity_algorithms", "Phase2IntegrityAlgorithms");
    m.put("phase1_dh_group_numbers", "Phase1DHGroupNumbers");
    m.put("phase2_dh_group_numbers", "Phase2DHGroupNumbers");
    m.put("phase1_lifetime_seconds", "Phase1LifetimeSeconds");
    m.put("phase2_lifetime_seconds", "Phase2LifetimeSeconds");
    m.put("dpd_timeout_action", "DPDTimeoutAction");
    m.put("dpd_timeout_seconds", "DPDTimeoutSeconds");
    m.put("startup_action", "StartupAction");
    m.put("rekey_fuzz_percentage", "RekeyFuzzPercentage");
    m.put("rekey_margin_time_seconds", "RekeyMarginTimeSeconds");
    m.put("replay_window_size", "ReplayWindowSize");
    m.put("enable_tunnel_lifecycle_control", "EnableTunnelLifecycleControl");
    m.put("preshared_key", "PreSharedKey");
    m.put("inside_ipv6_cidr", "TunnelInsideIpv6Cidr");
    m.put("log_options", "LogOptions");
    return Map.copyOf(m);
  }

  static void connection(TfContext cx, TfResource r, List<Element> out) {
    out.add(new VpnConnection(cx.meta(r), cx.ref(r, "customer_gateway_id"),
        cx.ref(r, "vpn_gateway_id"), cx.ref(r, "transit_gateway_id"),
        cx.boolOrDefault(r, "static_routes_only"), List.of(tunnel(cx, r, 1), tunnel(cx, r, 2)),
        cx.cidrOrDefault(r, "local_ipv4_network_cidr"),
        cx.cidrOrDefault(r, "remote_ipv4_network_cidr"),
        cx.stringOrDefault(r, "outside_ip_address_type")));
  }

  static void route(TfContext cx, TfResource r, List<Element> out) {
    out.add(new VpnConnectionRoute(cx.meta(r), cx.ref(r, "vpn_connection_id"),
        cx.cidr(r.values(), "destination_cidr_block")));
  }

  static VpnTunnel tunnel(TfContext cx, TfResource r, int n) {
    String prefix = "tunnel" + n + "_";
    TfObject v = r.values();
    String insideAttr = prefix + "inside_cidr";
    Value<Cidr> inside = cx.orDefault(r, insideAttr, cx.cidr(v, insideAttr));
    Map<String, String> options = new TreeMap<>();
    for (Map.Entry<String, String> e : OPTIONS.entrySet()) {
      String attr = prefix + e.getKey();
      if (e.getKey().equals("log_options")) {
        logOptions(cx, r, attr, options);
        continue;
      }
      String value = e.getKey().equals("preshared_key") ? secret(cx, r, attr)
          : option(cx, r, attr);
      if (value != null) options.put(e.getValue(), value);
    }
    return new VpnTunnel(specified(cx, r, prefix), inside, options);
  }

  /**
   * True when any tunnel argument is given. Configuration says what the user wrote; without it,
   * values stand in, except optional+computed ones that AWS fills in for existing connections.
   */
  private static boolean specified(TfContext cx, TfResource r, String prefix) {
    TfConfig.Resource config = cx.config(r);
    List<String> args = new ArrayList<>(OPTIONS.keySet());
    args.add("inside_cidr");
    for (String arg : args) {
      if (config != null) {
        if (config.has(prefix + arg)) return true;
      } else if ((!OPTIONAL_COMPUTED.contains(arg) || cx.plan().isCreated(r))
          && isSet(r.values().node(prefix + arg))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSet(Node n) {
    if (n == null) return false;
    if (n instanceof ScalarNode s) return s.text() != null && !s.text().isEmpty();
    if (n instanceof ListNode l) return l.items().stream().anyMatch(TfVpns::isSet);
    if (n instanceof MapNode m) {
      return m.entries().values().stream().anyMatch(e -> isSet(e.value()));
    }
    return false;
  }

  /** A pre-shared key is sensitive: record only that one is given. */
  private static String secret(TfContext cx, TfResource r, String attr) {
    if (cx.config(r) != null) return cx.configured(r, attr) ? SECRET : null;
    TfObject v = r.values();
    return v.text(attr) != null || v.unknown(attr) && cx.plan().isCreated(r) ? SECRET : null;
  }

  /**
   * An option as given: with configuration, only arguments it writes (values of others are what
   * AWS reports for an existing connection); without, whatever the values hold.
   */
  private static String option(TfContext cx, TfResource r, String attr) {
    if (cx.unconfigured(r, attr)) return null;
    TfObject v = r.values();
    Node n = v.node(attr);
    if (n instanceof ScalarNode s) return s.text() == null || s.text().isEmpty() ? null : s.text();
    if (n instanceof ListNode) {
      List<String> items = new ArrayList<>();
      for (TfObject.Item item : v.items(attr)) {
        items.add(item.text() == null ? UNKNOWN : item.text());
      }
      if (items.isEmpty()) return null;
      items.sort(null);
      return String.join(",", items);
    }
    if (v.malformed(attr)) return UNKNOWN;
    return v.unknown(attr) && cx.config(r) != null ? UNKNOWN : null;
  }

  /**
   * {@code tunnelN_log_options} as one option per setting, named by the path of the
   * CloudFormation {@code LogOptions} properties as the CloudFormation loader does, e.g.
   * {@code LogOptions.CloudwatchLogOptions.LogEnabled}.
   */
  private static void logOptions(TfContext cx, TfResource r, String attr,
      Map<String, String> options) {
    if (cx.unconfigured(r, attr)) return;
    Node n = r.values().node(attr);
    if (n instanceof ListNode || n instanceof MapNode) {
      flatten("LogOptions", n, options);
    } else if (r.values().malformed(attr) || r.values().unknown(attr) && cx.config(r) != null) {
      options.put("LogOptions", UNKNOWN);
    }
  }

  private static void flatten(String path, Node n, Map<String, String> options) {
    if (n instanceof MapNode m) {
      for (MapNode.Entry e : m.entries().values()) {
        flatten(path + "." + pascal(e.key()), e.value(), options);
      }
    } else if (n instanceof ListNode l) {
      for (Node item : l.items()) flatten(path, item, options); // blocks of at most one
    } else if (n instanceof ScalarNode s && s.text() != null && !s.text().isEmpty()) {
      options.put(path, s.text());
    }
  }

  static String pascal(String snake) {
    StringBuilder sb = new StringBuilder();
    for (String part : snake.split("_")) {
      if (part.isEmpty()) continue;
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return sb.toString();
  }
}
