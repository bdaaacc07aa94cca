package io.netlint.rules.privatelink;

import io.netlint.model.Element;
import io.netlint.model.EndpointService;
import io.netlint.model.Network;
import io.netlint.model.Value;
import io.netlint.model.VpcEndpoint;
import io.netlint.rule.Rule;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleInfo;
import io.netlint.rule.Severity;
import java.util.List;
import java.util.Optional;

/**
 * NET501. Endpoint services are "only available in the AWS region in which they are created"
 * unless cross-region access is configured: the consumer opts in with {@code service_region} /
 * {@code ServiceRegion} and the provider lists the consumer's region in
 * {@code supported_regions} / {@code SupportedRegions} (DOMAIN E.6). Unknown values are skipped.
 */
@RuleInfo(
    id = "NET501",
    name = "cross-region-privatelink",
    summary = "A VPC endpoint must reach a service in its own region unless it is an interface"
        + " endpoint that opts into cross-region access the service supports",
    severity = Severity.ERROR,
    tags = {"privatelink", "endpoint", "region"})
public final class CrossRegionPrivateLink implements Rule {

  private static final String INTERFACE = "Interface";
  private static final String GATEWAY = "Gateway";

  @Override
  public void check(Network network, RuleContext ctx) {
    for (VpcEndpoint endpoint : network.all(VpcEndpoint.class)) {
      Optional<ServiceName> name = endpoint.serviceName().isKnown()
          ? ServiceName.parse(endpoint.serviceName().get()) : Optional.empty();
      Optional<EndpointService> service =
          network.resolve(endpoint.endpointService(), EndpointService.class);
      if (endpoint.region().isKnown()) {
        checkKnownRegion(endpoint, endpoint.region().get(), name, service, ctx);
      } else if (name.isPresent() && !name.get().followsStack() && !isTerraform(endpoint)) {
        checkPinned(endpoint, name.get(), ctx);
      }
    }
  }

  private static void checkKnownRegion(VpcEndpoint endpoint, String consumer,
      Optional<ServiceName> name, Optional<EndpointService> service, RuleContext ctx) {
    String provider;
    if (name.isPresent()) {
      provider = name.get().followsStack() ? consumer : name.get().region();
    } else if (service.isPresent() && service.get().region().isKnown()) {
      provider = service.get().region().get();
    } else {
      return;
    }
    if (provider.equals(consumer)) return;
    Value<String> type = endpoint.type().withDefault(GATEWAY);
    if (!type.isKnown()) return;
    String uses = endpoint(endpoint) + " in " + consumer + " uses service " + serviceText(endpoint,
        service) + " of " + provider;
    List<Element> related = service.<List<Element>>map(List::of).orElse(List.of());

    if (type.get().equals(GATEWAY)) {
      ctx.report(endpoint, ctx.attribute(endpoint, "serviceName"), Severity.ERROR,
          uses + "; a Gateway endpoint cannot reach a service in another region"
          + " (cross-region access is for interface endpoints only)", related);
      return;
    }
    if (!type.get().equals(INTERFACE)) return;

    String optIn = isTerraform(endpoint) ? "service_region" : "ServiceRegion";
    Value<String> region = endpoint.serviceRegion();
    if (region.isUnknown()) return;
    String unavailable = "; an endpoint service is only available in the region where it is"
        + " created unless cross-region access is configured, so the endpoint cannot connect";
    if (region.isAbsent()) {
      ctx.report(endpoint, ctx.attribute(endpoint, "serviceName"), Severity.ERROR,
          uses + " without opting into cross-region access (" + optIn + " is not set)"
          + unavailable, related);
      return;
    }
    if (!region.get().equals(provider)) {
      ctx.report(endpoint, ctx.attribute(endpoint, "serviceRegion"), Severity.ERROR,
          uses + ", but its " + optIn + " names " + region.get() + ", not " + provider
          + unavailable, related);
      return;
    }
    service.ifPresent(s -> checkSupported(endpoint, consumer, uses, s, ctx));
  }

  /** The provider side must accept the consumer's region; unset means its own region only. */
  private static void checkSupported(VpcEndpoint endpoint, String consumer, String uses,
      EndpointService service, RuleContext ctx) {
    String attribute = isTerraform(service) ? "supported_regions" : "SupportedRegions";
    Value<List<String>> supported = service.supportedRegions();
    String listed;
    if (supported.isUnknown()) return;
    if (supported.isAbsent()) {
      listed = attribute + " is not set, so it accepts its own region only";
    } else if (supported.get().contains(consumer)) {
      return;
    } else {
      listed = attribute + ": " + String.join(", ", supported.get().stream().sorted().toList());
    }
    ctx.report(endpoint, uses + " with cross-region access, but endpoint service '"
        + service.name() + "' does not list " + consumer + " among its supported regions ("
        + listed + "); the service does not accept consumers from that region", List.of(service));
  }

  /**
   * A CloudFormation template with no known region may be deployed anywhere; a literal region in
   * the name is then a service in another region everywhere but there.
   */
  private static void checkPinned(VpcEndpoint endpoint, ServiceName name, RuleContext ctx) {
    Value<String> optIn = endpoint.serviceRegion();
    if (optIn.isUnknown() || endpoint.type().isUnknown()) return;
    boolean interfaceType = endpoint.typeOrDefault().equals(INTERFACE);
    if (interfaceType) {
      // ServiceRegion naming the same region reaches it on purpose, from wherever it is deployed.
      if (optIn.isKnown() && optIn.get().equals(name.region())) return;
    } else if (!endpoint.typeOrDefault().equals(GATEWAY)) {
      return;
    }
    String consequence = interfaceType
        ? "deployed in any other region the endpoint reaches across regions and cannot connect"
            + " unless ServiceRegion names " + name.region()
        : "deployed in any other region the Gateway endpoint cannot reach it";
    ctx.report(endpoint, Severity.WARNING, endpoint(endpoint) + " uses region-pinned service name "
        + name.text() + " while the stack region is not known; " + consequence + "; write the"
        + " region as " + ServiceName.STACK_REGION + ", or lint with --region to check the"
        + " deployment", List.of());
  }

  private static String endpoint(VpcEndpoint e) {
    String type = e.type().isKnown() ? e.type().get() : e.type().isAbsent() ? GATEWAY : null;
    return (type == null ? "Endpoint" : type + " endpoint") + " '" + e.name() + "'";
  }

  private static String serviceText(VpcEndpoint e, Optional<EndpointService> service) {
    if (e.serviceName().isKnown()) return e.serviceName().get();
    return service.map(s -> "'" + s.name() + "'").orElse("?");
  }

  private static boolean isTerraform(Element e) {
    return e.meta().kind().startsWith("aws_");
  }
}
