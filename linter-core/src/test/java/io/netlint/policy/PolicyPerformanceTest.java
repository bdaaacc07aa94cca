package io.netlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.CustomerGateway;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.Instance;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.RouteTable;
import io.netlint.model.SecurityGroup;
import io.netlint.model.SecurityGroupRule;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcEndpoint;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnTunnel;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 100 policies over a network of 10,000 resources compile and evaluate, and print the CPU time
 * of this thread. Policies are compiled once, before the clock starts, as a run does. No time is
 * asserted: the build machine is shared, and bench/ measures performance.
 */
class PolicyPerformanceTest {

  private static final int VPCS = 500;

  /** Ten shapes of policy, each written ten times with its own ID and constant. */
  private static final List<String> SHAPES = List.of("""
        for vpc in vpcs, cidr in vpc.ipv4_cidrs
        require cidr within 10.0.0.0/8 or cidr within 100.64.0.0/10
        message "{vpc} uses {cidr}"
      """, """
        for subnet in subnets
        require subnet.cidr within any subnet.vpc.cidrs
        message "{subnet} is outside {subnet.vpc}"
      """, """
        for subnet in subnets
        for other in subnet.vpc.subnets where other before subnet
        forbid subnet.cidr overlaps other.cidr
        message "{subnet} overlaps {other}"
      """, """
        for vpc in vpcs where vpc.tags.env == "production"
        for link in vpc.connections
        forbid link.vpc.tags.env == "development"
        message "{vpc} reaches {link}"
      """, """
        for tunnel in vpn_tunnels
        require tunnel.ike_versions == ["ikev2"]
        message "{tunnel} of {tunnel.vpn} allows {tunnel.ike_versions}"
      """, """
        for peering in vpc_peerings where peering.peer_account is set
        require peering.peer_account in ["111122223333", "444455556666"]
        message "{peering}"
      """, """
        for rule in security_group_rules where rule.ingress and rule.open_to_world
        require rule.protocol == "tcp" and rule.ports == "443"
        message "{rule.group} {rule.ports}"
      """, """
        for endpoint in vpc_endpoints where endpoint.type == "Interface"
        require count(endpoint.availability_zones) >= 2
        message "{endpoint} in {endpoint.availability_zones}"
      """, """
        for instance in instances where instance.tags.env == "production"
        forbid instance.subnet.public
        message "{instance}"
      """, """
        for vpn in vpn_connections
        require vpn.uses_bgp and vpn.customer_gateway.bgp_asn != 65000
        message "{vpn} {vpn.customer_gateway}"
      """);

  @Test
  void hundredPoliciesCompileAndRunOverTenThousandResources() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      text.append("policy NET").append(900 + i).append(" shape-").append(i)
          .append("\n  severity warning\n  summary \"Shape ").append(i % SHAPES.size())
          .append("\"\n").append(SHAPES.get(i % SHAPES.size()))
          .append('\n');
    }
    long compileStart = System.nanoTime();
    PolicySet set = Policies.compile("perf.netpolicy", text.toString());
    long compileMs = (System.nanoTime() - compileStart) / 1_000_000;
    assertThat(set.diagnostics()).isEmpty();
    assertThat(set.rules()).hasSize(100);

    Network network = Network.of(network());
    assertThat(network.size()).isEqualTo(10_000);

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    int[] findings = new int[1];
    for (RuleDescriptor d : set.rules()) {
      d.rule().check(network, counting(findings));
    }
    long cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
    System.out.printf("100 policies compiled in %d ms; over %d resources: %d findings in %d ms"
        + " of CPU%n", compileMs, network.size(), findings[0], cpuMs);
    assertThat(findings[0]).isGreaterThan(0);
  }

  private static RuleContext counting(int[] count) {
    return new RuleContext() {
      @Override
      public void report(Element e, String message, List<? extends Element> related) {
        count[0]++;
      }

      @Override
      public void report(Element e, Severity s, String message, List<? extends Element> r) {
        count[0]++;
      }

      @Override
      public void report(Element e, SourceRef at, Severity s, String message,
          List<? extends Element> related) {
        count[0]++;
      }
    };
  }

  /**
   * 500 VPCs, each with 12 subnets, an instance, a security group with 2 rules and an endpoint;
   * 250 main route tables, 250 peerings, 250 VPN connections with their customer gateways:
   * 10,000 elements.
   */
  private static List<Element> network() {
    List<Element> out = new ArrayList<>();
    for (int v = 0; v < VPCS; v++) {
      String env = v % 3 == 0 ? "production" : v % 3 == 1 ? "development" : "test";
      // a few VPCs outside the corporate range, so that some policies fire
      String prefix = v % 50 == 0 ? "172." + (16 + v % 16) : "10." + (v % 250);
      Vpc vpc = new Vpc(meta("vpc" + v, "env", env), cidr(prefix + ".0.0/16"), Value.absent());
      out.add(vpc);
      List<Ref> subnets = new ArrayList<>();
      for (int s = 0; s < 12; s++) {
        Subnet sub = new Subnet(meta("subnet" + v + "-" + s), Ref.toKey(vpc.key()),
            cidr(prefix + "." + (s * 16) + ".0/20"), Value.absent(),
            Value.known("eu-west-1" + (char) ('a' + s % 3)));
        out.add(sub);
        subnets.add(Ref.toKey(sub.key()));
      }
      out.add(new Instance(meta("i" + v, "env", env), subnets.get(0), Value.absent(),
          Value.absent(), List.of()));
      SecurityGroup sg = new SecurityGroup(meta("sg" + v), Ref.toKey(vpc.key()));
      out.add(sg);
      out.add(new SecurityGroupRule(meta("https" + v), Ref.toKey(sg.key()), true,
          Value.known("tcp"), Value.known(443), Value.known(443), cidr("0.0.0.0/0")));
      out.add(new SecurityGroupRule(meta("ssh" + v), Ref.toKey(sg.key()), true,
          Value.known("tcp"), Value.known(22), Value.known(22),
          cidr(v % 10 == 0 ? "0.0.0.0/0" : "10.0.0.0/8")));
      out.add(new VpcEndpoint(meta("vpce" + v), Ref.toKey(vpc.key()), Value.known("Interface"),
          Value.known("com.amazonaws.eu-west-1.ssm"), Value.absent(),
          v % 7 == 0 ? subnets.subList(0, 1) : subnets.subList(0, 2), Ref.absent()));
      if (v % 2 == 0) {
        out.add(new RouteTable(meta("rtb" + v), Ref.toKey(vpc.key()), true));
      } else {
        out.add(new VpcPeering(meta("pcx" + v), Ref.toKey(vpc.key()),
            Ref.toKey(((Vpc) find(out, "vpc" + (v - 1))).key()), Value.absent(),
            v % 4 == 1 ? Value.known("999988887777") : Value.absent()));
        CustomerGateway cgw = new CustomerGateway(meta("cgw" + v),
            Value.known(65000L + v % 5), Value.known("203.0.113." + v % 250), Value.absent());
        out.add(cgw);
        out.add(new VpnConnection(meta("vpn" + v), Ref.toKey(cgw.key()), Ref.absent(),
            Ref.absent(), Value.known(v % 3 == 0), List.of(new VpnTunnel(true, Value.absent(),
                Map.of("IKEVersions", "ikev2")), VpnTunnel.unspecified()), Value.absent(),
            Value.absent(), Value.absent()));
      }
    }
    return out;
  }

  private static Element find(List<Element> elements, String name) {
    for (int i = elements.size() - 1; i >= 0; i--) {
      if (elements.get(i).name().equals(name)) return elements.get(i);
    }
    throw new IllegalStateException(name);
  }

  private static ElementMeta meta(String name, String... tags) {
    Map<String, Value<String>> t = tags.length == 0 ? Map.of()
        : Map.of(tags[0], Value.known(tags[1]));
    return new ElementMeta("perf#" + name, "test", new SourceRef("perf", 1, 1, name),
        Value.absent(), Value.known("eu-west-1"), t);
  }

  private static Value<Cidr> cidr(String text) {
    return Value.known(Cidr.of(text));
  }
}
