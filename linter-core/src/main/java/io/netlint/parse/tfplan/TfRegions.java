package io.netlint.parse.tfplan;

import io.netlint.model.Value;
import io.netlint.parse.tree.MapNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The region of each resource. AWS provider v6 records a per-resource {@code region}; otherwise
 * the region comes from the provider configuration the resource uses (aliases, module-scoped keys,
 * inheritance from the parent module), and as a last resort from the resource's own known ARN.
 */
final class TfRegions {

  private final TfPlan plan;
  private final TfRefResolver resolver;
  private final Map<String, Value<String>> byProvider = new HashMap<>();
  private final Map<TfConfig.Resource, Value<String>> byConfig = new IdentityHashMap<>();

  TfRegions(TfPlan plan, TfRefResolver resolver) {
    this.plan = plan;
    this.resolver = resolver;
  }

  Value<String> of(TfResource r) {
    String own = r.values().text("region");
    if (own != null) return Value.known(own);
    TfConfig.Resource config = plan.config().resource(r.configModule(), r.configAddress());
    String key = config != null && config.providerKey() != null ? config.providerKey() : "aws";
    Value<String> fromProvider = config != null
        ? byConfig.computeIfAbsent(config, c -> fromProvider(key, r.configModule()))
        : byProvider.computeIfAbsent(r.configModule() + " " + key,
            k -> fromProvider(key, r.configModule()));
    if (fromProvider.isKnown()) return fromProvider;
    return regionOfArn(r.values().text("arn")).map(Value::known).orElse(fromProvider);
  }

  private Value<String> fromProvider(String key, String configModule) {
    Optional<MapNode> provider = provider(key, configModule);
    if (provider.isEmpty()) {
      return Value.unknown("no provider configuration '" + key + "' in the plan");
    }
    MapNode exprs = provider.get().get("expressions") instanceof MapNode m ? m : null;
    MapNode region = TfConfig.expression(exprs, "region");
    if (region == null) {
      return Value.unknown("provider '" + key + "' sets no region (it comes from the environment)");
    }
    String module = provider.get().text("module_address");
    TfRefResolver.Context ctx = module == null || module.isEmpty()
        ? TfRefResolver.Context.ROOT : new TfRefResolver.Context(module, module, null);
    Optional<TfRefResolver.Resolved> value = resolver.one(ctx, region, "region");
    if (value.isPresent() && value.get() instanceof TfRefResolver.Literal lit) {
      return Value.known(lit.value());
    }
    String ref = TfRefResolver.firstReference(region);
    return Value.unknown("provider '" + key + "' region "
        + (ref == null ? "is an expression" : "comes from '" + ref + "'")
        + " that the plan does not show");
  }

  /**
   * The provider configuration for a key. Keys are opaque ({@code aws}, {@code aws.eu},
   * {@code module.net:aws}, {@code net:aws}); a module without its own configuration inherits
   * its parent's, so walk up the module path.
   */
  private Optional<MapNode> provider(String key, String configModule) {
    Map<String, MapNode> providers = plan.config().providers();
    if (providers.containsKey(key)) return Optional.of(providers.get(key));
    int colon = key.lastIndexOf(':');
    String local = colon < 0 ? key : key.substring(colon + 1);
    String path = configModule;
    while (true) {
      if (path.isEmpty()) return Optional.ofNullable(providers.get(local));
      MapNode p = providers.get(path + ":" + local);
      if (p == null) p = providers.get(path.replace("module.", "") + ":" + local);
      if (p != null) return Optional.of(p);
      int dot = path.lastIndexOf(".module.");
      path = dot < 0 ? "" : path.substring(0, dot);
    }
  }

  /** {@code arn:partition:service:region:account:resource}. */
  static Optional<String> regionOfArn(String arn) {
    if (arn == null || !arn.startsWith("arn:")) return Optional.empty();
    String[] parts = arn.split(":", 6);
    return parts.length >= 5 && !parts[3].isEmpty() ? Optional.of(parts[3]) : Optional.empty();
  }
}
