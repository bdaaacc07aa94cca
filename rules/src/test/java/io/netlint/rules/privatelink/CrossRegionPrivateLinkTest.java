package io.netlint.rules.privatelink;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.EndpointService;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import io.netlint.model.Value;
import io.netlint.model.VpcEndpoint;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import io.netlint.testing.RuleTester;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossRegionPrivateLinkTest {

  private static final String PARTNER = "com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718";

  private final RuleTester tester = RuleTester.of(new CrossRegionPrivateLink());
  private final List<Element> elements = new ArrayList<>();
  private int line = 1;

  @TestFactory
  Stream<DynamicTest> goldenFixtures() {
    return tester.goldenTests("cross-region-privatelink");
  }

  private ElementMeta meta(String name, String kind, String region) {
    return new ElementMeta("t#" + name, kind, new SourceRef("t", line++, 3, name),
        Value.absent(), region == null ? Value.unknown("AWS::Region is not known")
            : Value.known(region));
  }

  private VpcEndpoint endpoint(String kind, String region, String type, String serviceName,
      String serviceRegion, Ref service) {
    VpcEndpoint e = new VpcEndpoint(meta("Endpoint", kind, region),
        Ref.toKey("t#Vpc"), value(type), value(serviceName), value(serviceRegion), List.of(),
        service);
    elements.add(e);
    return e;
  }

  private EndpointService service(String region, Value<List<String>> supported) {
    EndpointService s = new EndpointService(meta("PartnerService", "AWS::EC2::VPCEndpointService",
        region), supported);
    elements.add(s);
    return s;
  }

  /** "-" is absent, "?" unknown. */
  private static Value<String> value(String text) {
    if (text == null || text.equals("-")) return Value.absent();
    if (text.equals("?")) return Value.unknown("known after apply");
    return Value.known(text);
  }

  private List<Finding> run() {
    return tester.run(Network.of(elements));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "same region partner service,   eu-west-1, Interface, com.amazonaws.vpce.eu-west-1.vpce-svc-0a1b2c3d4e5f60718, -,         -",
      "same region AWS service,       eu-west-1, -,         com.amazonaws.eu-west-1.s3,                          -,         -",
      "stack region token,            eu-west-1, Interface, com.amazonaws.${AWS::Region}.ssm,                    -,         -",
      "interface without opt-in,      eu-west-1, Interface, " + PARTNER + ",                                     -,         ERROR",
      "interface opts in,             eu-west-1, Interface, " + PARTNER + ",                                     us-east-1, -",
      "opt-in names another region,   eu-west-1, Interface, " + PARTNER + ",                                     us-west-2, ERROR",
      "opt-in unknown,                eu-west-1, Interface, " + PARTNER + ",                                     ?,         -",
      "gateway endpoint,              eu-west-1, Gateway,   com.amazonaws.us-east-1.s3,                          -,         ERROR",
      "gateway by default,            eu-west-1, -,         com.amazonaws.us-east-1.s3,                          -,         ERROR",
      "gateway even with opt-in,      eu-west-1, Gateway,   com.amazonaws.us-east-1.s3,                          us-east-1, ERROR",
      "type unknown,                  eu-west-1, ?,         com.amazonaws.us-east-1.s3,                          -,         -",
      "load balancer endpoint,        eu-west-1, GatewayLoadBalancer, " + PARTNER + ",                           -,         -",
      "name unknown,                  eu-west-1, Interface, ?,                                                   -,         -",
      "sagemaker shape,               eu-west-1, Interface, aws.sagemaker.us-east-1.notebook,                    -,         -",
      "global name,                   eu-west-1, Interface, com.amazonaws.s3-global.accesspoint,                 -,         -",
      "other parameter in the name,   eu-west-1, Interface, com.amazonaws.${Region}.ssm,                         -,         -",
      "'region unknown, pinned',        ,          Interface, " + PARTNER + ",                                     -,         WARNING",
      "'region unknown, gateway pin',   ,          -,         com.amazonaws.us-east-1.s3,                          -,         WARNING",
      "'region unknown, opted in',      ,          Interface, " + PARTNER + ",                                     us-east-1, -",
      "'region unknown, token',         ,          Interface, com.amazonaws.${AWS::Region}.s3,                     -,         -",
      "'region unknown, vpce token',    ,          Interface, com.amazonaws.vpce.${AWS::Region}.vpce-svc-0a1b2c3d4e5f60718, -, -",
  })
  void cloudFormationEndpoint(String name, String region, String type, String serviceName,
      String serviceRegion, String expected) {
    endpoint("AWS::EC2::VPCEndpoint", region, type, serviceName, serviceRegion, Ref.absent());

    List<Finding> findings = run();

    if (expected.equals("-")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).singleElement().extracting(Finding::severity)
          .isEqualTo(Severity.valueOf(expected));
    }
  }

  @Test
  void terraformWithUnknownProviderRegionIsNotRegionPinned() {
    endpoint("aws_vpc_endpoint", null, "Interface", PARTNER, "-", Ref.absent());

    assertThat(run()).isEmpty();
  }

  @Test
  void messageNamesEndpointRegionsAndServiceName() {
    VpcEndpoint e = endpoint("aws_vpc_endpoint", "eu-west-1", "Interface", PARTNER, "-",
        Ref.absent());

    assertThat(run()).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(e.source());
      assertThat(f.message()).isEqualTo("Interface endpoint 'Endpoint' in eu-west-1 uses service "
          + PARTNER + " of us-east-1 without opting into cross-region access (service_region is"
          + " not set); an endpoint service is only available in the region where it is created"
          + " unless cross-region access is configured, so the endpoint cannot connect");
    });
  }

  @Test
  void regionPinnedMessage() {
    endpoint("AWS::EC2::VPCEndpoint", null, "-", "com.amazonaws.us-east-1.s3", "-",
        Ref.absent());

    assertThat(run()).singleElement().extracting(Finding::message).isEqualTo(
        "Gateway endpoint 'Endpoint' uses region-pinned service name com.amazonaws.us-east-1.s3"
            + " while the stack region is not known; deployed in any other region the Gateway"
            + " endpoint cannot reach it; write the region as ${AWS::Region}, or lint with"
            + " --region to check the deployment");
  }

  @ParameterizedTest(name = "supported regions {0}")
  @CsvSource(nullValues = "null", value = {
      "'us-east-1,eu-west-1', false",
      "'us-east-1,us-west-2', true",
      "null,                  true",  // unset: its own region only
  })
  void serviceAmongTheInputsMustSupportTheConsumerRegion(String supported, boolean flagged) {
    Value<List<String>> regions = supported == null
        ? Value.absent() : Value.known(List.of(supported.split(",")));
    EndpointService s = service("us-east-1", regions);
    endpoint("AWS::EC2::VPCEndpoint", "eu-west-1", "Interface", PARTNER, "us-east-1",
        Ref.toKey(s.key()));

    List<Finding> findings = run();

    assertThat(findings).hasSize(flagged ? 1 : 0);
    if (flagged) {
      assertThat(findings.get(0).related()).containsExactly(s.source());
      assertThat(findings.get(0).message()).contains("endpoint service 'PartnerService' does not"
          + " list eu-west-1 among its supported regions");
    }
  }

  @Test
  void serviceInAnotherFileIsFoundByItsAwsId() {
    EndpointService s = new EndpointService(new ElementMeta(
        "provider.tfplan.json#aws_vpc_endpoint_service.partner", "aws_vpc_endpoint_service",
        new SourceRef("provider.tfplan.json", 8, 11, "aws_vpc_endpoint_service.partner"),
        Value.known("vpce-svc-0a1b2c3d4e5f60718"), Value.known("us-east-1")),
        Value.known(List.of("us-east-1")));
    elements.add(s);
    endpoint("AWS::EC2::VPCEndpoint", "eu-west-1", "Interface", PARTNER, "us-east-1",
        Ref.toAwsId("vpce-svc-0a1b2c3d4e5f60718"));

    assertThat(run()).singleElement().satisfies(f -> {
      assertThat(f.related()).containsExactly(s.source());
      assertThat(f.message()).contains("endpoint service 'aws_vpc_endpoint_service.partner'"
          + " does not list eu-west-1 among its supported regions (supported_regions:"
          + " us-east-1)");
    });
  }

  @Test
  void unknownSupportedRegionsStaySilent() {
    EndpointService s = service("us-east-1", Value.unknown("known after apply"));
    endpoint("aws_vpc_endpoint", "eu-west-1", "Interface", PARTNER, "us-east-1",
        Ref.toKey(s.key()));

    assertThat(run()).isEmpty();
  }

  @Test
  void serviceRegionComesFromTheServiceWhenTheNameIsUnknown() {
    EndpointService s = service("us-east-1", Value.absent());
    endpoint("aws_vpc_endpoint", "eu-west-1", "Interface", "?", "-", Ref.toKey(s.key()));

    assertThat(run()).singleElement().extracting(Finding::message).asString()
        .startsWith("Interface endpoint 'Endpoint' in eu-west-1 uses service 'PartnerService' of"
            + " us-east-1 without opting into cross-region access");
  }

  @Test
  void sameRegionServiceAmongTheInputsIsFine() {
    EndpointService s = service("eu-west-1", Value.absent());
    endpoint("aws_vpc_endpoint", "eu-west-1", "Interface", "?", "-", Ref.toKey(s.key()));

    assertThat(run()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "null", value = {
      "com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718, us-east-1",
      "com.amazonaws.eu-central-2.s3,                           eu-central-2",
      "com.amazonaws.us-gov-west-1.ec2,                         us-gov-west-1",
      "com.amazonaws.${AWS::Region}.s3,                         null",
  })
  void parsesTheDocumentedShapes(String name, String region) {
    assertThat(ServiceName.parse(name)).hasValueSatisfying(n -> assertThat(n.region())
        .isEqualTo(region));
  }

  @ParameterizedTest
  @CsvSource({
      "aws.sagemaker.us-east-1.notebook",
      "com.amazonaws.s3-global.accesspoint",
      "cn.com.amazonaws.cn-north-1.s3",
      "com.amazonaws.vpce",
      "com.amazonaws.${Region}.s3",
  })
  void ignoresOtherShapes(String name) {
    assertThat(ServiceName.parse(name)).isEmpty();
  }
}
