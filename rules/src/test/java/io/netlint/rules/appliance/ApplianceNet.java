package io.netlint.rules.appliance;

import io.netlint.model.Alarm;
import io.netlint.model.AutoScalingGroup;
import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.ExternalReference;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTableAssociation;
import io.netlint.model.RouteTarget;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds appliance networks for the NET302–NET304 unit tests: subnets with zones, route tables
 * with their associations, instances and interfaces with any source/destination check state,
 * alarms and references handed to nested stacks. Elements get increasing lines.
 */
final class ApplianceNet {

  private final List<Element> elements = new ArrayList<>();
  private int line = 1;

  ElementMeta meta(String name, String kind) {
    return new ElementMeta("test.yaml#" + name, kind, new SourceRef("test.yaml", line++, 3, name),
        Value.absent(), Value.absent());
  }

  <T extends Element> T add(T e) {
    elements.add(e);
    return e;
  }

  static Ref to(Element e) {
    return Ref.toKey(e.key());
  }

  /** A check that is set (true or false), left at AWS's default (null) or unknown. */
  static Value<Boolean> check(Boolean b) {
    return b == null ? Value.absent() : Value.known(b);
  }

  static final Value<Boolean> UNKNOWN = Value.unknown("parameter 'Forwarding' has no default");

  Vpc vpc(String name, String cidr) {
    return add(new Vpc(meta(name, "AWS::EC2::VPC"), Value.known(Cidr.of(cidr)), Value.absent()));
  }

  Subnet subnet(String name, Vpc vpc, String az) {
    return add(new Subnet(meta(name, "AWS::EC2::Subnet"), to(vpc), Value.absent(),
        Value.absent(), az == null ? Value.unknown("chosen by AWS") : Value.known(az)));
  }

  RouteTable table(String name, Vpc vpc) {
    return add(new RouteTable(meta(name, "AWS::EC2::RouteTable"), to(vpc), false));
  }

  RouteTable mainTable(String name, Vpc vpc) {
    return add(new RouteTable(meta(name, "AWS::EC2::RouteTable"), to(vpc), true));
  }

  /** Associates each subnet with the table. */
  void associate(RouteTable table, Subnet... subnets) {
    for (Subnet s : subnets) {
      add(new RouteTableAssociation(
          meta(s.name() + "Assoc", "AWS::EC2::SubnetRouteTableAssociation"), to(table), to(s),
          Ref.absent()));
    }
  }

  void associate(Ref table, Ref subnet, String name) {
    add(new RouteTableAssociation(meta(name, "AWS::EC2::SubnetRouteTableAssociation"), table,
        subnet, Ref.absent()));
  }

  Instance instance(String name, Subnet subnet, Boolean sourceDestCheck) {
    return instance(name, subnet, check(sourceDestCheck));
  }

  Instance instance(String name, Subnet subnet, Value<Boolean> sourceDestCheck) {
    return add(new Instance(meta(name, "AWS::EC2::Instance"), to(subnet), Value.absent(),
        sourceDestCheck, List.of()));
  }

  Instance instance(String name, Ref subnet, Value<Boolean> sourceDestCheck, List<Ref> enis) {
    return add(new Instance(meta(name, "AWS::EC2::Instance"), subnet, Value.absent(),
        sourceDestCheck, enis));
  }

  NetworkInterface eni(String name, Subnet subnet, Value<Boolean> sourceDestCheck, Ref instance) {
    return add(new NetworkInterface(meta(name, "AWS::EC2::NetworkInterface"), to(subnet),
        sourceDestCheck, instance));
  }

  Route route(String name, RouteTable table, String destination, Element target) {
    RouteTarget.Kind kind = target instanceof Instance ? RouteTarget.Kind.INSTANCE
        : RouteTarget.Kind.NETWORK_INTERFACE;
    return route(name, to(table), destination, kind, to(target));
  }

  Route route(String name, Ref table, String destination, RouteTarget.Kind kind, Ref target) {
    return add(new Route(meta(name, "AWS::EC2::Route"), table,
        destination == null ? Value.unknown("parameter 'Destination' has no default")
            : Value.known(Cidr.of(destination)),
        Value.absent(), new RouteTarget(kind, target)));
  }

  /** An alarm on one instance dimension with the given actions (null = an unknown action). */
  Alarm alarm(String name, Ref instance, String... actions) {
    Map<String, Ref> dims = new LinkedHashMap<>();
    dims.put("InstanceId", instance);
    List<Value<String>> acts = Arrays.stream(actions)
        .map(a -> a == null ? Value.<String>unknown("parameter 'AlarmTopic' has no default")
            : Value.known(a))
        .toList();
    return add(new Alarm(meta(name, "AWS::CloudWatch::Alarm"), Value.known("AWS/EC2"),
        Value.known("StatusCheckFailed_System"), dims, acts));
  }

  ExternalReference handedTo(String name, Element target, String via) {
    return add(new ExternalReference(meta(name, "AWS::Serverless::Application"), to(target),
        via));
  }

  AutoScalingGroup asg(String name, int min, Subnet... subnets) {
    return add(new AutoScalingGroup(meta(name, "AWS::AutoScaling::AutoScalingGroup"),
        Arrays.stream(subnets).map(ApplianceNet::to).toList(), Value.known(min),
        Value.known(min)));
  }

  Network network() {
    return Network.of(elements);
  }
}
