package io.netlint.rules.appliance;

import io.netlint.model.AutoScalingGroup;
import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.NetworkInterface;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds small appliance networks for unit tests; elements get increasing lines. */
final class ApplianceModel {

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

  static Value<String> zone(String z) {
    return z == null ? Value.unknown("chosen by AWS") : Value.known(z);
  }

  Vpc vpc(String name) {
    return add(new Vpc(meta(name, "AWS::EC2::VPC"), Value.known(Cidr.of("10.0.0.0/16")),
        Value.absent()));
  }

  Subnet subnet(String name, Vpc vpc, String az) {
    return add(new Subnet(meta(name, "AWS::EC2::Subnet"), to(vpc), Value.absent(), Value.absent(),
        zone(az)));
  }

  RouteTable table(String name, Vpc vpc) {
    return add(new RouteTable(meta(name, "AWS::EC2::RouteTable"), to(vpc), false));
  }

  /** An instance in a subnet, zone taken from the subnet; check null means left at the default. */
  Instance instance(String name, Subnet subnet, Boolean sourceDestCheck) {
    return add(new Instance(meta(name, "AWS::EC2::Instance"), to(subnet), Value.absent(),
        Value.ofNullable(sourceDestCheck), List.of()));
  }

  Instance instance(String name, Ref subnet, Value<String> az, Boolean sourceDestCheck,
      List<Ref> enis) {
    return add(new Instance(meta(name, "AWS::EC2::Instance"), subnet, az,
        Value.ofNullable(sourceDestCheck), enis));
  }

  NetworkInterface eni(String name, Subnet subnet, Boolean sourceDestCheck, Ref instance) {
    return add(new NetworkInterface(meta(name, "AWS::EC2::NetworkInterface"), to(subnet),
        Value.ofNullable(sourceDestCheck), instance));
  }

  Route route(String name, RouteTable table, String destination, RouteTarget.Kind kind, Ref to) {
    return add(new Route(meta(name, "AWS::EC2::Route"), to(table),
        destination == null ? Value.unknown("parameter") : Value.known(Cidr.of(destination)),
        Value.absent(), new RouteTarget(kind, to)));
  }

  Route routeTo(String name, RouteTable table, String destination, Instance target) {
    return route(name, table, destination, RouteTarget.Kind.INSTANCE, to(target));
  }

  Route routeTo(String name, RouteTable table, String destination, NetworkInterface target) {
    return route(name, table, destination, RouteTarget.Kind.NETWORK_INTERFACE, to(target));
  }

  AutoScalingGroup asg(String name, Integer min, Subnet... subnets) {
    return add(new AutoScalingGroup(meta(name, "AWS::AutoScaling::AutoScalingGroup"),
        Arrays.stream(subnets).map(ApplianceModel::to).toList(),
        min == null ? Value.unknown("parameter") : Value.known(min), Value.known(4)));
  }

  Network network() {
    return Network.of(elements);
  }
}
