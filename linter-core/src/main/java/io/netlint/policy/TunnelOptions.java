package io.netlint.policy;

import io.netlint.model.VpnTunnel;
import io.netlint.policy.NetworkView.Tunnel;
import java.util.ArrayList;
import java.util.List;

/**
 * A VPN tunnel's options as policy values: the loaders keep them as text by their CloudFormation
 * name (lists sorted and comma-joined); an option not given takes AWS's default.
 */
final class TunnelOptions {
  private TunnelOptions() {}

  // AWS's defaults (Site-to-Site VPN user guide, "Tunnel options for your Site-to-Site VPN
  // connection")
  static final List<Object> IKE = List.of("ikev1", "ikev2");
  static final List<Object> ENCRYPTION =
      List.of("AES128", "AES128-GCM-16", "AES256", "AES256-GCM-16");
  static final List<Object> INTEGRITY = List.of("SHA1", "SHA2-256", "SHA2-384", "SHA2-512");
  static final List<Object> PHASE1_DH =
      List.of(2L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L);
  static final List<Object> PHASE2_DH =
      List.of(2L, 5L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L);

  private static final String UNKNOWN = "<unknown>";

  /** A list option: text or, with {@code numbers}, numbers. */
  static Object list(Tunnel t, String name, List<Object> whenAbsent, boolean numbers) {
    Object text = text(t, name, null);
    if (text == null) return whenAbsent;
    if (!(text instanceof String s)) return text;
    List<Object> out = new ArrayList<>();
    for (String item : s.split(",")) {
      String v = item.trim();
      if (v.isEmpty()) continue;
      Object value = numbers ? parse(name, v) : v;
      if (value instanceof Unknown) return value;
      out.add(value);
    }
    return out;
  }

  static Object number(Tunnel t, String name, long whenAbsent) {
    Object text = text(t, name, whenAbsent);
    return text instanceof String s ? parse(name, s.trim()) : text;
  }

  /** The option's text, {@code whenAbsent} when not given, or {@link Unknown}. */
  static Object text(Tunnel t, String name, Object whenAbsent) {
    VpnTunnel x = t.tunnel();
    // a specification that exists but is not known leaves every option unknown
    if (x.specified() && x.options().isEmpty() && x.insideCidr().isUnknown()) {
      return new Unknown(null, x.insideCidr().reason());
    }
    String text = x.options().get(name);
    if (text == null) return whenAbsent;
    if (text.contains(UNKNOWN)) {
      return new Unknown(null, "the tunnel option " + name + " is known only at deployment");
    }
    return text;
  }

  private static Object parse(String name, String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return new Unknown(null, "the tunnel option " + name + " holds '" + s + "'");
    }
  }
}
