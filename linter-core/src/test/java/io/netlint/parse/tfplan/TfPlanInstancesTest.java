package io.netlint.parse.tfplan;

import static io.netlint.parse.tfplan.TfPlans.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.NatGateway;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTableAssociation;
import io.netlint.model.RouteTarget;
import io.netlint.model.Subnet;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.parse.LoadResult;
import org.junit.jupiter.api.Test;

/** count / for_each instances, splats, module outputs and module inputs. */
class TfPlanInstancesTest {

  private static final String F = "count-foreach.tfplan.json";
  private static final LoadResult R = TfPlans.load(F);

  private static Ref key(String address) {
    return Ref.toKey(F + "#" + address);
  }

  @Test
  void loadsCleanly() {
    assertThat(R.diagnostics()).isEmpty();
    assertThat(TfPlans.all(R, Subnet.class)).hasSize(6);
  }

  @Test
  void countIndexLinksTheInstanceWithTheSameIndex() {
    assertThat(one(R, RouteTableAssociation.class, "aws_route_table_association.priv[0]").subnet())
        .isEqualTo(key("aws_subnet.priv[0]"));
    assertThat(one(R, RouteTableAssociation.class, "aws_route_table_association.priv[1]").subnet())
        .isEqualTo(key("aws_subnet.priv[1]"));
    assertThat(one(R, RouteTableAssociation.class, "aws_route_table_association.priv[1]")
        .routeTable()).isEqualTo(key("aws_route_table.priv"));
  }

  @Test
  void eachKeyLinksTheInstanceWithTheSameKey() {
    assertThat(one(R, NatGateway.class, "aws_nat_gateway.az[\"a\"]").subnet())
        .isEqualTo(key("aws_subnet.az[\"a\"]"));
    assertThat(one(R, NatGateway.class, "aws_nat_gateway.az[\"b\"]").subnet())
        .isEqualTo(key("aws_subnet.az[\"b\"]"));
    assertThat(one(R, NatGateway.class, "aws_nat_gateway.az[\"b\"]").connectivityType().get())
        .isEqualTo("private");
  }

  @Test
  void splatLinksEveryInstance() {
    TgwVpcAttachment hub = one(R, TgwVpcAttachment.class,
        "aws_ec2_transit_gateway_vpc_attachment.hub");
    assertThat(hub.subnets()).containsExactly(key("aws_subnet.priv[0]"), key("aws_subnet.priv[1]"));
    assertThat(hub.vpc()).isEqualTo(key("aws_vpc.hub"));
    assertThat(hub.transitGateway()).isEqualTo(key("aws_ec2_transit_gateway.tgw"));
    assertThat(hub.applianceMode().get()).isTrue();
    assertThat(hub.defaultAssociation().get()).isFalse();
    assertThat(hub.defaultPropagation().isAbsent()).as("not written: TGW default").isTrue();
  }

  @Test
  void moduleOutputsFollowTheModuleInstanceWithTheSameKey() {
    TgwVpcAttachment x = one(R, TgwVpcAttachment.class,
        "aws_ec2_transit_gateway_vpc_attachment.spoke[\"x\"]");
    assertThat(x.vpc()).isEqualTo(key("module.spoke[\"x\"].aws_vpc.this"));
    assertThat(x.subnets()).containsExactly(key("module.spoke[\"x\"].aws_subnet.this[0]"));
    TgwVpcAttachment y = one(R, TgwVpcAttachment.class,
        "aws_ec2_transit_gateway_vpc_attachment.spoke[\"y\"]");
    assertThat(y.vpc()).isEqualTo(key("module.spoke[\"y\"].aws_vpc.this"));
  }

  @Test
  void moduleInputsFollowTheParentsExpression() {
    Route route = one(R, Route.class, "module.spoke[\"x\"].aws_route.to_hub");
    assertThat(route.target().kind()).isEqualTo(RouteTarget.Kind.TRANSIT_GATEWAY);
    assertThat(route.target().target()).isEqualTo(key("aws_ec2_transit_gateway.tgw"));
    // main_route_table_id of a VPC is another resource's ID, not the VPC: stays unknown
    assertThat(route.routeTable().isUnknown()).isTrue();
    assertThat(one(R, Subnet.class, "module.spoke[\"y\"].aws_subnet.this[0]").vpc())
        .isEqualTo(key("module.spoke[\"y\"].aws_vpc.this"));
  }

  @Test
  void regionFromARootVariable() {
    assertThat(one(R, Subnet.class, "module.spoke[\"x\"].aws_subnet.this[0]").region().get())
        .isEqualTo("eu-west-1");
    TransitGateway tgw = one(R, TransitGateway.class, "aws_ec2_transit_gateway.tgw");
    assertThat(tgw.amazonSideAsn().get()).isEqualTo(64600L);
    assertThat(tgw.defaultRouteTableAssociation().get()).isFalse();
    assertThat(tgw.defaultRouteTablePropagation().get()).isTrue();
  }
}
