package io.netlint.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.parse.Diagnostic;
import io.netlint.properties.NetSpec.PeeringSpec;
import io.netlint.properties.NetSpec.Resource;
import io.netlint.properties.NetSpec.SubnetSpec;
import io.netlint.properties.NetSpec.VpcSpec;
import io.netlint.properties.NetSpec.VpnSpec;
import io.netlint.properties.Renderings.Style;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Metamorphic properties over generated networks: how a network is written (format, order,
 * names, layout, stacks) must not change what netlint finds in it, beyond names and locations.
 */
class NetworkPropertiesTest {

  /** Per property; the four cost about a minute of the build together. */
  private static final int TRIES = 200;

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED,
      edgeCases = EdgeCasesMode.MIXIN)
  void theThreeRenderingsFindTheSame(@ForAll("networks") NetSpec net) {
    List<Resource> resources = net.resources();
    Style style = Style.plain();
    Map<String, Object> template = Renderings.template(resources, style);
    Lint.Outcome json = cfn("net.json", Renderings.json(template, style), resources, style);
    Lint.Outcome yaml = cfn("net.yaml", Renderings.yaml(template, style), resources, style);
    Lint.Outcome plan = loaded(Lint.run(Map.of("net.tfplan.json", Renderings.plan(resources)),
        Lint.tfNames(resources)));
    Statistics.label("findings per network")
        .collect(json.findings().size() < 3 ? String.valueOf(json.findings().size()) : "3+");
    json.findings().forEach(f -> Statistics.label("rules").collect(f.substring(0, 6)));
    assertThat(yaml.findings()).as("YAML against JSON").isEqualTo(json.findings());
    assertThat(plan.subjects()).as("Terraform plan against CloudFormation")
        .isEqualTo(json.subjects());
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED,
      edgeCases = EdgeCasesMode.MIXIN)
  void orderNamesAndLayoutChangeNothing(@ForAll("networks") NetSpec net,
      @ForAll("styles") Style style) {
    List<Resource> resources = net.resources();
    Style plain = Style.plain();
    Lint.Outcome before = cfn("net.yaml",
        Renderings.yaml(Renderings.template(resources, plain), plain), resources, plain);
    Map<String, Object> template = Renderings.template(resources, style);
    Lint.Outcome yaml = cfn("other.yaml", Renderings.yaml(template, style), resources, style);
    Lint.Outcome json = cfn("other.json", Renderings.json(template, style), resources, style);
    assertThat(yaml.findings()).as("reformatted YAML").isEqualTo(before.findings());
    assertThat(json.findings()).as("reformatted JSON").isEqualTo(before.findings());
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED,
      edgeCases = EdgeCasesMode.MIXIN)
  void splittingIntoStacksJoinedByExportsChangesNothing(@ForAll("networks") NetSpec net) {
    List<Resource> resources = net.resources();
    Style style = Style.plain();
    Lint.Outcome whole = cfn("net.yaml",
        Renderings.yaml(Renderings.template(resources, style), style), resources, style);
    // the VPCs in one stack, exported; everything else in another, importing them
    List<Resource> vpcs = resources.stream().filter(r -> r.cfnType().equals("AWS::EC2::VPC"))
        .toList();
    List<Resource> rest = resources.stream().filter(r -> !vpcs.contains(r)).toList();
    Map<String, String> exports = new LinkedHashMap<>();
    for (Resource v : vpcs) exports.put(v.name(), "net-" + v.name());
    Map<String, String> files = new LinkedHashMap<>();
    files.put("vpcs.yaml", Renderings.yaml(
        Renderings.template(vpcs, style, n -> null, exports), style));
    files.put("rest.yaml", Renderings.yaml(
        Renderings.template(rest, style, exports::get, Map.of()), style));
    Map<String, String> names = new HashMap<>(Lint.cfnNames(resources, style));
    Lint.Outcome split = loaded(Lint.run(files, names));
    assertThat(split.findings()).isEqualTo(whole.findings());
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED,
      edgeCases = EdgeCasesMode.MIXIN)
  void anUnrelatedResourceRemovesNoFinding(@ForAll("networks") NetSpec net,
      @ForAll("unrelated") Resource extra) {
    List<Resource> resources = net.resources();
    Style style = Style.plain();
    Lint.Outcome before = cfn("net.yaml",
        Renderings.yaml(Renderings.template(resources, style), style), resources, style);
    List<Resource> more = new ArrayList<>(resources);
    more.add(extra);
    Lint.Outcome after = cfn("net.yaml",
        Renderings.yaml(Renderings.template(more, style), style), more, style);
    List<String> remaining = new ArrayList<>(after.findings());
    for (String f : before.findings()) {
      assertThat(remaining.remove(f)).as("finding kept: " + f).isTrue();
    }
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED,
      edgeCases = EdgeCasesMode.MIXIN)
  void brokenRenderingsGetDiagnosticsNeverACrash(@ForAll("networks") NetSpec net,
      @ForAll("formats") String format, @ForAll("cuts") List<Integer> cuts) {
    List<Resource> resources = net.resources();
    Style style = Style.plain();
    String text = switch (format) {
      case "json" -> Renderings.json(Renderings.template(resources, style), style);
      case "yaml" -> Renderings.yaml(Renderings.template(resources, style), style);
      default -> Renderings.plan(resources);
    };
    // each cut removes a slice, or doubles it when odd: truncation, lost brackets, duplicate keys
    StringBuilder broken = new StringBuilder(text);
    for (int cut : cuts) {
      int at = Math.floorMod(cut, broken.length() + 1);
      int end = Math.min(broken.length(), at + Math.floorMod(cut >> 8, 40));
      if ((cut & 1) == 0) {
        broken.delete(at, end);
      } else {
        broken.insert(at, broken.substring(at, end));
      }
    }
    String file = format.equals("plan") ? "broken.tfplan.json" : "broken." + format;
    Lint.Outcome outcome = Lint.run(Map.of(file, broken.toString()), Map.of());
    assertThat(outcome.diagnostics()).allSatisfy(d -> {
      assertThat(d.message()).doesNotContain("internal error");
      assertThat(d.line()).isPositive();
      assertThat(d.column()).isPositive();
    });
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("json", "yaml", "plan");
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().list().ofMinSize(1).ofMaxSize(3);
  }

  private static Lint.Outcome cfn(String file, String text, List<Resource> resources,
      Style style) {
    return loaded(Lint.run(Map.of(file, text), Lint.cfnNames(resources, style)));
  }

  /** The generator writes valid inputs: no diagnostic is an error, none is internal. */
  private static Lint.Outcome loaded(Lint.Outcome outcome) {
    assertThat(outcome.diagnostics())
        .filteredOn(d -> d.level() == Diagnostic.Level.ERROR
            || d.message().contains("internal error"))
        .isEmpty();
    return outcome;
  }

  @Provide
  Arbitrary<NetSpec> networks() {
    Arbitrary<SubnetSpec> subnet = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.of("a", "b"), Arbitraries.of(true, false)).as(SubnetSpec::new);
    Arbitrary<VpcSpec> vpc = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.of(true, false), subnet.list().ofMaxSize(3)).as(VpcSpec::new);
    return vpc.list().ofMinSize(1).ofMaxSize(3).flatMap(vpcs -> {
      int n = vpcs.size();
      Arbitrary<List<PeeringSpec>> peerings = n < 2 ? Arbitraries.just(List.of())
          : Combinators.combine(Arbitraries.integers().between(0, n - 1),
              Arbitraries.integers().between(0, n - 1), Arbitraries.of(true, false))
              .as(PeeringSpec::new).filter(p -> p.a() != p.b()).list().ofMaxSize(2);
      Arbitrary<VpnSpec> vpn = Combinators.combine(Arbitraries.integers().between(0, n - 1),
          Arbitraries.of(true, false), Arbitraries.of(65000L, 64512L, 4_200_000_000L),
          Arbitraries.of("192.168.0.0/24", "10.0.0.0/8", "10.1.5.0/24")).as(VpnSpec::new);
      return Combinators.combine(peerings, Arbitraries.of(true, false), vpn.optional(0.5))
          .as((p, tgw, v) -> new NetSpec(vpcs, p, tgw, v));
    });
  }

  @Provide
  Arbitrary<Style> styles() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.of(true, false),
        Arbitraries.of("Nl", "Zz", "Stack"), Arbitraries.of(0, 2, 4),
        Arbitraries.of(1, 2, 3, 4, Integer.MAX_VALUE), Arbitraries.of(true, false))
        .as((seed, shuffle, prefix, indent, flow, shortForms) -> new Style(seed, shuffle, prefix,
            indent, flow, shortForms));
  }

  @Provide
  Arbitrary<Resource> unrelated() {
    return Arbitraries.of(
        new Resource("bucket", "AWS::S3::Bucket", Map.of(), "aws_s3_bucket", Map.of()),
        new Resource("topic", "AWS::SNS::Topic", Map.of("TopicName", "alerts"),
            "aws_sns_topic", Map.of("name", "alerts")),
        new Resource("loggroup", "AWS::Logs::LogGroup", Map.of("RetentionInDays", 7),
            "aws_cloudwatch_log_group", Map.of("retention_in_days", 7)));
  }
}
