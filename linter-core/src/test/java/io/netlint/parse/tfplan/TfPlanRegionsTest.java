package io.netlint.parse.tfplan;

import static io.netlint.parse.tfplan.TfPlans.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Ref;
import io.netlint.model.Vpc;
import io.netlint.model.VpcPeering;
import io.netlint.parse.LoadResult;
import org.junit.jupiter.api.Test;

/** Regions from provider configurations: aliases, module keys, inheritance, variables. */
class TfPlanRegionsTest {

  private static final String F = "regions.tfplan.json";
  private static final LoadResult R = TfPlans.load(F);

  private static String region(String address) {
    return one(R, Vpc.class, address).region().get();
  }

  @Test
  void defaultProviderRegionComesFromTheRootVariable() {
    assertThat(R.diagnostics()).isEmpty();
    assertThat(region("aws_vpc.home")).isEqualTo("us-east-2");
  }

  @Test
  void aliasedProvider() {
    assertThat(region("aws_vpc.eu")).isEqualTo("eu-west-1");
  }

  @Test
  void moduleWithItsOwnProvider() {
    assertThat(region("module.frankfurt.aws_vpc.this")).isEqualTo("eu-central-1");
  }

  @Test
  void moduleWithoutProviderInheritsTheRoots() {
    assertThat(region("module.net.aws_vpc.this")).isEqualTo("us-east-2");
  }

  @Test
  void perResourceRegionWins() {
    assertThat(region("aws_vpc.v6")).isEqualTo("ap-southeast-2");
  }

  @Test
  void providerWithoutRegionFallsBackToTheArnElseUnknown() {
    assertThat(region("aws_vpc.existing")).isEqualTo("sa-east-1");
    assertThat(one(R, Vpc.class, "aws_vpc.lost").region().isUnknown()).isTrue();
    assertThat(one(R, Vpc.class, "aws_vpc.lost").region().reason()).contains("aws.nowhere");
  }

  @Test
  void peeringRegions() {
    VpcPeering cross = one(R, VpcPeering.class, "aws_vpc_peering_connection.cross");
    assertThat(cross.peerRegion().get()).isEqualTo("eu-west-1");
    assertThat(cross.requesterVpc()).isEqualTo(Ref.toKey(F + "#aws_vpc.home"));
    assertThat(cross.accepterVpc()).isEqualTo(Ref.toKey(F + "#aws_vpc.eu"));
    VpcPeering same = one(R, VpcPeering.class, "aws_vpc_peering_connection.same");
    assertThat(same.peerRegion().isAbsent()).as("unset: the provider's region").isTrue();
    assertThat(same.peerOwner().isAbsent()).isTrue();
    assertThat(same.accepterVpc()).isEqualTo(Ref.toKey(F + "#module.net.aws_vpc.this"));
  }
}
