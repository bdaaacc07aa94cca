package io.netlint.bench;

import static io.netlint.bench.CfnGenerator.map;

import io.netlint.bench.PlanWriter.Instance;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a Terraform plan of an exact number of resources, laid out as a real estate would be:
 * {@code module.hub["hub-00"]} instances (a transit gateway and a shared-services VPC), each with
 * up to 100 {@code module.vpc[...]} instances (subnets, tables, NAT, attachment, endpoints,
 * security groups, firewall instances and their recovery alarms, a peering to the shared VPC) and
 * {@code module.site[...]} VPN sites (customer gateways, connections, tunnel alarms). Per-zone
 * resources use {@code count}; module instances use {@code for_each}. IDs are unknown until
 * apply, as in a first plan, so every link is found through the configuration's references.
 * One generator writes one plan.
 */
public final class TfPlanGenerator {

  private static final String REGION = "eu-west-1";
  private static final int VPCS_PER_HUB = 100;
  private static final int HUB_SIZE = 7;
  /** The resources of the smallest VPC: two zones, no optional piece, two listener rules. */
  private static final int MIN_VPC = 20;
  private static final List<AntiPattern> APPLICABLE = List.of(AntiPattern.OVERLAPPING_VPC,
      AntiPattern.SUBNET_OUTSIDE_VPC, AntiPattern.DUPLICATE_CUSTOMER_ASN,
      AntiPattern.STATIC_VPN, AntiPattern.UNMONITORED_VPN, AntiPattern.SINGLE_APPLIANCE,
      AntiPattern.ONE_SIDED_PEERING, AntiPattern.ADMIN_PORT_OPEN);

  private final Random rng;
  private final double share;
  private final PlanWriter plan = new PlanWriter();
  private final Map<AntiPattern, Integer> planted = new EnumMap<>(AntiPattern.class);
  private int budget;
  private int slot;
  private int hubs;
  private int vpcsInHub;
  private String hub;
  private int previousSlot = -1;
  private String hubSharedCidr;
  private String lastSecurityGroupModule;
  private int lastRuleIndex;

  public TfPlanGenerator(long seed, double antiPatternShare) {
    this.rng = new Random(seed);
    this.share = antiPatternShare;
  }

  /**
   * Writes the plan.
   *
   * @param count the exact number of resources, at least 100
   */
  public void write(int count, OutputStream out) throws IOException {
    if (count < 100) throw new IllegalArgumentException("a plan needs at least 100 resources");
    budget = count;
    while (budget >= MIN_VPC + (vpcsInHub % VPCS_PER_HUB == 0 ? HUB_SIZE : 0)) {
      if (hub == null || vpcsInHub == VPCS_PER_HUB) newHub();
      vpc();
    }
    // the last few resources: more listener rules on the last application security group
    while (budget > 0) {
      rule(lastSecurityGroupModule, lastRuleIndex, 8000 + lastRuleIndex, "10.0.0.0/8");
      lastRuleIndex++;
    }
    if (plan.size() != count) {
      throw new IllegalStateException(plan.size() + " resources instead of " + count);
    }
    Map<String, Object> variables = map("region", map("value", REGION));
    plan.write(out, variables, TfPlanConfig.configuration());
  }

  /** How many of each mistake the plan holds. */
  public Map<AntiPattern, Integer> planted() {
    return planted;
  }

  private void newHub() {
    String key = String.format("hub-%02d", hubs++);
    hub = "module.hub[\"" + key + "\"]";
    vpcsInHub = 0;
    previousSlot = -1;
    plan.module("", hub);
    add(hub, "aws_ec2_transit_gateway", "this", null, map(
        "amazon_side_asn", 64512,
        "auto_accept_shared_attachments", "disable",
        "default_route_table_association", "enable",
        "default_route_table_propagation", "enable",
        "description", "Transit gateway of " + key,
        "dns_support", "enable",
        "multicast_support", "disable",
        "security_group_referencing_support", "disable",
        "tags", tags(key + "-tgw"),
        "tags_all", tags(key + "-tgw"),
        "timeouts", null,
        "transit_gateway_cidr_blocks", null,
        "vpn_ecmp_support", "enable"),
        "arn", "association_default_route_table_id", "id", "owner_id",
        "propagation_default_route_table_id");
    int shared = slot++;
    add(hub, "aws_vpc", "shared", null, vpcValues(Addressing.vpc(shared), key + "-shared"),
        vpcUnknown());
    for (int z = 0; z < 2; z++) {
      add(hub, "aws_subnet", "shared", z, subnetValues(Addressing.subnet(shared, z), z,
          key + "-shared-" + z, false), subnetUnknown());
    }
    add(hub, "aws_route_table", "shared", null, tableValues(key + "-shared"),
        "arn", "id", "owner_id", "propagating_vgws", "route", "vpc_id");
    for (int z = 0; z < 2; z++) {
      add(hub, "aws_route_table_association", "shared", z, associationValues(),
          "id", "route_table_id", "subnet_id");
    }
    hubSharedCidr = Addressing.vpc(shared);
  }

  private void vpc() {
    AntiPattern anti = rng.nextDouble() < share ? APPLICABLE.get(rng.nextInt(APPLICABLE.size()))
        : null;
    int n = slot++;
    vpcsInHub++;
    String key = String.format("vpc-%04d", n);
    String m = hub + ".module.vpc[\"" + key + "\"]";
    plan.module(hub, m);
    int zones = rng.nextInt(3) == 0 || budget < 60 ? 2 : 3;
    // an overlapping VPC takes the whole address plan of its predecessor on the hub
    boolean overlap = anti == AntiPattern.OVERLAPPING_VPC && previousSlot >= 0;
    int addresses = overlap ? previousSlot : n;
    String cidr = Addressing.vpc(addresses);
    if (overlap) plant(anti);
    previousSlot = addresses;

    add(m, "aws_vpc", "this", null, vpcValues(cidr, key), vpcUnknown());
    boolean outside = anti == AntiPattern.SUBNET_OUTSIDE_VPC;
    for (int z = 0; z < zones; z++) {
      add(m, "aws_subnet", "public", z, subnetValues(Addressing.subnet(addresses, z), z,
          key + "-public-" + z, true), subnetUnknown());
    }
    for (int z = 0; z < zones; z++) {
      String c = outside && z == zones - 1 ? Addressing.outside(addresses)
          : Addressing.subnet(addresses, 3 + z);
      add(m, "aws_subnet", "private", z, subnetValues(c, z, key + "-private-" + z, false),
          subnetUnknown());
    }
    if (outside) plant(anti);
    add(m, "aws_internet_gateway", "this", null, map("tags", tags(key + "-igw"),
        "tags_all", tags(key + "-igw"), "timeouts", null), "arn", "id", "owner_id", "vpc_id");
    add(m, "aws_route_table", "public", null, tableValues(key + "-public"),
        "arn", "id", "owner_id", "propagating_vgws", "route", "vpc_id");
    add(m, "aws_route", "public_default", null, routeValues("0.0.0.0/0"),
        routeUnknown("gateway_id"));
    for (int z = 0; z < zones; z++) {
      add(m, "aws_route_table_association", "public", z, associationValues(),
          "id", "route_table_id", "subnet_id");
    }
    for (int z = 0; z < zones; z++) {
      add(m, "aws_route_table", "private", z, tableValues(key + "-private-" + z),
          "arn", "id", "owner_id", "propagating_vgws", "route", "vpc_id");
    }
    for (int z = 0; z < zones; z++) {
      add(m, "aws_route_table_association", "private", z, associationValues(),
          "id", "route_table_id", "subnet_id");
    }
    add(m, "aws_ec2_transit_gateway_vpc_attachment", "this", null, map(
        "appliance_mode_support", "disable",
        "dns_support", "enable",
        "ipv6_support", "disable",
        "security_group_referencing_support", "enable",
        "tags", tags(key + "-tgw"),
        "tags_all", tags(key + "-tgw"),
        "transit_gateway_default_route_table_association", true,
        "transit_gateway_default_route_table_propagation", true),
        "id", "subnet_ids", "transit_gateway_id", "vpc_id", "vpc_owner_id");
    for (int z = 0; z < zones; z++) {
      add(m, "aws_route", "corporate", z, routeValues("10.0.0.0/8"),
          routeUnknown("transit_gateway_id"));
    }
    add(m, "aws_security_group", "app", null, map(
        "description", "Application servers",
        "egress", List.of(egressAll()),
        "name", key + "-app",
        "revoke_rules_on_delete", false,
        "tags", tags(key + "-app"),
        "tags_all", tags(key + "-app"),
        "timeouts", null),
        "arn", "id", "ingress", "name_prefix", "owner_id", "vpc_id");
    lastSecurityGroupModule = m;
    lastRuleIndex = 0;
    boolean open = anti == AntiPattern.ADMIN_PORT_OPEN;
    rule(m, lastRuleIndex++, 443, "10.0.0.0/8");
    if (open) {
      rule(m, lastRuleIndex++, 22, "0.0.0.0/0");
      plant(anti);
    }

    if (rng.nextInt(10) < 7 && fits(3 * zones)) nat(m, key, zones);
    if (rng.nextInt(10) < 8 && fits(3)) endpoints(m, key, zones);
    if (rng.nextInt(10) < 3 && fits(3 * zones)) firewalls(m, key, zones, anti);
    // a few spokes peer with the shared VPC: six per hub, below NET403's group of 8
    if (vpcsInHub % 16 == 5 && fits(2 + zones)) peering(m, key, cidr, zones, anti);
    if (rng.nextInt(2) == 0 && fits(6)) site(n, anti);
  }

  private void nat(String m, String key, int zones) {
    for (int z = 0; z < zones; z++) {
      add(m, "aws_eip", "nat", z, map("domain", "vpc", "tags", tags(key + "-nat-" + z),
          "tags_all", tags(key + "-nat-" + z), "timeouts", null),
          "allocation_id", "arn", "association_id", "carrier_ip", "customer_owned_ip", "id",
          "instance", "network_border_group", "network_interface", "private_dns", "private_ip",
          "ptr_record", "public_dns", "public_ip", "public_ipv4_pool");
    }
    for (int z = 0; z < zones; z++) {
      add(m, "aws_nat_gateway", "this", z, map("connectivity_type", "public",
          "tags", tags(key + "-nat-" + z), "tags_all", tags(key + "-nat-" + z),
          "timeouts", null),
          "allocation_id", "association_id", "id", "network_interface_id", "private_ip",
          "public_ip", "secondary_allocation_ids", "secondary_private_ip_address_count",
          "secondary_private_ip_addresses", "subnet_id");
    }
    for (int z = 0; z < zones; z++) {
      add(m, "aws_route", "private_default", z, routeValues("0.0.0.0/0"),
          routeUnknown("nat_gateway_id"));
    }
  }

  private void endpoints(String m, String key, int zones) {
    add(m, "aws_security_group", "endpoints", 0, map(
        "description", "HTTPS to interface endpoints",
        "egress", List.of(egressAll()),
        "ingress", List.of(map("cidr_blocks", List.of("10.0.0.0/8"), "description", "HTTPS",
            "from_port", 443, "ipv6_cidr_blocks", List.of(), "prefix_list_ids", List.of(),
            "protocol", "tcp", "security_groups", List.of(), "self", false, "to_port", 443)),
        "name", key + "-endpoints",
        "revoke_rules_on_delete", false,
        "tags", tags(key + "-endpoints"),
        "tags_all", tags(key + "-endpoints"),
        "timeouts", null),
        "arn", "id", "name_prefix", "owner_id", "vpc_id");
    add(m, "aws_vpc_endpoint", "s3", 0, endpointValues("s3", "Gateway", key), endpointUnknown());
    add(m, "aws_vpc_endpoint", "ssm", 0, endpointValues("ssm", "Interface", key),
        endpointUnknown());
  }

  private void firewalls(String m, String key, int zones, AntiPattern anti) {
    boolean single = anti == AntiPattern.SINGLE_APPLIANCE;
    if (single) plant(anti);
    int count = single ? 1 : zones;
    for (int i = 0; i < count; i++) {
      add(m, "aws_instance", "firewall", i, map(
          "ami", "ami-0abcdef1234567890",
          "credit_specification", List.of(),
          "get_password_data", false,
          "hibernation", null,
          "instance_type", "c6in.large",
          "source_dest_check", false,
          "tags", tags(key + "-firewall-" + i),
          "tags_all", tags(key + "-firewall-" + i),
          "timeouts", null,
          "user_data_replace_on_change", false,
          "volume_tags", null),
          "arn", "associate_public_ip_address", "availability_zone", "cpu_core_count",
          "disable_api_stop", "disable_api_termination", "ebs_block_device", "ebs_optimized",
          "enclave_options", "ephemeral_block_device", "host_id", "iam_instance_profile", "id",
          "instance_state", "ipv6_address_count", "ipv6_addresses", "key_name",
          "metadata_options", "monitoring", "network_interface", "outpost_arn",
          "primary_network_interface_id", "private_dns", "private_ip", "public_dns",
          "public_ip", "root_block_device", "secondary_private_ips", "security_groups",
          "subnet_id", "tenancy", "vpc_security_group_ids");
    }
    for (int i = 0; i < count; i++) {
      add(m, "aws_cloudwatch_metric_alarm", "firewall_recovery", i, alarmValues(
          key + "-firewall-" + i + "-recovery", "AWS/EC2", "StatusCheckFailed_System", "Maximum",
          60, 2, 1, "GreaterThanOrEqualToThreshold",
          List.of("arn:aws:automate:" + REGION + ":ec2:recover")),
          map("arn", true, "dimensions", map("InstanceId", true), "id", true, "tags_all", true));
    }
    for (int z = 0; z < zones; z++) {
      add(m, "aws_route", "partner", z, routeValues("192.168.0.0/16"),
          routeUnknown("network_interface_id"));
    }
  }

  private void peering(String m, String key, String cidr, int zones, AntiPattern anti) {
    boolean oneSided = anti == AntiPattern.ONE_SIDED_PEERING;
    add(m, "aws_vpc_peering_connection", "shared", 0, map(
        "auto_accept", true,
        "peer_region", null,
        "tags", tags(key + "-to-shared"),
        "tags_all", tags(key + "-to-shared"),
        "timeouts", null),
        "accept_status", "accepter", "id", "peer_owner_id", "peer_vpc_id", "requester",
        "vpc_id");
    for (int z = 0; z < zones; z++) {
      add(m, "aws_route", "to_shared", z, routeValues(hubSharedCidr),
          routeUnknown("vpc_peering_connection_id"));
    }
    if (oneSided) {
      plant(anti);
    } else {
      add(m, "aws_route", "from_shared", 0, routeValues(cidr),
          routeUnknown("vpc_peering_connection_id"));
    }
  }

  private void site(int n, AntiPattern anti) {
    String key = String.format("site-%04d", n);
    String m = hub + ".module.site[\"" + key + "\"]";
    plan.module(hub, m);
    boolean sameAsn = anti == AntiPattern.DUPLICATE_CUSTOMER_ASN;
    boolean staticRoutes = anti == AntiPattern.STATIC_VPN;
    boolean unwatched = anti == AntiPattern.UNMONITORED_VPN;
    if (sameAsn || staticRoutes || unwatched) plant(anti);
    for (int d = 0; d < 2; d++) {
      add(m, "aws_customer_gateway", "this", d, map(
          "bgp_asn", String.valueOf(CfnGenerator.customerAsn(n * 2 + (sameAsn ? 1 : d + 1))),
          "certificate_arn", null,
          "device_name", key + "-router-" + d,
          "ip_address", Addressing.publicIp(n * 2 + d + 1),
          "tags", tags(key + "-router-" + d),
          "tags_all", tags(key + "-router-" + d),
          "type", "ipsec.1"),
          "arn", "bgp_asn_extended", "id");
    }
    for (int d = 0; d < 2; d++) {
      Map<String, Object> unknown = new LinkedHashMap<>();
      for (String a : List.of("arn", "core_network_arn", "core_network_attachment_arn",
          "customer_gateway_configuration", "customer_gateway_id", "id", "local_ipv4_network_cidr",
          "remote_ipv4_network_cidr", "routes", "transit_gateway_attachment_id",
          "transit_gateway_id", "tunnel1_address", "tunnel1_bgp_asn", "tunnel1_bgp_holdtime",
          "tunnel1_cgw_inside_address", "tunnel1_preshared_key", "tunnel1_vgw_inside_address",
          "tunnel2_address", "tunnel2_bgp_asn", "tunnel2_bgp_holdtime",
          "tunnel2_cgw_inside_address", "tunnel2_preshared_key", "tunnel2_vgw_inside_address",
          "vgw_telemetry")) {
        unknown.put(a, true);
      }
      add(new Instance(m, "aws_vpn_connection", "this", d, map(
          "enable_acceleration", false,
          "static_routes_only", staticRoutes,
          "tags", tags(key + "-vpn-" + d),
          "tags_all", tags(key + "-vpn-" + d),
          "tunnel1_ike_versions", List.of("ikev2"),
          "tunnel1_inside_cidr", CfnGenerator.insideCidr(n, d + 1, 0),
          "tunnel2_ike_versions", List.of("ikev2"),
          "tunnel2_inside_cidr", CfnGenerator.insideCidr(n, d + 1, 1),
          "type", "ipsec.1",
          "vpn_gateway_id", null),
          unknown,
          map("customer_gateway_configuration", true, "tags", map(), "tags_all", map(),
              "tunnel1_preshared_key", true, "tunnel2_preshared_key", true)));
    }
    if (!unwatched) {
      for (int d = 0; d < 2; d++) {
        add(m, "aws_cloudwatch_metric_alarm", "tunnel", d, alarmValues(key + "-vpn-" + d
            + "-down", "AWS/VPN", "TunnelState", "Minimum", 300, 3, 1, "LessThanThreshold",
            List.of()), map("arn", true, "dimensions", map("VpnId", true), "id", true,
                "tags_all", true));
      }
    }
  }

  private void rule(String m, int index, int port, String cidr) {
    add(m, "aws_vpc_security_group_ingress_rule", "app", index, map(
        "cidr_ipv4", cidr,
        "cidr_ipv6", null,
        "description", port == 22 ? "SSH for the on-call engineer" : "Listener " + port,
        "from_port", port,
        "ip_protocol", "tcp",
        "prefix_list_id", null,
        "referenced_security_group_id", null,
        "tags", null,
        "to_port", port),
        "arn", "id", "security_group_id", "security_group_rule_id", "tags_all");
  }

  // ---- values as the AWS provider plans them

  private static Map<String, Object> vpcValues(String cidr, String name) {
    return map(
        "assign_generated_ipv6_cidr_block", false,
        "cidr_block", cidr,
        "enable_dns_hostnames", true,
        "enable_dns_support", true,
        "enable_network_address_usage_metrics", false,
        "instance_tenancy", "default",
        "ipv4_ipam_pool_id", null,
        "ipv4_netmask_length", null,
        "ipv6_ipam_pool_id", null,
        "ipv6_netmask_length", null,
        "tags", tags(name),
        "tags_all", tags(name));
  }

  private static String[] vpcUnknown() {
    return new String[] {"arn", "default_network_acl_id", "default_route_table_id",
        "default_security_group_id", "dhcp_options_id", "id", "ipv6_association_id",
        "ipv6_cidr_block", "ipv6_cidr_block_network_border_group", "main_route_table_id",
        "owner_id"};
  }

  private static Map<String, Object> subnetValues(String cidr, int zone, String name,
      boolean pub) {
    return map(
        "assign_ipv6_address_on_creation", false,
        "availability_zone", Addressing.zone(REGION, zone),
        "cidr_block", cidr,
        "customer_owned_ipv4_pool", null,
        "enable_dns64", false,
        "enable_lni_at_device_index", null,
        "enable_resource_name_dns_a_record_on_launch", false,
        "enable_resource_name_dns_aaaa_record_on_launch", false,
        "ipv6_cidr_block", null,
        "ipv6_native", false,
        "map_customer_owned_ip_on_launch", null,
        "map_public_ip_on_launch", pub,
        "outpost_arn", null,
        "tags", tags(name),
        "tags_all", tags(name),
        "timeouts", null);
  }

  private static String[] subnetUnknown() {
    return new String[] {"arn", "availability_zone_id", "id", "ipv6_cidr_block_association_id",
        "owner_id", "private_dns_hostname_type_on_launch", "vpc_id"};
  }

  private static Map<String, Object> tableValues(String name) {
    return map("tags", tags(name), "tags_all", tags(name), "timeouts", null);
  }

  private static Map<String, Object> associationValues() {
    return map("gateway_id", null, "timeouts", null);
  }

  private static Map<String, Object> routeValues(String destination) {
    return map(
        "carrier_gateway_id", null,
        "core_network_arn", null,
        "destination_cidr_block", destination,
        "destination_ipv6_cidr_block", null,
        "destination_prefix_list_id", null,
        "egress_only_gateway_id", null,
        "local_gateway_id", null,
        "timeouts", null,
        "vpc_endpoint_id", null);
  }

  private static String[] routeUnknown(String target) {
    List<String> unknown = new ArrayList<>(List.of("id", "instance_id", "instance_owner_id",
        "network_interface_id", "origin", "route_table_id", "state"));
    if (!unknown.contains(target)) unknown.add(target);
    for (String t : List.of("gateway_id", "nat_gateway_id", "transit_gateway_id",
        "vpc_peering_connection_id")) {
      if (!t.equals(target)) unknown.remove(t);
    }
    return unknown.stream().sorted().toArray(String[]::new);
  }

  private static Map<String, Object> endpointValues(String service, String type, String key) {
    return map(
        "auto_accept", null,
        "private_dns_enabled", type.equals("Interface"),
        "service_name", "com.amazonaws." + REGION + "." + service,
        "tags", tags(key + "-" + service),
        "tags_all", tags(key + "-" + service),
        "timeouts", null,
        "vpc_endpoint_type", type);
  }

  private static Map<String, Object> endpointUnknown() {
    Map<String, Object> u = new LinkedHashMap<>();
    for (String a : List.of("arn", "cidr_blocks", "dns_entry", "dns_options", "id",
        "ip_address_type", "network_interface_ids", "owner_id", "policy", "prefix_list_id",
        "requester_managed", "route_table_ids", "security_group_ids", "state",
        "subnet_configuration", "subnet_ids", "vpc_id")) {
      u.put(a, true);
    }
    return u;
  }

  private static Map<String, Object> alarmValues(String name, String namespace, String metric,
      String statistic, int period, int evaluations, int threshold, String comparison,
      List<String> actions) {
    return map(
        "actions_enabled", true,
        "alarm_actions", actions,
        "alarm_description", null,
        "alarm_name", name,
        "comparison_operator", comparison,
        "datapoints_to_alarm", null,
        "dimensions", map(),
        "evaluate_low_sample_count_percentiles", null,
        "evaluation_periods", evaluations,
        "extended_statistic", null,
        "insufficient_data_actions", null,
        "metric_name", metric,
        "metric_query", List.of(),
        "namespace", namespace,
        "ok_actions", null,
        "period", period,
        "statistic", statistic,
        "tags", null,
        "threshold", threshold,
        "threshold_metric_id", null,
        "treat_missing_data", "breaching",
        "unit", null);
  }

  private static Map<String, Object> egressAll() {
    return map("cidr_blocks", List.of("0.0.0.0/0"), "description", "", "from_port", 0,
        "ipv6_cidr_blocks", List.of(), "prefix_list_ids", List.of(), "protocol", "-1",
        "security_groups", List.of(), "self", false, "to_port", 0);
  }

  private static Map<String, Object> tags(String name) {
    return map("CostCentre", "network", "Name", name);
  }

  // ----

  private boolean fits(int n) {
    return budget - n >= 0;
  }

  private void plant(AntiPattern anti) {
    planted.merge(anti, 1, Integer::sum);
  }

  private void add(String module, String type, String name, Integer index,
      Map<String, Object> values, String... unknown) {
    Map<String, Object> mask = new LinkedHashMap<>();
    for (String a : unknown) mask.put(a, true);
    add(module, type, name, index, values, mask);
  }

  private void add(String module, String type, String name, Integer index,
      Map<String, Object> values, Map<String, Object> unknown) {
    Map<String, Object> sensitive = new LinkedHashMap<>();
    if (values.containsKey("tags")) sensitive.put("tags", map());
    if (values.containsKey("tags_all")) sensitive.put("tags_all", map());
    add(new Instance(module, type, name, index, values, unknown, sensitive));
  }

  private void add(Instance instance) {
    plan.add(instance);
    budget--;
  }
}
