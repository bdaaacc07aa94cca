package com.example.netlint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.rule.RuleContext;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule over networks built by hand: no files, no loaders. */
class VpcAddressHeadroomTest {

  @Test
  void reportsAVpcWhoseSubnetsTakeMoreThanThreeQuarters() {
    Vpc vpc = vpc("AppVpc", "10.0.0.0/24");
    Network network = Network.of(List.of(vpc,
        subnet("A", vpc, "10.0.0.0/26"), subnet("B", vpc, "10.0.0.64/26"),
        subnet("C", vpc, "10.0.0.128/26"), subnet("D", vpc, "10.0.0.192/27")));
    assertEquals(List.of("AppVpc: VPC 'AppVpc' has 224 of its 256 IPv4 addresses in 4 subnets"
        + " (88%); keep a quarter free for subnets in new zones"), run(network));
  }

  @Test
  void acceptsAVpcWithRoomLeft() {
    Vpc vpc = vpc("AppVpc", "10.0.0.0/16");
    Network network = Network.of(List.of(vpc, subnet("A", vpc, "10.0.0.0/18"),
        subnet("B", vpc, "10.0.64.0/18")));
    assertEquals(List.of(), run(network));
  }

  @Test
  void saysNothingWhenASubnetRangeIsUnknown() {
    Vpc vpc = vpc("AppVpc", "10.0.0.0/24");
    Subnet unknown = new Subnet(meta("A"), Ref.toKey(vpc.key()),
        Value.unknown("parameter 'SubnetCidr' has no default"), Value.absent(), Value.absent());
    Network network = Network.of(List.of(vpc, unknown, subnet("B", vpc, "10.0.0.0/25"),
        subnet("C", vpc, "10.0.0.128/25")));
    assertEquals(List.of(), run(network));
  }

  private static List<String> run(Network network) {
    List<String> out = new ArrayList<>();
    new VpcAddressHeadroom().check(network, new RuleContext() {
      @Override
      public void report(Element e, String message, List<? extends Element> related) {
        out.add(e.name() + ": " + message);
      }

      @Override
      public void report(Element e, Severity s, String message, List<? extends Element> related) {
        out.add(e.name() + ": " + message);
      }

      @Override
      public void report(Element e, SourceRef at, Severity s, String message,
          List<? extends Element> related) {
        out.add(e.name() + ": " + message);
      }
    });
    return out;
  }

  private static ElementMeta meta(String name) {
    return new ElementMeta("test#" + name, "AWS::EC2::Test", new SourceRef("test", 1, 1, name),
        Value.absent(), Value.known("eu-west-1"));
  }

  private static Vpc vpc(String name, String cidr) {
    return new Vpc(meta(name), Value.known(Cidr.of(cidr)), Value.absent());
  }

  private static Subnet subnet(String name, Vpc vpc, String cidr) {
    return new Subnet(meta(name), Ref.toKey(vpc.key()), Value.known(Cidr.of(cidr)),
        Value.absent(), Value.known("eu-west-1a"));
  }
}
