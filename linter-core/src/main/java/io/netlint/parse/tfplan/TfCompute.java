package io.netlint.parse.tfplan;

import io.netlint.model.AutoScalingGroup;
import io.netlint.model.Element;
import io.netlint.model.Instance;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.Value;
import io.netlint.parse.tree.MapNode;
import java.util.ArrayList;
import java.util.List;

/** Instances, network interfaces and Auto Scaling groups (DOMAIN B.9). */
final class TfCompute {
  private TfCompute() {}

  private static final List<String> ENI_BLOCKS =
      List.of("primary_network_interface", "network_interface");

  static void instance(TfContext cx, TfResource r, List<Element> out) {
    List<Ref> enis = new ArrayList<>();
    boolean eniBlocks = false;
    for (String block : ENI_BLOCKS) {
      List<TfObject> values = r.values().blocks(block);
      TfConfig.Resource config = cx.config(r);
      List<MapNode> exprs = config == null ? List.of() : config.blocks(block);
      eniBlocks |= !values.isEmpty() || !exprs.isEmpty();
      for (int i = 0; i < values.size(); i++) {
        // set elements have no stable order; align with configuration only when unambiguous
        MapNode expr = values.size() == 1 && exprs.size() == 1
            ? TfConfig.expression(exprs.get(0), "network_interface_id") : null;
        Ref eni = cx.link(r, values.get(i), expr, "network_interface_id", false).ref();
        if (!eni.isAbsent()) enis.add(eni);
      }
    }
    // with ENI blocks the subnet is the ENI's; without, AWS picks a default subnet
    TfContext.Link subnet = cx.link(r, "subnet_id");
    if (subnet.ref().isUnknown() && cx.unconfigured(r, "subnet_id")) {
      subnet = eniBlocks ? TfContext.Link.ABSENT
          : new TfContext.Link(Ref.unknown("AWS chooses a default subnet at apply"), null);
    }
    Value<String> zone = cx.string(r, "availability_zone");
    if (zone.isUnknown() && subnet.target() != null
        && subnet.target().type().equals("aws_subnet")) {
      // an instance lives in its subnet's zone
      Value<String> subnetZone = subnet.target().values().string("availability_zone");
      if (subnetZone.isKnown()) zone = subnetZone;
    }
    out.add(new Instance(cx.meta(r), subnet.ref(), zone, cx.bool(r, "source_dest_check"), enis));
  }

  static void networkInterface(TfContext cx, TfResource r, List<Element> out) {
    Ref instance = cx.crossLinks().instanceOf(cx.key(r)).orElse(null);
    if (instance == null) {
      instance = Ref.absent();
      List<TfObject> attachments = r.values().blocks("attachment");
      TfConfig.Resource config = cx.config(r);
      List<MapNode> exprs = config == null ? List.of() : config.blocks("attachment");
      if (!attachments.isEmpty()) {
        MapNode expr = attachments.size() == 1 && exprs.size() == 1
            ? TfConfig.expression(exprs.get(0), "instance") : null;
        instance = cx.link(r, attachments.get(0), expr, "instance", false).ref();
      } else if (!exprs.isEmpty()) {
        MapNode expr = TfConfig.expression(exprs.get(0), "instance");
        instance = expr == null ? Ref.absent()
            : cx.resolver().one(r.context(), expr, "instance").map(x -> cx.linkFor(x).ref())
                .orElse(Ref.unknown(TfContext.unknownReason(expr)));
      }
    }
    out.add(new NetworkInterface(cx.meta(r), cx.ref(r, "subnet_id"),
        cx.bool(r, "source_dest_check"), instance));
  }

  static void autoScalingGroup(TfContext cx, TfResource r, List<Element> out) {
    out.add(new AutoScalingGroup(cx.meta(r), cx.refs(r, "vpc_zone_identifier", true),
        cx.integer(r.values(), "min_size"), cx.integer(r.values(), "max_size")));
  }
}
