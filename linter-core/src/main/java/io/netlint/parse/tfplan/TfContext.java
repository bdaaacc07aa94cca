package io.netlint.parse.tfplan;

import io.netlint.model.Cidr;
import io.netlint.model.ElementMeta;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import io.netlint.model.Value;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Position;
import io.netlint.parse.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the converters share: element keys and metadata, links from ID attributes (known IDs first,
 * configuration references when the value is known only after apply), and value readers that
 * report malformed CIDRs and numbers.
 */
final class TfContext {

  /** A link and, when it points at a resource of this plan, that resource. */
  record Link(Ref ref, TfResource target) {
    static final Link ABSENT = new Link(Ref.absent(), null);
  }

  /** ID arguments and the resource types whose IDs they take, for the local-value fallback. */
  private static final Map<String, String> TYPE_BY_ARGUMENT = Map.ofEntries(
      Map.entry("vpc_id", "aws_vpc"),
      Map.entry("route_table_id", "aws_route_table"),
      Map.entry("internet_gateway_id", "aws_internet_gateway"),
      Map.entry("vpn_gateway_id", "aws_vpn_gateway"),
      Map.entry("customer_gateway_id", "aws_customer_gateway"),
      Map.entry("vpn_connection_id", "aws_vpn_connection"),
      Map.entry("transit_gateway_id", "aws_ec2_transit_gateway"),
      Map.entry("transit_gateway_route_table_id", "aws_ec2_transit_gateway_route_table"),
      Map.entry("dx_gateway_id", "aws_dx_gateway"),
      Map.entry("client_vpn_endpoint_id", "aws_ec2_client_vpn_endpoint"),
      Map.entry("security_group_id", "aws_security_group"));

  private final TfPlan plan;
  private final TfIssues issues;
  private final TfRefResolver resolver;
  private final TfRegions regions;
  private final Map<String, TfResource> byId = new HashMap<>();
  private Map<String, TfResource> serviceNames;
  private TfCrossLinks crossLinks;
  private Boolean ipv6Associations;

  TfContext(TfPlan plan, TfIssues issues, Set<String> modelledTypes) {
    this.plan = plan;
    this.issues = issues;
    this.resolver = new TfRefResolver(plan);
    this.regions = new TfRegions(plan, resolver);
    indexIds(modelledTypes);
  }

  private void indexIds(Set<String> modelledTypes) {
    List<TfResource> modelled = new ArrayList<>();
    for (TfResource r : plan.resources()) {
      if (!r.data() && modelledTypes.contains(r.type())) modelled.add(r);
    }
    for (TfResource r : modelled) {
      String id = r.values().text("id");
      if (id != null) byId.putIfAbsent(id, r);
    }
    for (TfResource r : modelled) {
      // IDs that name the same thing in the model: a VPN's or DX gateway's TGW attachment, an
      // instance's primary ENI
      String alias = switch (r.type()) {
        case "aws_vpn_connection", "aws_dx_gateway_association" -> "transit_gateway_attachment_id";
        case "aws_instance" -> "primary_network_interface_id";
        default -> null;
      };
      String aliasId = alias == null ? null : r.values().text(alias);
      if (aliasId != null) byId.putIfAbsent(aliasId, r);
      // a replaced resource keeps its old ID until apply; literal references may still use it
      if (r.values().text("id") == null) {
        plan.prior(r.canonical()).map(p -> p.values().text("id"))
            .ifPresent(id -> byId.putIfAbsent(id, r));
      }
    }
  }

  /** The endpoint service of this plan with a known service name. */
  Optional<TfResource> endpointServiceNamed(String serviceName) {
    if (serviceNames == null) {
      serviceNames = new HashMap<>();
      for (TfResource r : plan.resources()) {
        String name = r.type().equals("aws_vpc_endpoint_service") && !r.data()
            ? r.values().text("service_name") : null;
        if (name != null) serviceNames.putIfAbsent(name, r);
      }
    }
    return Optional.ofNullable(serviceNames.get(serviceName));
  }

  /** True when the plan adds IPv6 blocks to VPCs through separate associations. */
  boolean hasIpv6Associations() {
    if (ipv6Associations == null) {
      ipv6Associations = plan.resources().stream()
          .anyMatch(r -> r.type().equals("aws_vpc_ipv6_cidr_block_association"));
    }
    return ipv6Associations;
  }

  TfPlan plan() { return plan; }

  TfCrossLinks crossLinks() {
    if (crossLinks == null) crossLinks = TfCrossLinks.collect(this);
    return crossLinks;
  }

  TfRefResolver resolver() { return resolver; }

  String key(TfResource r) {
    return plan.file() + "#" + r.address();
  }

  ElementMeta meta(TfResource r) {
    SourceRef source = new SourceRef(plan.file(), r.position().line(), r.position().column(),
        r.address());
    Value<String> id = r.values().string("id");
    return new ElementMeta(key(r), r.type(), source, id.isKnown() ? id : Value.absent(),
        regions.of(r), tags(r));
  }

  /** The {@code tags} argument; a tag whose value is known only after apply is unknown. */
  private static Map<String, Value<String>> tags(TfResource r) {
    Map<String, Value<String>> out = new LinkedHashMap<>();
    if (r.values().node("tags") instanceof MapNode tags) {
      for (MapNode.Entry e : tags.entries().values()) {
        boolean known = e.value() instanceof ScalarNode s && s.text() != null;
        out.put(e.key(), known ? Value.known(((ScalarNode) e.value()).text())
            : Value.unknown("tag '" + e.key() + "' is known only after apply"));
      }
    }
    return out;
  }

  /** Metadata for a part of a resource (an inline route or rule): own key and position. */
  ElementMeta childMeta(TfResource r, String suffix, Position at) {
    Position p = at == null ? r.position() : at;
    SourceRef source = new SourceRef(plan.file(), p.line(), p.column(), r.address());
    return new ElementMeta(key(r) + "/" + suffix, r.type(), source, Value.absent(), regions.of(r),
        tags(r));
  }

  TfConfig.Resource config(TfResource r) {
    return plan.config().resource(r.configModule(), r.configAddress());
  }

  MapNode expression(TfResource r, String attr) {
    TfConfig.Resource c = config(r);
    return c == null ? null : c.expression(attr);
  }

  /** True when configuration is available and does not set the argument. */
  boolean unconfigured(TfResource r, String attr) {
    TfConfig.Resource c = config(r);
    return c != null && !c.has(attr);
  }

  boolean configured(TfResource r, String attr) {
    TfConfig.Resource c = config(r);
    return c != null && c.has(attr);
  }

  /**
   * For optional+computed arguments whose unset value means an AWS default: an unknown value the
   * configuration does not set is the default, i.e. absent.
   */
  <T> Value<T> orDefault(TfResource r, String attr, Value<T> v) {
    return v.isUnknown() && unconfigured(r, attr) ? Value.absent() : v;
  }

  // ---- links

  Ref ref(TfResource r, String attr) {
    return link(r, r.values(), expression(r, attr), attr, false).ref();
  }

  /** Like {@link #ref}, for optional+computed arguments where unset means "none". */
  Ref refOrDefault(TfResource r, String attr) {
    return link(r, r.values(), expression(r, attr), attr, unconfigured(r, attr)).ref();
  }

  Link link(TfResource r, String attr) {
    return link(r, r.values(), expression(r, attr), attr, false);
  }

  /**
   * @param expr the argument's configuration expression, or null
   * @param unsetIsAbsent an unknown value with no configuration is AWS's default, i.e. absent
   */
  Link link(TfResource r, TfObject obj, MapNode expr, String attr, boolean unsetIsAbsent) {
    String value = obj.text(attr);
    if (value != null) return linkForId(value);
    if (obj.malformed(attr)) return new Link(Ref.unknown("'" + attr + "' is not an ID"), null);
    if (!obj.maybeUnknown(attr) || unsetIsAbsent) return Link.ABSENT;
    if (expr != null) {
      Optional<TfRefResolver.Resolved> target = resolver.one(r.context(), expr, attr);
      if (target.isPresent()) return linkFor(target.get());
      TfResource only = onlyCandidateBehindLocal(r, expr, attr);
      if (only != null) return new Link(Ref.toKey(key(only)), only);
    }
    if (!obj.unknown(attr) && expr == null) return Link.ABSENT;
    return new Link(Ref.unknown(unknownReason(expr)), null);
  }

  /**
   * Local values are not in the plan JSON, so {@code vpc_id = local.vpc_id} (as in
   * terraform-aws-modules/vpc) cannot be followed. When the module instance holds exactly one
   * resource of the type the argument takes, that is the one meant.
   */
  private TfResource onlyCandidateBehindLocal(TfResource r, MapNode expr, String attr) {
    String type = TYPE_BY_ARGUMENT.get(attr);
    String ref = TfRefResolver.firstReference(expr);
    if (type == null || ref == null || !ref.startsWith("local.")) return null;
    List<TfResource> candidates = plan.ofType(r.moduleInstance(), type);
    return candidates.size() == 1 && candidates.get(0) != r ? candidates.get(0) : null;
  }

  /** Links of a list argument (subnet IDs); known elements first, unknown ones by references. */
  List<Ref> refs(TfResource r, String attr, boolean unsetIsAbsent) {
    return refs(r, r.values(), expression(r, attr), attr, unsetIsAbsent && unconfigured(r, attr));
  }

  List<Ref> refs(TfResource r, TfObject obj, MapNode expr, String attr, boolean unsetIsAbsent) {
    List<Ref> out = new ArrayList<>();
    int unknownSlots = 0;
    for (TfObject.Item item : obj.items(attr)) {
      if (item.text() != null) out.add(linkForId(item.text()).ref());
      else unknownSlots++;
    }
    boolean whole = obj.node(attr) == null && obj.maybeUnknown(attr);
    if (unsetIsAbsent || (unknownSlots == 0 && !whole)) return out;
    List<Ref> found = new ArrayList<>();
    if (expr != null) {
      for (TfRefResolver.Resolved t : resolver.all(r.context(), expr, attr)) {
        Ref ref = linkFor(t).ref();
        if (!out.contains(ref) && !found.contains(ref)) found.add(ref);
      }
    }
    if (whole && found.isEmpty() && !obj.unknown(attr) && expr == null) return out;
    out.addAll(found);
    int missing = whole ? (found.isEmpty() ? 1 : 0) : unknownSlots - found.size();
    for (int i = 0; i < missing; i++) out.add(Ref.unknown(unknownReason(expr)));
    return out;
  }

  Link linkForId(String id) {
    TfResource target = byId.get(id);
    return target == null ? new Link(Ref.toAwsId(id), null)
        : new Link(Ref.toKey(key(target)), target);
  }

  Link linkFor(TfRefResolver.Resolved resolved) {
    if (resolved instanceof TfRefResolver.Target t) {
      return new Link(Ref.toKey(key(t.resource())), t.resource());
    }
    return linkForId(((TfRefResolver.Literal) resolved).value());
  }

  static String unknownReason(MapNode expr) {
    String ref = TfRefResolver.firstReference(expr);
    return ref == null ? TfObject.AFTER_APPLY
        : TfObject.AFTER_APPLY + " (from '" + ref + "')";
  }

  // ---- values

  Value<String> string(TfResource r, String attr) {
    return r.values().string(attr);
  }

  Value<String> stringOrDefault(TfResource r, String attr) {
    return orDefault(r, attr, r.values().string(attr));
  }

  Value<Boolean> bool(TfResource r, String attr) {
    return r.values().bool(attr);
  }

  Value<Boolean> boolOrDefault(TfResource r, String attr) {
    return orDefault(r, attr, r.values().bool(attr));
  }

  Value<Integer> integer(TfObject obj, String attr) {
    return obj.integer(attr);
  }

  /** {@code enable}/{@code disable} strings as booleans. */
  Value<Boolean> enabled(TfResource r, String attr) {
    Value<String> v = r.values().string(attr);
    if (!v.isKnown()) {
      return orDefault(r, attr, v.isUnknown() ? Value.unknown(v.reason()) : Value.absent());
    }
    String s = v.get().trim();
    if (s.equalsIgnoreCase("enable") || s.equalsIgnoreCase("enabled")) return Value.known(true);
    if (s.equalsIgnoreCase("disable") || s.equalsIgnoreCase("disabled")) return Value.known(false);
    issues.warning(r.values().positionOf(attr),
        "'" + attr + "' should be 'enable' or 'disable', not '" + s + "'");
    return Value.unknown("'" + attr + "' is '" + s + "'");
  }

  /** An ASN written as a string ({@code "65000"}) or a number. */
  Value<Long> asn(TfObject obj, String attr) {
    return obj.number(attr);
  }

  Value<Cidr> cidr(TfObject obj, String attr) {
    String text = obj.text(attr);
    if (text == null) {
      if (obj.malformed(attr)) return Value.unknown("'" + attr + "' is not a single value");
      return obj.unknown(attr) ? Value.unknown(TfObject.AFTER_APPLY) : Value.absent();
    }
    return cidr(text, obj.positionOf(attr), attr);
  }

  Value<Cidr> cidrOrDefault(TfResource r, String attr) {
    return orDefault(r, attr, cidr(r.values(), attr));
  }

  Value<Cidr> cidr(String text, Position at, String what) {
    Optional<Cidr> c = Cidr.parse(text);
    if (c.isPresent()) return Value.known(c.get());
    issues.warningOnce(at, "'" + what + "' should be a CIDR, not '" + text + "'");
    return Value.unknown("'" + text + "' is not a CIDR");
  }
}
