package io.netlint.rules.remoteaccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SecurityGroup;
import io.netlint.model.SecurityGroupRule;
import io.netlint.model.SourceRef;
import io.netlint.model.Value;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleDescriptor;
import io.netlint.testing.RuleTester;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminPortsOpenToWorldTest {

  private final RuleTester tester = RuleTester.of(new AdminPortsOpenToWorld());
  private final List<Element> elements = new ArrayList<>();
  private int line = 1;

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("admin-ports-open-to-world");
  }

  private ElementMeta meta(String key, String name, String kind) {
    return new ElementMeta("t#" + key, kind, new SourceRef("t", line++, 3, name), Value.absent(),
        Value.absent());
  }

  private SecurityGroup group() {
    SecurityGroup g = new SecurityGroup(meta("Sg", "Sg", "AWS::EC2::SecurityGroup"),
        Ref.absent());
    elements.add(g);
    return g;
  }

  /** "-" is absent, "?" unknown; an inline rule is keyed under its group. */
  private SecurityGroupRule rule(boolean ingress, String protocol, String from, String to,
      String cidr) {
    SecurityGroupRule r = new SecurityGroupRule(
        meta("Sg/ingress[" + elements.size() + "]", "Sg", "AWS::EC2::SecurityGroup"),
        Ref.toKey("t#Sg"), ingress, text(protocol), number(from), number(to),
        cidr.equals("?") ? Value.unknown("parameter 'Cidr' has no default")
            : cidr.equals("-") ? Value.absent() : Value.known(Cidr.of(cidr)));
    elements.add(r);
    return r;
  }

  private static Value<String> text(String s) {
    return s.equals("?") ? Value.unknown("known after apply")
        : s.equals("-") ? Value.absent() : Value.known(s);
  }

  private static Value<Integer> number(String s) {
    return s.equals("?") ? Value.unknown("known after apply")
        : s.equals("-") ? Value.absent() : Value.known(Integer.parseInt(s));
  }

  private List<Finding> run() {
    return tester.run(Network.of(elements));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "ssh from anywhere,          tcp, 22,   22,    0.0.0.0/0,       1",
      "rdp from anywhere on ipv6,  tcp, 3389, 3389,  ::/0,            1",
      "range covering ssh,         tcp, 20,   25,    0.0.0.0/0,       1",
      "protocol number six,        6,   22,   22,    0.0.0.0/0,       1",
      "all protocols,              -1,  -1,   -1,    0.0.0.0/0,       1",
      "all protocols spelled out,  all, 0,    0,     0.0.0.0/0,       1",
      "upper-case protocol,        TCP, 3389, 3389,  0.0.0.0/0,       1",
      "https only,                 tcp, 443,  443,   0.0.0.0/0,       0",
      "range between the two,      tcp, 23,   3388,  0.0.0.0/0,       0",
      "udp is not ssh,             udp, 22,   22,    0.0.0.0/0,       0",
      "office range,               tcp, 22,   22,    203.0.113.0/24,  0",
      "half the internet,          tcp, 22,   22,    0.0.0.0/1,       0",
      "unknown range,              tcp, 22,   22,    ?,               0",
      "group or prefix list peer,  tcp, 22,   22,    -,               0",
      "unknown protocol,           ?,   22,   22,    0.0.0.0/0,       0",
      "unknown ports,              tcp, ?,    ?,     0.0.0.0/0,       0",
      "ports not given for tcp,    tcp, -,    -,     0.0.0.0/0,       0",
  })
  void judgesOneIngressRule(String name, String protocol, String from, String to, String cidr,
      int expected) {
    group();
    rule(true, protocol, from, to, cidr);

    assertThat(run()).hasSize(expected);
  }

  @Test
  void egressIsNeverReported() {
    group();
    rule(false, "-1", "-1", "-1", "0.0.0.0/0");

    assertThat(run()).isEmpty();
  }

  @Test
  void inlineRuleIsReportedAtItsOwnPositionNamingTheGroup() {
    group();
    SecurityGroupRule r = rule(true, "tcp", "22", "22", "0.0.0.0/0");

    assertThat(run()).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(r.source());
      assertThat(f.message()).isEqualTo("Security group 'Sg' allows SSH (TCP 22) from 0.0.0.0/0,"
          + " every address: any host that can reach its instances, the whole internet when they"
          + " have a public address, can try to log in. Allow remote administration only from"
          + " your own network's range");
      assertThat(f.related()).isEmpty();
    });
  }

  @Test
  void rangeNamesEveryAdminPortItCovers() {
    group();
    rule(true, "tcp", "0", "65535", "0.0.0.0/0");

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .startsWith("Security group 'Sg' allows TCP ports 0-65535, which include SSH (TCP 22)"
            + " and RDP (TCP 3389) from 0.0.0.0/0");
  }

  @Test
  void portsGivenWithAllProtocolsAreSaidToBeIgnored() {
    group();
    rule(true, "-1", "53", "53", "0.0.0.0/0");

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .startsWith("Security group 'Sg' allows all traffic (protocol -1, so the port 53 it names"
            + " is ignored), which includes SSH (TCP 22) and RDP (TCP 3389) from 0.0.0.0/0");
  }

  @Test
  void standaloneRuleOfAnUnknownGroupIsStillReported() {
    SecurityGroupRule r = new SecurityGroupRule(
        meta("OpsSsh", "OpsSsh", "AWS::EC2::SecurityGroupIngress"),
        Ref.unknown("Fn::ImportValue 'ops-sg' has no matching export among the inputs"), true,
        Value.known("tcp"), Value.known(22), Value.known(22), Value.known(Cidr.of("0.0.0.0/0")));
    elements.add(r);

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .startsWith("Ingress rule 'OpsSsh' of its security group allows SSH (TCP 22)");
  }

  @Test
  void isTaggedAsExposure() {
    assertThat(RuleDescriptor.of(new AdminPortsOpenToWorld()).tags()).contains("exposure");
  }
}
