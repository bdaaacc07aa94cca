package io.netlint.parse.cfn;

import io.netlint.model.Alarm;
import io.netlint.model.AutoScalingGroup;
import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.Instance;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.SecurityGroup;
import io.netlint.model.SecurityGroupRule;
import io.netlint.model.Value;
import io.netlint.parse.cfn.CfnValue.Obj;
import io.netlint.parse.cfn.CfnValue.ResRef;
import io.netlint.parse.cfn.CfnValue.Str;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Instances, network interfaces, Auto Scaling groups, security groups and alarms. */
final class ComputeMapping {

  private ComputeMapping() {}

  static Instance instance(ResourceContext c) {
    Props p = c.props();
    List<Ref> interfaces = new ArrayList<>();
    Ref subnet = p.ref("SubnetId");
    for (Obj ni : p.objects("NetworkInterfaces")) {
      Props np = p.nested(ni);
      if (np.isSet("NetworkInterfaceId")) interfaces.add(np.ref("NetworkInterfaceId"));
      if (subnet.isAbsent() && isPrimary(np)) subnet = primarySubnet(c, np);
    }
    for (Ref attached : c.links().interfacesAttachedTo(c.key())) {
      if (!interfaces.contains(attached)) interfaces.add(attached);
    }
    return new Instance(c.meta(), subnet, p.string("AvailabilityZone"), p.bool("SourceDestCheck"),
        interfaces);
  }

  private static boolean isPrimary(Props ni) {
    return ni.value("DeviceIndex") instanceof Str s && "0".equals(s.text().trim());
  }

  /** The subnet of device 0: given directly, or the subnet of the interface it names. */
  private static Ref primarySubnet(ResourceContext c, Props ni) {
    if (ni.isSet("SubnetId")) return ni.ref("SubnetId");
    if (ni.value("NetworkInterfaceId") instanceof ResRef eni
        && eni.type().equals("AWS::EC2::NetworkInterface")
        && eni.key().equals(c.evaluator().keyOf(eni.logicalId()))) {
      return Props.toRef(c.evaluator().resourceProperty(eni.logicalId(), "SubnetId"));
    }
    return Ref.absent();
  }

  static NetworkInterface networkInterface(ResourceContext c) {
    Props p = c.props();
    return new NetworkInterface(c.meta(), p.ref("SubnetId"), p.bool("SourceDestCheck"),
        c.links().instanceOf(c.key()));
  }

  static AutoScalingGroup autoScalingGroup(ResourceContext c) {
    Props p = c.props();
    return new AutoScalingGroup(c.meta(), p.refs("VPCZoneIdentifier"), p.integer("MinSize"),
        p.integer("MaxSize"));
  }

  /** The group, then its inline rules keyed {@code file#Group/ingress[i]} / {@code egress[i]}. */
  static List<Element> securityGroup(ResourceContext c) {
    Props p = c.props();
    List<Element> out = new ArrayList<>();
    out.add(new SecurityGroup(c.meta(), p.ref("VpcId")));
    Ref group = Ref.toKey(c.key());
    inlineRules(c, "SecurityGroupIngress", "ingress", true, group, out);
    inlineRules(c, "SecurityGroupEgress", "egress", false, group, out);
    return out;
  }

  private static void inlineRules(ResourceContext c, String property, String label, boolean ingress,
      Ref group, List<Element> out) {
    List<Obj> rules = c.props().objects(property);
    for (int i = 0; i < rules.size(); i++) {
      Obj rule = rules.get(i);
      Props rp = c.props().nested(rule);
      ElementMeta meta = c.meta("/" + label + "[" + i + "]", rule.source().position());
      out.add(rule(meta, group, ingress, rp));
    }
  }

  static SecurityGroupRule ingressRule(ResourceContext c) { return standaloneRule(c, true); }

  static SecurityGroupRule egressRule(ResourceContext c) { return standaloneRule(c, false); }

  private static SecurityGroupRule standaloneRule(ResourceContext c, boolean ingress) {
    Props p = c.props();
    Ref group = p.isSet("GroupId") ? p.ref("GroupId")
        : p.isSet("GroupName") ? Ref.unknown("the group is given by name") : Ref.absent();
    return rule(c.meta(), group, ingress, p);
  }

  private static SecurityGroupRule rule(ElementMeta meta, Ref group, boolean ingress, Props rp) {
    Value<Cidr> peer = rp.isSet("CidrIp") ? rp.cidr("CidrIp") : rp.cidr("CidrIpv6");
    Value<String> protocol = rp.string("IpProtocol").map(s -> s.trim().toLowerCase());
    return new SecurityGroupRule(meta, group, ingress, protocol, rp.integer("FromPort"),
        rp.integer("ToPort"), peer);
  }

  /**
   * An alarm on one metric. With metric math ({@code Metrics}) and no top-level metric, the first
   * queried metric stands for the alarm.
   */
  static Alarm alarm(ResourceContext c) {
    Props p = c.props();
    Props metric = p;
    if (!p.isSet("MetricName") && !p.isSet("Namespace")) {
      for (Obj q : p.objects("Metrics")) {
        Props stat = p.nested(q).object("MetricStat").flatMap(s -> s.object("Metric")).orElse(null);
        if (stat != null) {
          metric = stat;
          break;
        }
      }
    }
    Map<String, Ref> dimensions = new LinkedHashMap<>();
    for (Obj d : metric.objects("Dimensions")) {
      Props dp = metric.nested(d);
      Value<String> name = dp.string("Name");
      if (name.isKnown()) dimensions.putIfAbsent(name.get(), dp.ref("Value"));
    }
    return new Alarm(c.meta(), metric.string("Namespace"), metric.string("MetricName"), dimensions,
        p.stringValues("AlarmActions"));
  }
}
