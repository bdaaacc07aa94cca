package io.netlint.parse.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Element;
import io.netlint.model.Ref;
import io.netlint.model.RouteTable;
import io.netlint.model.Value;
import io.netlint.model.VpnConnection;
import io.netlint.model.Subnet;
import io.netlint.model.Vpc;
import io.netlint.model.VpnConnectionRoute;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.InputKind;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import io.netlint.parse.ParsedInput;
import org.junit.jupiter.api.Test;

/** Shape problems are diagnostics with a position; nothing throws. */
class TfPlanDiagnosticsTest {

  private static final String VPC = """
      {"address": "aws_vpc.a", "mode": "managed", "type": "aws_vpc", "name": "a",
       "values": {"cidr_block": "10.0.0.0/16"}}""";

  private static LoadResult load(String json) {
    return TfPlans.loadText("p.json", json);
  }

  @Test
  void documentThatIsNotAnObject() {
    LoadResult r = load("[1, 2]");
    assertThat(r.elements()).isEmpty();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
      assertThat(d.message()).contains("not a JSON object");
      assertThat(d.file()).isEqualTo("p.json");
    });
    LoadResult none = TfPlanLoader.load(new ParsedInput("e.json", InputKind.TERRAFORM_PLAN, null),
        LoadOptions.defaults());
    assertThat(none.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR));
  }

  @Test
  void wrongShapesAreErrorsAtTheirPosition() {
    LoadResult r = load("""
        {"format_version": "1.2",
         "planned_values": [],
         "resource_changes": {}}""");
    assertThat(r.diagnostics()).extracting(Diagnostic::level)
        .containsOnly(Diagnostic.Level.ERROR);
    assertThat(r.diagnostics()).extracting(Diagnostic::line).containsExactlyInAnyOrder(2, 3);

    LoadResult bad = load("""
        {"planned_values": {"root_module": {"resources": [42, {"mode": "managed"}, %s]}}}"""
        .formatted(VPC));
    assertThat(bad.diagnostics()).hasSize(2).allSatisfy(d ->
        assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR));
    assertThat(bad.elements()).as("the good resource still loads").hasSize(1);
  }

  @Test
  void unsupportedFormatVersionIsAWarningAndStillLoads() {
    LoadResult r = load("""
        {"format_version": "2.1",
         "planned_values": {"root_module": {"resources": [%s]}}}""".formatted(VPC));
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.level()).isEqualTo(Diagnostic.Level.WARNING);
      assertThat(d.line()).isEqualTo(1);
      assertThat(d.message()).contains("2.1");
    });
    assertThat(r.elements()).hasSize(1);
    assertThat(load("""
        {"format_version": "0.1", "planned_values": {"root_module": {}}}""").diagnostics())
        .isEmpty();
  }

  @Test
  void missingFormatVersionStillLoads() {
    LoadResult r = load("""
        {"planned_values": {"root_module": {"resources": [%s]}}}""".formatted(VPC));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.elements()).singleElement().isInstanceOf(Vpc.class);
  }

  @Test
  void erroredPlanIsAWarning() {
    LoadResult r = load("""
        {"format_version": "1.2",
         "planned_values": {"root_module": {"resources": [%s]}},
         "errored": true}""".formatted(VPC));
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.level()).isEqualTo(Diagnostic.Level.WARNING);
      assertThat(d.line()).isEqualTo(4); // the resource takes two lines
      assertThat(d.message()).contains("errored");
    });
    assertThat(r.elements()).hasSize(1);
  }

  @Test
  void unparseableCidrIsAWarningAndUnknown() {
    LoadResult r = load("""
        {"planned_values": {"root_module": {"resources": [
          {"address": "aws_subnet.s", "mode": "managed", "type": "aws_subnet", "name": "s",
           "values": {"cidr_block": "10.0.300.0/24", "vpc_id": "vpc-1"}},
          {"address": "aws_vpn_connection_route.r", "type": "aws_vpn_connection_route",
           "values": {"destination_cidr_block": "office", "vpn_connection_id": "vpn-1"}}]}}}""");
    assertThat(r.diagnostics()).hasSize(2).allSatisfy(d ->
        assertThat(d.level()).isEqualTo(Diagnostic.Level.WARNING));
    assertThat(r.diagnostics().get(0).line()).isEqualTo(3);
    assertThat(r.diagnostics().get(0).message()).contains("10.0.300.0/24");
    Subnet s = (Subnet) r.elements().get(0);
    assertThat(s.cidr().isUnknown()).isTrue();
    assertThat(((VpnConnectionRoute) r.elements().get(1)).destination().isUnknown()).isTrue();
  }

  @Test
  void unresolvedReferencesRaiseNothing() {
    LoadResult r = load("""
        {"planned_values": {"root_module": {"resources": [
          {"address": "aws_subnet.s", "mode": "managed", "type": "aws_subnet", "name": "s",
           "values": {"cidr_block": "10.0.1.0/24"}}]}},
         "resource_changes": [{"address": "aws_subnet.s", "change": {"actions": ["create"],
           "after_unknown": {"vpc_id": true, "id": true}}}],
         "configuration": {"root_module": {"resources": [{"address": "aws_subnet.s",
           "type": "aws_subnet", "expressions": {"vpc_id": {"references": ["local.vpc"]}}}]}}}""");
    assertThat(r.diagnostics()).isEmpty();
    Subnet s = (Subnet) r.elements().get(0);
    assertThat(s.vpc().isUnknown()).isTrue();
    assertThat(s.vpc().reason()).contains("local.vpc");
  }

  @Test
  void oddValueShapesDoNotThrow() {
    LoadResult r = load("""
        {"planned_values": {"root_module": {"resources": [
          {"address": "aws_route_table.t", "type": "aws_route_table",
           "values": {"route": {"cidr_block": 5}, "propagating_vgws": "vgw-1", "vpc_id": ["x"]}},
          {"address": "aws_vpn_connection.v", "type": "aws_vpn_connection",
           "values": {"tunnel1_ike_versions": {"a": 1}, "tunnel1_inside_cidr": 7,
                      "static_routes_only": "maybe", "customer_gateway_id": {"id": "cgw"}}},
          {"address": "aws_customer_gateway.c", "type": "aws_customer_gateway",
           "values": {"bgp_asn": "AS65000"}},
          {"address": "aws_security_group.g", "type": "aws_security_group",
           "values": {"ingress": [{"cidr_blocks": "0.0.0.0/0", "from_port": "x"}], "egress": 3}},
          {"address": "not an address", "type": "aws_vpc", "values": {}}]}},
         "resource_changes": [{"address": "aws_route_table.t", "change": {"actions": "create",
           "after_unknown": [true]}}],
         "configuration": {"provider_config": [], "root_module": {"resources": {}}}}""");
    assertThat(r.elements()).extracting(Element::name).contains("aws_route_table.t",
        "aws_vpn_connection.v", "aws_customer_gateway.c", "aws_security_group.g");
    assertThat(r.diagnostics()).extracting(Diagnostic::message).anySatisfy(m ->
        assertThat(m).contains("AS65000"));
    assertThat(r.diagnostics()).extracting(Diagnostic::message).anySatisfy(m ->
        assertThat(m).contains("not an address"));
    assertThat(r.diagnostics()).extracting(Diagnostic::message).anySatisfy(m ->
        assertThat(m).isEqualTo(
            "'aws_route_table.t': 'vpc_id' should be a single value, not a list"));
    assertThat(r.diagnostics()).extracting(Diagnostic::message).anySatisfy(m ->
        assertThat(m).contains("actions"));
    assertThat(r.diagnostics()).isSortedAccordingTo(Diagnostic.ORDER);
    RouteTable table = (RouteTable) r.elements().get(0);
    assertThat(table.vpc().isUnknown()).isTrue();
    VpnConnection vpn = TfPlans.one(r, VpnConnection.class, "aws_vpn_connection.v");
    assertThat(vpn.staticRoutesOnly().isUnknown()).isTrue();
    assertThat(vpn.customerGateway().isUnknown()).isTrue();
  }

  @Test
  void unknownAfterApplyIsUnknownAndUnsetIsAbsent() {
    LoadResult r = load("""
        {"format_version": "1.2",
         "planned_values": {"root_module": {"resources": [
          {"address": "aws_subnet.s", "mode": "managed", "type": "aws_subnet", "name": "s",
           "values": {"assign_ipv6_address_on_creation": false, "map_public_ip_on_launch": false,
                      "ipv6_native": false, "availability_zone": null}}]}},
         "resource_changes": [{"address": "aws_subnet.s", "change": {"actions": ["create"],
           "after": {}, "after_unknown": {"availability_zone": true, "availability_zone_id": true,
             "cidr_block": true, "id": true, "ipv6_cidr_block": true, "vpc_id": true}}}]}""");
    assertThat(r.diagnostics()).isEmpty();
    Subnet s = (Subnet) r.elements().get(0);
    assertThat(s.cidr()).isEqualTo(Value.unknown("known after apply"));
    assertThat(s.vpc()).isEqualTo(Ref.unknown("known after apply"));
    assertThat(s.availabilityZone().isUnknown()).isTrue();
    assertThat(s.ipv6Cidr().isAbsent()).as("not asked for").isTrue();
    assertThat(s.meta().awsId().isAbsent()).isTrue();
  }

  @Test
  void planWithOnlyResourceChangesUsesTheirAfterValues() {
    LoadResult r = load("""
        {"format_version": "1.2", "resource_changes": [
          {"address": "aws_vpc.kept", "type": "aws_vpc", "change": {"actions": ["create"],
            "after": {"cidr_block": "10.1.0.0/16"}, "after_unknown": {"id": true}}},
          {"address": "aws_vpc.gone", "type": "aws_vpc", "change": {"actions": ["delete"],
            "before": {"cidr_block": "10.2.0.0/16"}, "after": null}},
          {"address": "aws_vpc.replaced", "type": "aws_vpc", "change": {
            "actions": ["create", "delete"], "after": {"cidr_block": "10.3.0.0/16"},
            "after_unknown": {"id": true}}}]}""");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.elements()).extracting(Element::name)
        .containsExactly("aws_vpc.kept", "aws_vpc.replaced");
  }

  @Test
  void deletedResourceListedInPlannedValuesIsDropped() {
    LoadResult r = load("""
        {"planned_values": {"root_module": {"resources": [%s]}},
         "resource_changes": [{"address": "aws_vpc.a", "change": {"actions": ["delete"]}}]}"""
        .formatted(VPC));
    assertThat(r.elements()).isEmpty();
  }
}
