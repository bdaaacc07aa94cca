package io.netlint.bench;

import static io.netlint.bench.CfnGenerator.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code configuration} section of generated plans: the hub, vpc and vpn-site modules as
 * {@code terraform show -json} records them, one entry per resource block with its references.
 * Instance-specific choices (zones, NAT, firewalls, planted mistakes) are variables, so the
 * configuration is the same for every plan.
 */
final class TfPlanConfig {

  private TfPlanConfig() {}

  static Map<String, Object> configuration() {
    return map(
        "provider_config", map("aws", map("name", "aws", "full_name", PlanWriter.PROVIDER,
            "version_constraint", "~> 5.80",
            "expressions", map("region", refs("var.region")))),
        "root_module", map(
            "module_calls", map("hub", map(
                "source", "./modules/hub",
                "expressions", map(
                    "name", refs("each.key"),
                    "shared_cidr", refs("each.value.shared_cidr", "each.value"),
                    "vpcs", refs("each.value.vpcs", "each.value"),
                    "sites", refs("each.value.sites", "each.value")),
                "for_each_expression", refs("local.hubs"),
                "module", hub())),
            "variables", map("region", map("default", "eu-west-1",
                "description", "The region of every resource"))));
  }

  private static Map<String, Object> hub() {
    List<Object> resources = new ArrayList<>();
    resources.add(resource("aws_ec2_transit_gateway.this", null, map(
        "amazon_side_asn", constant(64512),
        "description", refs("var.name"),
        "vpn_ecmp_support", constant("enable"))));
    resources.add(resource("aws_vpc.shared", null, map(
        "cidr_block", refs("var.shared_cidr"),
        "enable_dns_hostnames", constant(true))));
    resources.add(resource("aws_subnet.shared", constant(2), map(
        "vpc_id", refs("aws_vpc.shared.id", "aws_vpc.shared"),
        "cidr_block", refs("var.shared_cidr", "count.index"),
        "availability_zone", refs("var.region", "count.index"))));
    resources.add(resource("aws_route_table.shared", null, map(
        "vpc_id", refs("aws_vpc.shared.id", "aws_vpc.shared"))));
    resources.add(resource("aws_route_table_association.shared", constant(2), map(
        "subnet_id", refs("aws_subnet.shared", "count.index"),
        "route_table_id", refs("aws_route_table.shared.id", "aws_route_table.shared"))));
    Map<String, Object> tgw = refs("aws_ec2_transit_gateway.this.id",
        "aws_ec2_transit_gateway.this");
    return map(
        "resources", resources,
        "module_calls", map(
            "vpc", map(
                "source", "../vpc",
                "expressions", map(
                    "name", refs("each.key"),
                    "cidr_block", refs("each.value.cidr", "each.value"),
                    "azs", refs("each.value.azs", "each.value"),
                    "enable_nat", refs("each.value.nat", "each.value"),
                    "enable_endpoints", refs("each.value.endpoints", "each.value"),
                    "firewall_count", refs("each.value.firewalls", "each.value"),
                    "app_ports", refs("each.value.ports", "each.value"),
                    "app_cidrs", refs("each.value.sources", "each.value"),
                    "peer_shared", refs("each.value.peer", "each.value"),
                    "route_back", refs("each.value.route_back", "each.value"),
                    "region", refs("var.region"),
                    "transit_gateway_id", tgw,
                    "shared_vpc_id", refs("aws_vpc.shared.id", "aws_vpc.shared"),
                    "shared_cidr", refs("var.shared_cidr"),
                    "shared_route_table_id", refs("aws_route_table.shared.id",
                        "aws_route_table.shared")),
                "for_each_expression", refs("var.vpcs"),
                "module", vpc()),
            "site", map(
                "source", "../vpn-site",
                "expressions", map(
                    "name", refs("each.key"),
                    "devices", refs("each.value.devices", "each.value"),
                    "static_routes", refs("each.value.static", "each.value"),
                    "alarms", refs("each.value.alarms", "each.value"),
                    "transit_gateway_id", tgw),
                "for_each_expression", refs("var.sites"),
                "module", site())),
        "variables", variables("name", "shared_cidr", "vpcs", "sites", "region"));
  }

  private static Map<String, Object> vpc() {
    List<Object> r = new ArrayList<>();
    Map<String, Object> vpcId = refs("aws_vpc.this.id", "aws_vpc.this");
    Map<String, Object> perZone = refs("var.azs");
    r.add(resource("aws_vpc.this", null, map(
        "cidr_block", refs("var.cidr_block"),
        "enable_dns_hostnames", constant(true),
        "enable_dns_support", constant(true),
        "tags", refs("var.name"))));
    for (String tier : List.of("public", "private")) {
      r.add(resource("aws_subnet." + tier, perZone, map(
          "vpc_id", vpcId,
          "cidr_block", refs("var.cidr_block", "count.index"),
          "availability_zone", refs("var.azs", "count.index"),
          "map_public_ip_on_launch", constant(tier.equals("public")))));
    }
    r.add(resource("aws_internet_gateway.this", null, map("vpc_id", vpcId)));
    r.add(resource("aws_route_table.public", null, map("vpc_id", vpcId)));
    r.add(resource("aws_route.public_default", null, map(
        "route_table_id", refs("aws_route_table.public.id", "aws_route_table.public"),
        "destination_cidr_block", constant("0.0.0.0/0"),
        "gateway_id", refs("aws_internet_gateway.this.id", "aws_internet_gateway.this"))));
    r.add(resource("aws_route_table_association.public", perZone, map(
        "subnet_id", refs("aws_subnet.public", "count.index"),
        "route_table_id", refs("aws_route_table.public.id", "aws_route_table.public"))));
    r.add(resource("aws_route_table.private", perZone, map("vpc_id", vpcId)));
    r.add(resource("aws_route_table_association.private", perZone, map(
        "subnet_id", refs("aws_subnet.private", "count.index"),
        "route_table_id", refs("aws_route_table.private", "count.index"))));
    Map<String, Object> nat = refs("var.enable_nat", "var.azs");
    r.add(resource("aws_eip.nat", nat, map("domain", constant("vpc"))));
    r.add(resource("aws_nat_gateway.this", nat, map(
        "allocation_id", refs("aws_eip.nat", "count.index"),
        "subnet_id", refs("aws_subnet.public", "count.index"))));
    r.add(resource("aws_route.private_default", nat, map(
        "route_table_id", refs("aws_route_table.private", "count.index"),
        "destination_cidr_block", constant("0.0.0.0/0"),
        "nat_gateway_id", refs("aws_nat_gateway.this", "count.index"))));
    r.add(resource("aws_ec2_transit_gateway_vpc_attachment.this", null, map(
        "subnet_ids", refs("aws_subnet.private"),
        "transit_gateway_id", refs("var.transit_gateway_id"),
        "vpc_id", vpcId)));
    Map<String, Object> corporate = resource("aws_route.corporate", perZone, map(
        "route_table_id", refs("aws_route_table.private", "count.index"),
        "destination_cidr_block", constant("10.0.0.0/8"),
        "transit_gateway_id", refs("var.transit_gateway_id")));
    corporate.put("depends_on", List.of("aws_ec2_transit_gateway_vpc_attachment.this"));
    r.add(corporate);
    r.add(resource("aws_security_group.app", null, map(
        "description", constant("Application servers"),
        "name", refs("var.name"),
        "vpc_id", vpcId)));
    r.add(resource("aws_vpc_security_group_ingress_rule.app", refs("var.app_ports"), map(
        "security_group_id", refs("aws_security_group.app.id", "aws_security_group.app"),
        "cidr_ipv4", refs("var.app_cidrs", "count.index"),
        "from_port", refs("var.app_ports", "count.index"),
        "to_port", refs("var.app_ports", "count.index"),
        "ip_protocol", constant("tcp"))));
    Map<String, Object> endpoints = refs("var.enable_endpoints");
    r.add(resource("aws_security_group.endpoints", endpoints, map(
        "description", constant("HTTPS to interface endpoints"),
        "vpc_id", vpcId)));
    r.add(resource("aws_vpc_endpoint.s3", endpoints, map(
        "vpc_id", vpcId,
        "service_name", refs("var.region"),
        "vpc_endpoint_type", constant("Gateway"),
        "route_table_ids", refs("aws_route_table.private"))));
    r.add(resource("aws_vpc_endpoint.ssm", endpoints, map(
        "vpc_id", vpcId,
        "service_name", refs("var.region"),
        "vpc_endpoint_type", constant("Interface"),
        "private_dns_enabled", constant(true),
        "subnet_ids", refs("aws_subnet.private"),
        "security_group_ids", refs("aws_security_group.endpoints[0].id",
            "aws_security_group.endpoints[0]", "aws_security_group.endpoints"))));
    Map<String, Object> firewalls = refs("var.firewall_count");
    r.add(resource("aws_instance.firewall", firewalls, map(
        "ami", constant("ami-0abcdef1234567890"),
        "instance_type", constant("c6in.large"),
        "source_dest_check", constant(false),
        "subnet_id", refs("aws_subnet.private", "count.index"))));
    r.add(resource("aws_cloudwatch_metric_alarm.firewall_recovery", firewalls, map(
        "alarm_name", refs("var.name", "count.index"),
        "namespace", constant("AWS/EC2"),
        "metric_name", constant("StatusCheckFailed_System"),
        "dimensions", refs("aws_instance.firewall", "count.index"),
        "alarm_actions", refs("var.region"))));
    r.add(resource("aws_route.partner", refs("var.firewall_count", "var.azs"), map(
        "route_table_id", refs("aws_route_table.private", "count.index"),
        "destination_cidr_block", constant("192.168.0.0/16"),
        "network_interface_id", refs("aws_instance.firewall", "count.index"))));
    r.add(resource("aws_vpc_peering_connection.shared", refs("var.peer_shared"), map(
        "vpc_id", vpcId,
        "peer_vpc_id", refs("var.shared_vpc_id"),
        "auto_accept", constant(true))));
    Map<String, Object> pcx = refs("aws_vpc_peering_connection.shared[0].id",
        "aws_vpc_peering_connection.shared[0]", "aws_vpc_peering_connection.shared");
    r.add(resource("aws_route.to_shared", refs("var.peer_shared", "var.azs"), map(
        "route_table_id", refs("aws_route_table.private", "count.index"),
        "destination_cidr_block", refs("var.shared_cidr"),
        "vpc_peering_connection_id", pcx)));
    r.add(resource("aws_route.from_shared", refs("var.route_back"), map(
        "route_table_id", refs("var.shared_route_table_id"),
        "destination_cidr_block", refs("var.cidr_block"),
        "vpc_peering_connection_id", pcx)));
    return map(
        "resources", r,
        "outputs", map(
            "vpc_id", map("expression", vpcId),
            "private_route_table_ids", map("expression", refs("aws_route_table.private"))),
        "variables", variables("name", "cidr_block", "azs", "enable_nat", "enable_endpoints",
            "firewall_count", "app_ports", "app_cidrs", "peer_shared", "route_back", "region",
            "transit_gateway_id", "shared_vpc_id", "shared_cidr", "shared_route_table_id"));
  }

  private static Map<String, Object> site() {
    List<Object> r = new ArrayList<>();
    r.add(resource("aws_customer_gateway.this", refs("var.devices"), map(
        "bgp_asn", refs("var.devices", "count.index"),
        "ip_address", refs("var.devices", "count.index"),
        "type", constant("ipsec.1"))));
    r.add(resource("aws_vpn_connection.this", constant(2), map(
        "customer_gateway_id", refs("aws_customer_gateway.this", "count.index"),
        "transit_gateway_id", refs("var.transit_gateway_id"),
        "static_routes_only", refs("var.static_routes"),
        "tunnel1_inside_cidr", refs("var.devices", "count.index"),
        "tunnel2_inside_cidr", refs("var.devices", "count.index"),
        "tunnel1_ike_versions", constant(List.of("ikev2")),
        "tunnel2_ike_versions", constant(List.of("ikev2")),
        "type", constant("ipsec.1"))));
    r.add(resource("aws_cloudwatch_metric_alarm.tunnel", refs("var.alarms"), map(
        "alarm_name", refs("var.name", "count.index"),
        "namespace", constant("AWS/VPN"),
        "metric_name", constant("TunnelState"),
        "dimensions", refs("aws_vpn_connection.this", "count.index"))));
    return map(
        "resources", r,
        "variables", variables("name", "devices", "static_routes", "alarms",
            "transit_gateway_id"));
  }

  private static Map<String, Object> resource(String address, Map<String, Object> count,
      Map<String, Object> expressions) {
    int dot = address.indexOf('.');
    Map<String, Object> r = map(
        "address", address,
        "mode", "managed",
        "type", address.substring(0, dot),
        "name", address.substring(dot + 1),
        "provider_config_key", "aws",
        "expressions", expressions,
        "schema_version", 0);
    if (count != null) r.put("count_expression", count);
    return r;
  }

  private static Map<String, Object> refs(String... references) {
    return map("references", List.of((Object[]) references));
  }

  private static Map<String, Object> constant(Object value) {
    return map("constant_value", value);
  }

  private static Map<String, Object> variables(String... names) {
    Map<String, Object> v = new LinkedHashMap<>();
    for (String n : names) v.put(n, map());
    return v;
  }
}
