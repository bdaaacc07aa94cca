package io.netlint.model;

import java.util.List;

/**
 * A VPC endpoint.
 *
 * @param type {@code Interface}, {@code Gateway} (AWS default when absent), {@code GatewayLoadBalancer}…
 * @param serviceName e.g. {@code com.amazonaws.vpce.eu-west-1.vpce-svc-0abc} or a
 *     CloudFormation {@code Fn::Sub} text such as {@code com.amazonaws.${AWS::Region}.s3} when the
 *     region is not known
 * @param serviceRegion the cross-region opt-in ({@code service_region} / {@code ServiceRegion})
 * @param endpointService the endpoint service among the inputs, when the service name refers to one
 */
public record VpcEndpoint(ElementMeta meta, Ref vpc, Value<String> type, Value<String> serviceName,
    Value<String> serviceRegion, List<Ref> subnets, Ref endpointService) implements Element {
  public VpcEndpoint {
    subnets = List.copyOf(subnets);
  }

  public String typeOrDefault() { return type.orElse("Gateway"); }
}
