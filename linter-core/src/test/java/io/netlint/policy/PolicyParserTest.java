package io.netlint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlint.model.Cidr;
import io.netlint.policy.ast.Expr;
import io.netlint.policy.ast.Header;
import io.netlint.policy.ast.PolicyDecl;
import io.netlint.policy.ast.PolicyFile;
import io.netlint.policy.ast.Pos;
import io.netlint.policy.ast.Step;
import io.netlint.policy.ast.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Source text to AST: structure, precedence, positions and the lexical details. */
class PolicyParserTest {

  private static final String FULL = """
      # allow-list shared by the file
      let allowed = ["111122223333"]

      policy NET903 peering-allowed-accounts
        severity error
        summary "VPC peering reaches only "
                "allowed accounts"
        tags peering, security

        for peering in vpc_peerings
        where peering.peer_account is set
        require peering.peer_account in allowed
        when unknown fail
        message "Peering {peering} reaches {peering.peer_account}"
      """;

  private static PolicyFile parse(String text) {
    return PolicyAstBuilder.parse("t.netpolicy", text);
  }

  private static Expr condition(String expr) {
    String text = "policy NET901 p\n severity error\n summary \"s\"\n for vpc in vpcs\n require "
        + expr + "\n message \"m\"\n";
    return parse(text).policies().get(0).verdict().condition();
  }

  @Test
  void aPolicyFileHasConstantsThenPolicies() {
    PolicyFile f = parse(FULL);
    assertThat(f.file()).isEqualTo("t.netpolicy");
    assertThat(f.constants()).singleElement().satisfies(let -> {
      assertThat(let.name().text()).isEqualTo("allowed");
      assertThat(let.value()).isInstanceOf(Expr.ListLit.class);
    });
    PolicyDecl p = f.policies().get(0);
    assertThat(p.pos()).isEqualTo(new Pos(4, 1));
    assertThat(p.id().text()).isEqualTo("NET903");
    assertThat(p.id().pos()).isEqualTo(new Pos(4, 8));
    assertThat(p.slug().text()).isEqualTo("peering-allowed-accounts");
    assertThat(p.headers()).hasSize(3);
    assertThat(((Header.Summary) p.headers().get(1)).text())
        .isEqualTo("VPC peering reaches only allowed accounts");
    assertThat(((Header.Tags) p.headers().get(2)).tags()).extracting(n -> n.text())
        .containsExactly("peering", "security");
    assertThat(p.steps()).hasSize(2);
    Step.For f0 = (Step.For) p.steps().get(0);
    assertThat(f0.bindings().get(0).name().text()).isEqualTo("peering");
    assertThat(f0.bindings().get(0).source()).isEqualTo(
        new Expr.Var(new Pos(10, 18), "vpc_peerings", "vpc_peerings"));
    assertThat(p.steps().get(1)).isInstanceOf(Step.Where.class);
    assertThat(p.verdict().forbid()).isFalse();
    assertThat(p.verdict().condition()).isInstanceOf(Expr.Member.class);
    assertThat(p.whenUnknown()).map(n -> n.text()).contains("fail");
  }

  @Test
  void aMessageIsTextAndPlaceholdersAtTheirOwnColumns() {
    Template m = parse(FULL).policies().get(0).message();
    assertThat(m.parts()).hasSize(4);
    assertThat(m.parts().get(0)).isEqualTo(new Template.Text("Peering "));
    Expr first = ((Template.Placeholder) m.parts().get(1)).expr();
    assertThat(first).isEqualTo(new Expr.Var(new Pos(14, 21), "peering", "peering"));
    Expr second = ((Template.Placeholder) m.parts().get(3)).expr();
    assertThat(second.text()).isEqualTo("peering.peer_account");
    assertThat(((Expr.Attr) second).name().pos()).isEqualTo(new Pos(14, 47));
  }

  @Test
  void notBindsTighterThanAndWhichBindsTighterThanOr() {
    Expr e = condition("vpc.a or vpc.b and not vpc.c");
    Expr.Logic or = (Expr.Logic) e;
    assertThat(or.and()).isFalse();
    Expr.Logic and = (Expr.Logic) or.right();
    assertThat(and.and()).isTrue();
    assertThat(and.right()).isInstanceOf(Expr.Not.class);
    assertThat(e.text()).isEqualTo("vpc.a or vpc.b and not vpc.c");
  }

  @Test
  void predicatesBecomeTheirOwnNodes() {
    assertThat(condition("vpc.cidr within any vpc.x")).isInstanceOfSatisfying(
        Expr.CidrTest.class, c -> {
          assertThat(c.overlaps()).isFalse();
          assertThat(c.over()).isEqualTo(Expr.Over.ANY);
        });
    assertThat(condition("vpc.cidr not overlaps fd00::/8")).isInstanceOfSatisfying(
        Expr.CidrTest.class, c -> {
          assertThat(c.negated()).isTrue();
          assertThat(((Expr.CidrLit) c.right()).value()).isEqualTo(Cidr.of("fd00::/8"));
        });
    assertThat(condition("vpc.name is not unknown")).isInstanceOfSatisfying(
        Expr.StateTest.class, s -> assertThat(s.negated() && s.unknown()).isTrue());
    assertThat(condition("vpc.x >= 3")).isInstanceOfSatisfying(Expr.Compare.class,
        c -> assertThat(c.op()).isEqualTo(Expr.CompareOp.GE));
    assertThat(condition("a before b")).isInstanceOfSatisfying(Expr.Member.class,
        m -> assertThat(m.op()).isEqualTo(Expr.MemberOp.BEFORE));
    assertThat(condition("no s in vpc.subnets where s.public")).isInstanceOfSatisfying(
        Expr.Quantified.class, q -> {
          assertThat(q.quantifier()).isEqualTo(Expr.Quantifier.NO);
          assertThat(q.variable().text()).isEqualTo("s");
        });
    assertThat(condition("all s in vpc.subnets satisfy s.public and s.x")).isInstanceOfSatisfying(
        Expr.Quantified.class, q -> assertThat(q.body()).isInstanceOf(Expr.Logic.class));
  }

  @Test
  void keywordsNameAttributesAfterADot() {
    Expr e = condition("vpc.tags.set == rule.in.unknown");
    Expr.Compare c = (Expr.Compare) e;
    assertThat(((Expr.Attr) c.left()).name().text()).isEqualTo("set");
    assertThat(((Expr.Attr) c.right()).name().text()).isEqualTo("unknown");
  }

  @Test
  void lookupsCallsAndLiterals() {
    Expr.Compare c = (Expr.Compare) condition("lower(vpc.tags['cost-centre']) == \"cc-1\"");
    Expr.Call call = (Expr.Call) c.left();
    assertThat(call.function().text()).isEqualTo("lower");
    Expr.Lookup l = (Expr.Lookup) call.args().get(0);
    assertThat(((Expr.Str) l.key()).value()).isEqualTo("cost-centre");
    Expr.Member in = (Expr.Member) condition("443 in [80, 443]");
    assertThat(((Expr.ListLit) in.right()).items()).hasSize(2);
    assertThat(((Expr.Num) in.left()).value()).isEqualTo(443);
  }

  @Test
  void escapesAreResolvedExceptInRegularExpressions() {
    Expr.Matches m = (Expr.Matches) condition("vpc.name matches \"prod-\\d+\"");
    assertThat(m.pattern()).isEqualTo("prod-\\d+");
    Expr.Compare c = (Expr.Compare) condition("vpc.name == \"say \\\"hi\\\"\"");
    assertThat(((Expr.Str) c.right()).value()).isEqualTo("say \"hi\"");
    String text = "policy NET901 p\n severity error\n summary \"s\"\n for vpc in vpcs\n"
        + " require vpc.x\n message \"a \\{literal\\} {vpc}\"\n";
    assertThat(parse(text).policies().get(0).message().parts().get(0))
        .isEqualTo(new Template.Text("a {literal} "));
  }

  @Test
  void slugsMayHoldNumbersAndKeywords() {
    String text = "policy NET901 no-443-in-all severity error summary \"s\""
        + " for vpc in vpcs require vpc.x message \"m\"";
    assertThat(parse(text).policies().get(0).slug().text()).isEqualTo("no-443-in-all");
  }

  @Test
  void severalPoliciesInOneFile() {
    String one = "policy NET901 a severity error summary \"s\" for v in vpcs require v.x"
        + " message \"m\"\n";
    List<PolicyDecl> ps = parse(one + one.replace("NET901 a", "NET902 b")).policies();
    assertThat(ps).extracting(p -> p.id().text()).containsExactly("NET901", "NET902");
  }

  @Test
  void theFirstSyntaxErrorStopsTheParse() {
    assertThatThrownBy(() -> parse("policy NET901 a severity error\n summary \"s\"\n for v vpcs"))
        .isInstanceOfSatisfying(PolicyException.class, e -> {
          assertThat(e.pos()).isEqualTo(new Pos(3, 8));
          assertThat(e.getMessage()).isEqualTo("unexpected 'vpcs'; expected 'in'");
        });
  }
}
