package io.netlint.parse.tfplan;

import static io.netlint.parse.tfplan.TfPlans.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RoutePropagation;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.SecurityGroupRule;
import io.netlint.parse.LoadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inline routes, propagating VGWs and security group rules become elements of their own. */
class TfPlanInlineTest {

  private static final String F = "inline.tfplan.json";
  private static final LoadResult R = TfPlans.load(F);

  private static Ref key(String address) {
    return Ref.toKey(F + "#" + address);
  }

  @Test
  void loadsCleanly() {
    assertThat(R.diagnostics()).isEmpty();
  }

  @Test
  void inlineRoutesFollowTheirTable() {
    List<Route> routes = TfPlans.all(R, Route.class).stream()
        .filter(r -> r.key().contains("aws_route_table.private/")).toList();
    assertThat(routes).extracting(Element::key).containsExactly(
        F + "#aws_route_table.private/route[0]", F + "#aws_route_table.private/route[1]",
        F + "#aws_route_table.private/route[2]", F + "#aws_route_table.private/route[3]");
    assertThat(routes).allSatisfy(r -> {
      assertThat(r.routeTable()).isEqualTo(key("aws_route_table.private"));
      assertThat(r.meta().kind()).isEqualTo("aws_route_table");
      assertThat(r.source().resource()).isEqualTo("aws_route_table.private");
    });
    // the NAT gateway is created by this plan: matched through the table's references
    assertThat(routes.get(0).destination().get()).isEqualTo(Cidr.of("0.0.0.0/0"));
    assertThat(routes.get(0).target())
        .isEqualTo(new RouteTarget(RouteTarget.Kind.NAT_GATEWAY, key("aws_nat_gateway.a")));
    assertThat(routes.get(1).target())
        .isEqualTo(new RouteTarget(RouteTarget.Kind.TRANSIT_GATEWAY, Ref.toAwsId("tgw-0ext")));
    assertThat(routes.get(2).destination().get()).isEqualTo(Cidr.of("::/0"));
    assertThat(routes.get(2).target().kind()).isEqualTo(RouteTarget.Kind.EGRESS_ONLY_GATEWAY);
    assertThat(routes.get(3).destination().isAbsent()).isTrue();
    assertThat(routes.get(3).destinationPrefixList().get()).isEqualTo("pl-0abc");
    assertThat(routes.get(3).target()).as("a known ID of the plan links by key")
        .isEqualTo(new RouteTarget(RouteTarget.Kind.INTERNET_GATEWAY,
            key("aws_internet_gateway.main")));
    assertThat(routes.get(0).source().line()).isGreaterThan(one(R, RouteTable.class,
        "aws_route_table.private").source().line());
  }

  @Test
  void propagatingVgwsBecomePropagations() {
    List<RoutePropagation> props = TfPlans.all(R, RoutePropagation.class);
    assertThat(props).extracting(RoutePropagation::vpnGateway)
        .containsExactly(Ref.toAwsId("vgw-0known"), key("aws_vpn_gateway.b"));
    assertThat(props).allSatisfy(p ->
        assertThat(p.routeTable()).isEqualTo(key("aws_route_table.private")));
    assertThat(props.get(1).key()).isEqualTo(F + "#aws_route_table.private/propagating_vgws[1]");
  }

  @Test
  void mainAndDefaultTables() {
    assertThat(one(R, RouteTable.class, "aws_route_table.private").main())
        .as("aws_main_route_table_association").isTrue();
    RouteTable replaced = one(R, RouteTable.class, "aws_default_route_table.main");
    assertThat(replaced.main()).as("no longer main").isFalse();
    assertThat(replaced.vpc()).isEqualTo(key("aws_vpc.main"));
    RouteTable other = one(R, RouteTable.class, "aws_default_route_table.other");
    assertThat(other.main()).isTrue();
    assertThat(other.vpc()).as("through default_route_table_id").isEqualTo(key("aws_vpc.other"));
    Route peer = one(R, Route.class, "aws_default_route_table.main/route[0]");
    assertThat(peer.target().kind()).isEqualTo(RouteTarget.Kind.VPC_PEERING);
  }

  @Test
  void inlineSecurityGroupRulesSplitPerCidr() {
    List<SecurityGroupRule> rules = TfPlans.all(R, SecurityGroupRule.class).stream()
        .filter(r -> r.key().contains("aws_security_group.web/")).toList();
    assertThat(rules).extracting(r -> r.key().substring(r.key().indexOf('/') + 1)).containsExactly(
        "ingress[0]/cidr[0]", "ingress[0]/cidr[1]", "ingress[0]/cidr[2]", "ingress[1]",
        "egress[0]/cidr[0]");
    assertThat(rules).extracting(r -> r.peerCidr().isKnown() ? r.peerCidr().get().text() : "-")
        .containsExactly("0.0.0.0/0", "10.0.0.0/8", "::/0", "-", "0.0.0.0/0");
    SecurityGroupRule https = rules.get(0);
    assertThat(https.group()).isEqualTo(key("aws_security_group.web"));
    assertThat(https.ingress()).isTrue();
    assertThat(https.protocol().get()).isEqualTo("tcp");
    assertThat(https.fromPort().get()).isEqualTo(443);
    assertThat(https.toPort().get()).isEqualTo(443);
    assertThat(rules.get(3).peerCidr().isAbsent()).as("the peer is a group").isTrue();
    assertThat(rules.get(4).ingress()).isFalse();
    assertThat(rules.get(4).protocol().get()).isEqualTo("-1");
  }

  @Test
  void standaloneRules() {
    List<SecurityGroupRule> ssh = TfPlans.all(R, SecurityGroupRule.class).stream()
        .filter(r -> r.name().equals("aws_security_group_rule.ssh")).toList();
    assertThat(ssh).extracting(Element::key).containsExactly(
        F + "#aws_security_group_rule.ssh/cidr[0]", F + "#aws_security_group_rule.ssh/cidr[1]");
    assertThat(ssh).allSatisfy(r -> {
      assertThat(r.group()).isEqualTo(key("aws_security_group.web"));
      assertThat(r.fromPort().get()).isEqualTo(22);
    });
    SecurityGroupRule rdp = one(R, SecurityGroupRule.class,
        "aws_vpc_security_group_ingress_rule.rdp");
    assertThat(rdp.ingress()).isTrue();
    assertThat(rdp.peerCidr().get()).isEqualTo(Cidr.of("0.0.0.0/0"));
    assertThat(rdp.toPort().get()).isEqualTo(3389);
    SecurityGroupRule all = one(R, SecurityGroupRule.class,
        "aws_vpc_security_group_egress_rule.all");
    assertThat(all.ingress()).isFalse();
    assertThat(all.peerCidr().get()).isEqualTo(Cidr.of("::/0"));
    assertThat(all.fromPort().isAbsent()).isTrue();
  }
}
