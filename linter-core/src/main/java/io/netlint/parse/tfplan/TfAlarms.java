package io.netlint.parse.tfplan;

import io.netlint.model.Alarm;
import io.netlint.model.Element;
import io.netlint.model.Ref;
import io.netlint.model.Value;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CloudWatch metric alarms (DOMAIN B.11). A dimension whose value is known only after apply (the
 * VPN connection is created by the same plan) is linked through configuration references.
 */
final class TfAlarms {
  private TfAlarms() {}

  /** Dimension names and the resource types whose IDs they take. */
  private static final Map<String, Set<String>> DIMENSION_TYPES = Map.of(
      "VpnId", Set.of("aws_vpn_connection"),
      "InstanceId", Set.of("aws_instance"),
      "NatGatewayId", Set.of("aws_nat_gateway"),
      "TransitGateway", Set.of("aws_ec2_transit_gateway"),
      "TransitGatewayAttachment", Set.of("aws_ec2_transit_gateway_vpc_attachment",
          "aws_ec2_transit_gateway_peering_attachment", "aws_vpn_connection"),
      "ConnectionId", Set.of("aws_dx_connection"),
      "VirtualInterfaceId", Set.of("aws_dx_private_virtual_interface",
          "aws_dx_transit_virtual_interface", "aws_dx_public_virtual_interface"),
      "AutoScalingGroupName", Set.of("aws_autoscaling_group"));

  /** When the whole dimensions map is unknown, these types name their usual dimension. */
  private static final Map<String, String> DIMENSION_OF_TYPE = Map.of(
      "aws_vpn_connection", "VpnId",
      "aws_instance", "InstanceId",
      "aws_nat_gateway", "NatGatewayId",
      "aws_ec2_transit_gateway", "TransitGateway",
      "aws_dx_connection", "ConnectionId");

  static void alarm(TfContext cx, TfResource r, List<Element> out) {
    TfObject metric = r.values();
    MapNode dimensionsExpr = cx.expression(r, "dimensions");
    Value<String> namespace = metric.string("namespace");
    Value<String> name = metric.string("metric_name");
    if (namespace.isAbsent() && name.isAbsent()) {
      // the metric_query form: use it when exactly one query reads a metric
      List<TfObject> queries = new ArrayList<>();
      for (TfObject q : metric.blocks("metric_query")) {
        if (!q.blocks("metric").isEmpty()) queries.add(q);
      }
      if (queries.size() == 1) {
        metric = queries.get(0).blocks("metric").get(0);
        namespace = metric.string("namespace");
        name = metric.string("metric_name");
        dimensionsExpr = queryDimensions(cx.config(r));
      }
    }
    out.add(new Alarm(cx.meta(r), namespace, name, dimensions(cx, r, metric, dimensionsExpr),
        actions(cx, r)));
  }

  private static MapNode queryDimensions(TfConfig.Resource config) {
    if (config == null) return null;
    List<MapNode> withMetric = new ArrayList<>();
    for (MapNode q : config.blocks("metric_query")) {
      if (q.get("metric") instanceof ListNode l && l.size() == 1
          && l.get(0) instanceof MapNode m) {
        withMetric.add(m);
      }
    }
    return withMetric.size() == 1 ? TfConfig.expression(withMetric.get(0), "dimensions") : null;
  }

  private static Map<String, Ref> dimensions(TfContext cx, TfResource r, TfObject metric,
      MapNode expr) {
    Map<String, Ref> out = new LinkedHashMap<>();
    for (Map.Entry<String, TfObject.Item> e : metric.entries("dimensions").entrySet()) {
      out.put(e.getKey(), cx.linkForId(e.getValue().text()).ref());
    }
    Node mask = metric.maskOf("dimensions");
    boolean whole = TfObject.isTrue(mask);
    List<String> unknownKeys = new ArrayList<>();
    if (mask instanceof MapNode m) {
      for (MapNode.Entry e : m.entries().values()) {
        if (TfObject.isTrue(e.value()) && !out.containsKey(e.key())) unknownKeys.add(e.key());
      }
    }
    if (!whole && unknownKeys.isEmpty()) return out;
    List<TfContext.Link> targets = new ArrayList<>();
    if (expr != null) {
      for (TfRefResolver.Resolved res : cx.resolver().all(r.context(), expr, "dimensions")) {
        TfContext.Link l = cx.linkFor(res);
        if (!out.containsValue(l.ref())) targets.add(l);
      }
    }
    if (whole) {
      for (TfContext.Link l : targets) {
        String dim = l.target() == null ? null : DIMENSION_OF_TYPE.get(l.target().type());
        if (dim != null) out.putIfAbsent(dim, l.ref());
      }
      return out;
    }
    for (String key : unknownKeys) {
      out.put(key, pick(key, targets, unknownKeys.size(), expr));
    }
    return out;
  }

  private static Ref pick(String dimension, List<TfContext.Link> targets, int unknownCount,
      MapNode expr) {
    Set<String> types = DIMENSION_TYPES.get(dimension);
    List<TfContext.Link> fitting = new ArrayList<>();
    for (TfContext.Link l : targets) {
      if (types != null && l.target() != null && types.contains(l.target().type())) fitting.add(l);
    }
    if (fitting.size() == 1) return fitting.get(0).ref();
    if (types == null && unknownCount == 1 && targets.size() == 1) return targets.get(0).ref();
    return Ref.unknown(TfContext.unknownReason(expr));
  }

  private static List<Value<String>> actions(TfContext cx, TfResource r) {
    TfObject v = r.values();
    List<Value<String>> out = new ArrayList<>();
    for (TfObject.Item item : v.items("alarm_actions")) {
      out.add(item.text() == null ? Value.unknown(TfObject.AFTER_APPLY) : Value.known(item.text()));
    }
    if (v.node("alarm_actions") == null && v.unknown("alarm_actions")
        && !cx.unconfigured(r, "alarm_actions")) {
      out.add(Value.unknown(TfObject.AFTER_APPLY));
    }
    return out;
  }
}
