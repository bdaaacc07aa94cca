package io.netlint.parse.tfplan;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.Ref;
import io.netlint.model.SecurityGroup;
import io.netlint.model.SecurityGroupRule;
import io.netlint.model.Value;
import io.netlint.parse.tree.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Security groups and their rules (DOMAIN B.10). A rule with several CIDRs becomes one
 * {@link SecurityGroupRule} per CIDR; a rule whose peer is a group or prefix list has no CIDR.
 */
final class TfSecurityGroups {
  private TfSecurityGroups() {}

  private record Peer(Value<Cidr> cidr, Position position) {}

  static void group(TfContext cx, TfResource r, List<Element> out) {
    out.add(new SecurityGroup(cx.meta(r), cx.refOrDefault(r, "vpc_id")));
    Ref group = Ref.toKey(cx.key(r));
    for (String direction : List.of("ingress", "egress")) {
      List<TfObject> rules = r.values().blocks(direction);
      for (int i = 0; i < rules.size(); i++) {
        TfObject rule = rules.get(i);
        List<Peer> peers = peers(cx, rule, "cidr_blocks", "ipv6_cidr_blocks");
        String base = direction + "[" + i + "]";
        if (peers.isEmpty()) {
          out.add(rule(cx.childMeta(r, base, rule.position()), group, direction, rule, cx,
              Value.absent()));
        }
        for (int j = 0; j < peers.size(); j++) {
          Peer p = peers.get(j);
          out.add(rule(cx.childMeta(r, base + "/cidr[" + j + "]", p.position()), group,
              direction, rule, cx, p.cidr()));
        }
      }
    }
  }

  /** The legacy {@code aws_security_group_rule}. */
  static void legacyRule(TfContext cx, TfResource r, List<Element> out) {
    TfObject v = r.values();
    Ref group = cx.ref(r, "security_group_id");
    String direction = "egress".equals(v.text("type")) ? "egress" : "ingress";
    List<Peer> peers = peers(cx, v, "cidr_blocks", "ipv6_cidr_blocks");
    if (peers.size() <= 1) {
      Value<Cidr> cidr = peers.isEmpty() ? Value.absent() : peers.get(0).cidr();
      out.add(rule(cx.meta(r), group, direction, v, cx, cidr));
      return;
    }
    for (int j = 0; j < peers.size(); j++) {
      Peer p = peers.get(j);
      out.add(rule(cx.childMeta(r, "cidr[" + j + "]", p.position()), group, direction, v, cx,
          p.cidr()));
    }
  }

  /** {@code aws_vpc_security_group_ingress_rule} / {@code _egress_rule}: one peer each. */
  static void vpcRule(TfContext cx, TfResource r, List<Element> out) {
    TfObject v = r.values();
    boolean ingress = r.type().endsWith("_ingress_rule");
    Value<Cidr> cidr = cx.cidr(v, "cidr_ipv4");
    if (cidr.isAbsent()) cidr = cx.cidr(v, "cidr_ipv6");
    out.add(new SecurityGroupRule(cx.meta(r), cx.ref(r, "security_group_id"), ingress,
        v.string("ip_protocol"), cx.integer(v, "from_port"), cx.integer(v, "to_port"), cidr));
  }

  private static SecurityGroupRule rule(ElementMeta meta, Ref group, String direction,
      TfObject rule, TfContext cx, Value<Cidr> cidr) {
    return new SecurityGroupRule(meta, group, direction.equals("ingress"),
        rule.string("protocol"), cx.integer(rule, "from_port"), cx.integer(rule, "to_port"), cidr);
  }

  private static List<Peer> peers(TfContext cx, TfObject rule, String... lists) {
    List<Peer> peers = new ArrayList<>();
    for (String list : lists) {
      for (TfObject.Item item : rule.items(list)) {
        Value<Cidr> cidr = item.text() == null ? Value.unknown(TfObject.AFTER_APPLY)
            : cx.cidr(item.text(), item.position(), list);
        peers.add(new Peer(cidr, item.position()));
      }
      if (rule.node(list) == null && rule.unknown(list)) {
        peers.add(new Peer(Value.unknown(TfObject.AFTER_APPLY), rule.positionOf(list)));
      }
    }
    return peers;
  }
}
