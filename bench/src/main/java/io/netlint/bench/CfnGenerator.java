package io.netlint.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes one CloudFormation network stack of an exact number of resources: VPCs with public and
 * private subnets over two or three zones, route tables, NAT gateways, a transit gateway
 * attachment, endpoints, VPN sites with customer gateways and tunnel alarms, appliance pairs with
 * recovery alarms, and peerings between neighbouring VPCs. Each VPC unit is built from pieces in
 * order; a piece that does not fit the remaining budget is left out, and security groups fill the
 * last few resources. One generator writes one template.
 */
public final class CfnGenerator {

  /** Where the stack's VPCs find their transit gateway. */
  public enum Tgw {
    /** The stack creates the gateway and exports its ID. */
    OWN,
    /** The gateway comes from another stack's export. */
    IMPORT,
    /** No transit gateway: VPCs connect by peering only. */
    NONE
  }

  private static final List<AntiPattern> APPLICABLE = List.of(AntiPattern.values());

  private final Random rng;
  private final double share;
  private final Map<String, Object> resources = new LinkedHashMap<>();
  private final Map<String, Object> outputs = new LinkedHashMap<>();
  private final Map<AntiPattern, Integer> planted = new EnumMap<>(AntiPattern.class);
  private final boolean tagged;
  private int budget;
  private Object tgw;
  private boolean usesEnvironment;
  private boolean usesCondition;
  private Unit previous;

  /** What later pieces of a unit, and the next unit, need from it. */
  private static final class Unit {
    final int index;
    final String id;
    final int zones;
    final int addresses;
    final String cidr;
    final List<String> privateSubnets = new ArrayList<>();
    final List<String> privateTables = new ArrayList<>();
    boolean overlapping;
    boolean attached;

    /** @param addresses the slot whose address plan the unit uses: its own, or a neighbour's */
    Unit(int index, int zones, int addresses) {
      this.index = index;
      this.id = "Vpc" + index;
      this.zones = zones;
      this.addresses = addresses;
      this.cidr = Addressing.vpc(addresses);
    }
  }

  /**
   * @param seed the template's own seed: the same seed writes the same template
   * @param antiPatternShare the share of VPC units, 0 to 1, that carry one planted mistake
   * @param tagged whether resources carry Name and CostCentre tags
   */
  public CfnGenerator(long seed, double antiPatternShare, boolean tagged) {
    this.rng = new Random(seed);
    this.share = antiPatternShare;
    this.tagged = tagged;
  }

  /**
   * The template as a tree for {@link TemplateWriter}.
   *
   * @param count the exact number of resources, 1 to 500
   * @param firstVpc the address slot of the first VPC (see {@link Addressing})
   * @param maxVpcs how many slots from {@code firstVpc} the stack may use
   * @param tgwExport the export name of the transit gateway the stack creates or imports
   */
  public Map<String, Object> template(int count, int firstVpc, int maxVpcs, Tgw mode,
      String tgwExport, String description) {
    budget = count;
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("AWSTemplateFormatVersion", "2010-09-09");
    t.put("Description", description);
    t.put("Parameters", map("Environment", map("Type", "String", "Default", "prod",
        "AllowedValues", List.of("prod", "staging", "dev"),
        "Description", "Tags every resource and decides whether private subnets get NAT")));
    t.put("Conditions", map("IsProduction", Fn.equalsFn(Fn.ref("Environment"), "prod")));
    t.put("Resources", resources);
    if (mode == Tgw.OWN && budget > 0) {
      add("TransitGateway", "AWS::EC2::TransitGateway", map(
          "AmazonSideAsn", 64512,
          "AutoAcceptSharedAttachments", "enable",
          "DefaultRouteTableAssociation", "enable",
          "DefaultRouteTablePropagation", "enable",
          "VpnEcmpSupport", "enable",
          "DnsSupport", "enable",
          "Tags", tags("core-tgw")));
      tgw = Fn.ref("TransitGateway");
      outputs.put("TransitGatewayId", map("Value", Fn.ref("TransitGateway"),
          "Export", map("Name", tgwExport)));
    } else if (mode == Tgw.IMPORT) {
      tgw = Fn.importValue(tgwExport);
    }
    int slot = firstVpc;
    while (budget >= 5 && slot < firstVpc + maxVpcs) {
      unit(slot++);
    }
    filler();
    if (!outputs.isEmpty()) t.put("Outputs", outputs);
    // unused parameters and conditions are findings of cfn-lint: keep only what is used
    if (!usesEnvironment) t.remove("Parameters");
    if (!usesCondition) t.remove("Conditions");
    if (resources.size() != count) {
      throw new IllegalStateException(resources.size() + " resources instead of " + count);
    }
    return t;
  }

  /** How many of each mistake the template holds. */
  public Map<AntiPattern, Integer> planted() {
    return planted;
  }

  private void unit(int slot) {
    AntiPattern anti = rng.nextDouble() < share ? APPLICABLE.get(rng.nextInt(APPLICABLE.size()))
        : null;
    int zones = budget < 40 || rng.nextInt(3) == 0 ? 2 : 3;
    boolean overlap = anti == AntiPattern.OVERLAPPING_VPC && previous != null && tgw != null;
    Unit u = new Unit(slot, zones, overlap ? previous.addresses : slot);
    u.overlapping = overlap;

    add(u.id, "AWS::EC2::VPC", map(
        "CidrBlock", u.cidr,
        "EnableDnsSupport", true,
        "EnableDnsHostnames", true,
        "Tags", tags("vpc-" + slot)));
    outputs.put(u.id + "Id", map("Value", Fn.ref(u.id), "Export", map("Name",
        "bench-vpc-" + slot + "-id")));
    if (!fits(2 * zones)) return;
    boolean outside = anti == AntiPattern.SUBNET_OUTSIDE_VPC;
    for (int z = 0; z < zones; z++) {
      subnet(u, "Public", z, Addressing.subnet(u.addresses, z), true);
    }
    for (int z = 0; z < zones; z++) {
      String cidr = outside && z == zones - 1 ? Addressing.outside(u.addresses)
          : Addressing.subnet(u.addresses, 3 + z);
      u.privateSubnets.add(subnet(u, "Private", z, cidr, false));
    }
    if (outside) plant(anti);

    if (fits(4 + zones)) publicRouting(u);
    if (!fits(2 * zones)) return;
    for (int z = 0; z < zones; z++) {
      String table = u.id + "PrivateRouteTable" + Addressing.zoneLetter(z);
      add(table, "AWS::EC2::RouteTable", map("VpcId", Fn.ref(u.id),
          "Tags", tags("vpc-" + slot + "-private-" + z)));
      add(table + "Association", "AWS::EC2::SubnetRouteTableAssociation", map(
          "SubnetId", Fn.ref(u.privateSubnets.get(z)), "RouteTableId", Fn.ref(table)));
      u.privateTables.add(table);
    }
    if (resources.containsKey(u.id + "InternetGateway") && rng.nextInt(10) < 7
        && fits(3 * zones)) {
      nat(u);
    }
    if (tgw != null && fits(1 + zones)) attachment(u, anti);
    if (rng.nextInt(10) < 8 && fits(3)) endpoints(u, anti);
    if (tgw != null && rng.nextInt(2) == 0 && fits(6)) vpnSite(u, anti);
    if (rng.nextInt(10) < 3 && fits(3 * zones)) appliances(u, anti);
    if (fits(1)) securityGroup(u, anti);
    if (previous != null && !overlap && !previous.privateTables.isEmpty()
        && rng.nextInt(2) == 0 && fits(1 + zones + previous.zones)) {
      peering(previous, u, anti);
    }
    previous = u;
  }

  private String subnet(Unit u, String tier, int z, String cidr, boolean pub) {
    String id = u.id + tier + "Subnet" + Addressing.zoneLetter(z);
    Map<String, Object> props = map(
        "VpcId", Fn.ref(u.id),
        "CidrBlock", cidr,
        "AvailabilityZone", Fn.select(z, Fn.getAzs()));
    if (pub) props.put("MapPublicIpOnLaunch", true);
    props.put("Tags", tags("vpc-" + u.index + "-" + tier.toLowerCase() + "-" + z));
    add(id, "AWS::EC2::Subnet", props);
    return id;
  }

  private void publicRouting(Unit u) {
    String igw = u.id + "InternetGateway";
    add(igw, "AWS::EC2::InternetGateway", map("Tags", tags("vpc-" + u.index + "-igw")));
    add(igw + "Attachment", "AWS::EC2::VPCGatewayAttachment", map(
        "VpcId", Fn.ref(u.id), "InternetGatewayId", Fn.ref(igw)));
    String table = u.id + "PublicRouteTable";
    add(table, "AWS::EC2::RouteTable", map("VpcId", Fn.ref(u.id),
        "Tags", tags("vpc-" + u.index + "-public")));
    Map<String, Object> route = resource("AWS::EC2::Route", map(
        "RouteTableId", Fn.ref(table),
        "DestinationCidrBlock", "0.0.0.0/0",
        "GatewayId", Fn.ref(igw)));
    route.put("DependsOn", igw + "Attachment");
    resources.put(u.id + "PublicDefaultRoute", route);
    budget--;
    for (int z = 0; z < u.zones; z++) {
      add(u.id + "PublicSubnet" + Addressing.zoneLetter(z) + "Association",
          "AWS::EC2::SubnetRouteTableAssociation", map(
              "SubnetId", Fn.ref(u.id + "PublicSubnet" + Addressing.zoneLetter(z)),
              "RouteTableId", Fn.ref(table)));
    }
  }

  private void nat(Unit u) {
    for (int z = 0; z < u.zones; z++) {
      String az = Addressing.zoneLetter(z);
      String eip = u.id + "NatAddress" + az;
      // NAT only in production: the stack's one condition, as templates often have
      Map<String, Object> address = resource("AWS::EC2::EIP", map("Domain", "vpc"));
      usesCondition = true;
      usesEnvironment = true;
      address.put("Condition", "IsProduction");
      address.put("DependsOn", u.id + "InternetGatewayAttachment");
      resources.put(eip, address);
      budget--;
      Map<String, Object> nat = resource("AWS::EC2::NatGateway", map(
          "AllocationId", Fn.getAtt(eip, "AllocationId"),
          "SubnetId", Fn.ref(u.id + "PublicSubnet" + az),
          "Tags", tags("vpc-" + u.index + "-nat-" + z)));
      nat.put("Condition", "IsProduction");
      resources.put(u.id + "NatGateway" + az, nat);
      budget--;
      Map<String, Object> route = resource("AWS::EC2::Route", map(
          "RouteTableId", Fn.ref(u.privateTables.get(z)),
          "DestinationCidrBlock", "0.0.0.0/0",
          "NatGatewayId", Fn.ref(u.id + "NatGateway" + az)));
      route.put("Condition", "IsProduction");
      resources.put(u.id + "PrivateDefaultRoute" + az, route);
      budget--;
    }
  }

  private void attachment(Unit u, AntiPattern anti) {
    boolean gap = anti == AntiPattern.TGW_ATTACHMENT_ZONE_GAP;
    List<Object> subnets = new ArrayList<>();
    for (int z = 0; z < (gap ? 1 : u.zones); z++) subnets.add(Fn.ref(u.privateSubnets.get(z)));
    if (gap) plant(anti);
    if (u.overlapping && previous.attached) plant(AntiPattern.OVERLAPPING_VPC);
    u.attached = true;
    String att = u.id + "TgwAttachment";
    add(att, "AWS::EC2::TransitGatewayVpcAttachment", map(
        "TransitGatewayId", tgw,
        "VpcId", Fn.ref(u.id),
        "SubnetIds", subnets,
        "Options", map("ApplianceModeSupport", "disable", "DnsSupport", "enable"),
        "Tags", tags("vpc-" + u.index + "-tgw")));
    for (int z = 0; z < u.zones; z++) {
      Map<String, Object> route = resource("AWS::EC2::Route", map(
          "RouteTableId", Fn.ref(u.privateTables.get(z)),
          "DestinationCidrBlock", "10.0.0.0/8",
          "TransitGatewayId", tgw));
      route.put("DependsOn", att);
      resources.put(u.id + "CorporateRoute" + Addressing.zoneLetter(z), route);
      budget--;
    }
  }

  private void endpoints(Unit u, AntiPattern anti) {
    String sg = u.id + "EndpointSecurityGroup";
    add(sg, "AWS::EC2::SecurityGroup", map(
        "GroupDescription", "HTTPS to interface endpoints from the VPC",
        "VpcId", Fn.ref(u.id),
        "SecurityGroupIngress", List.of(map("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443,
            "CidrIp", Fn.getAtt(u.id, "CidrBlock")))));
    add(u.id + "S3Endpoint", "AWS::EC2::VPCEndpoint", map(
        "VpcId", Fn.ref(u.id),
        "ServiceName", Fn.sub("com.amazonaws.${AWS::Region}.s3"),
        "VpcEndpointType", "Gateway",
        "RouteTableIds", u.privateTables.stream().map(t -> (Object) Fn.ref(t)).toList()));
    boolean single = anti == AntiPattern.ENDPOINT_SINGLE_ZONE;
    List<Object> subnets = new ArrayList<>();
    for (int z = 0; z < (single ? 1 : u.zones); z++) subnets.add(Fn.ref(u.privateSubnets.get(z)));
    if (single) plant(anti);
    add(u.id + "SsmEndpoint", "AWS::EC2::VPCEndpoint", map(
        "VpcId", Fn.ref(u.id),
        "ServiceName", Fn.sub("com.amazonaws.${AWS::Region}.ssm"),
        "VpcEndpointType", "Interface",
        "PrivateDnsEnabled", true,
        "SubnetIds", subnets,
        "SecurityGroupIds", List.of(Fn.ref(sg))));
  }

  private void vpnSite(Unit u, AntiPattern anti) {
    boolean sameAsn = anti == AntiPattern.DUPLICATE_CUSTOMER_ASN;
    boolean staticRoutes = anti == AntiPattern.STATIC_VPN;
    boolean unwatched = anti == AntiPattern.UNMONITORED_VPN;
    if (sameAsn || staticRoutes || unwatched) plant(anti);
    String site = u.id + "Site";
    for (int d = 1; d <= 2; d++) {
      add(site + "Router" + d, "AWS::EC2::CustomerGateway", map(
          "Type", "ipsec.1",
          "BgpAsn", customerAsn(u.index * 2 + (sameAsn ? 1 : d)),
          "IpAddress", Addressing.publicIp(u.index * 2 + d),
          "Tags", tags("vpc-" + u.index + "-router-" + d)));
    }
    for (int d = 1; d <= 2; d++) {
      String vpn = site + "Vpn" + d;
      add(vpn, "AWS::EC2::VPNConnection", map(
          "Type", "ipsec.1",
          "CustomerGatewayId", Fn.ref(site + "Router" + d),
          "TransitGatewayId", tgw,
          "StaticRoutesOnly", staticRoutes,
          "VpnTunnelOptionsSpecifications", List.of(
              map("TunnelInsideCidr", insideCidr(u.index, d, 0),
                  "IKEVersions", List.of(map("Value", "ikev2"))),
              map("TunnelInsideCidr", insideCidr(u.index, d, 1),
                  "IKEVersions", List.of(map("Value", "ikev2")))),
          "Tags", tags("vpc-" + u.index + "-vpn-" + d)));
      if (!unwatched) {
        add(vpn + "TunnelAlarm", "AWS::CloudWatch::Alarm", map(
            "AlarmDescription", "A tunnel of the site VPN is down",
            "Namespace", "AWS/VPN",
            "MetricName", "TunnelState",
            "Dimensions", List.of(map("Name", "VpnId", "Value", Fn.ref(vpn))),
            "Statistic", "Minimum",
            "Period", 300,
            "EvaluationPeriods", 3,
            "Threshold", 1,
            "ComparisonOperator", "LessThanThreshold",
            "TreatMissingData", "breaching"));
      }
    }
  }

  private void appliances(Unit u, AntiPattern anti) {
    boolean single = anti == AntiPattern.SINGLE_APPLIANCE;
    if (single) plant(anti);
    int count = single ? 1 : u.zones;
    for (int z = 0; z < count; z++) {
      String id = u.id + "Firewall" + Addressing.zoneLetter(z);
      add(id, "AWS::EC2::Instance", map(
          "ImageId", "ami-0abcdef1234567890",
          "InstanceType", "c6in.large",
          "SubnetId", Fn.ref(u.privateSubnets.get(z)),
          "SourceDestCheck", false,
          "Tags", tags("vpc-" + u.index + "-firewall-" + z)));
      add(id + "Recovery", "AWS::CloudWatch::Alarm", map(
          "AlarmDescription", "Recover the firewall when its host fails",
          "Namespace", "AWS/EC2",
          "MetricName", "StatusCheckFailed_System",
          "Dimensions", List.of(map("Name", "InstanceId", "Value", Fn.ref(id))),
          "Statistic", "Maximum",
          "Period", 60,
          "EvaluationPeriods", 2,
          "Threshold", 1,
          "ComparisonOperator", "GreaterThanOrEqualToThreshold",
          "AlarmActions", List.of(Fn.sub("arn:aws:automate:${AWS::Region}:ec2:recover"))));
    }
    for (int z = 0; z < u.zones; z++) {
      String az = Addressing.zoneLetter(z);
      add(u.id + "PartnerRoute" + az, "AWS::EC2::Route", map(
          "RouteTableId", Fn.ref(u.privateTables.get(z)),
          "DestinationCidrBlock", "192.168.0.0/16",
          "InstanceId", Fn.ref(u.id + "Firewall" + (single ? "A" : az))));
    }
  }

  private void securityGroup(Unit u, AntiPattern anti) {
    List<Object> ingress = new ArrayList<>();
    ingress.add(map("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443,
        "CidrIp", "10.0.0.0/8", "Description", "HTTPS from the corporate network"));
    if (anti == AntiPattern.ADMIN_PORT_OPEN) {
      ingress.add(map("IpProtocol", "tcp", "FromPort", 22, "ToPort", 22, "CidrIp", "0.0.0.0/0",
          "Description", "SSH for the on-call engineer"));
      plant(anti);
    }
    add(u.id + "AppSecurityGroup", "AWS::EC2::SecurityGroup", map(
        "GroupDescription", "Application servers",
        "VpcId", Fn.ref(u.id),
        "SecurityGroupIngress", ingress,
        "Tags", tags("vpc-" + u.index + "-app")));
  }

  private void peering(Unit a, Unit b, AntiPattern anti) {
    String pcx = a.id + "To" + b.id + "Peering";
    add(pcx, "AWS::EC2::VPCPeeringConnection", map(
        "VpcId", Fn.ref(a.id), "PeerVpcId", Fn.ref(b.id),
        "Tags", tags("peering-" + a.index + "-" + b.index)));
    for (int z = 0; z < a.zones; z++) {
      add(pcx + "Route" + a.id + Addressing.zoneLetter(z), "AWS::EC2::Route", map(
          "RouteTableId", Fn.ref(a.privateTables.get(z)),
          "DestinationCidrBlock", b.cidr,
          "VpcPeeringConnectionId", Fn.ref(pcx)));
    }
    boolean oneSided = anti == AntiPattern.ONE_SIDED_PEERING;
    if (oneSided) {
      plant(anti);
      return;
    }
    for (int z = 0; z < b.zones; z++) {
      add(pcx + "Route" + b.id + Addressing.zoneLetter(z), "AWS::EC2::Route", map(
          "RouteTableId", Fn.ref(b.privateTables.get(z)),
          "DestinationCidrBlock", a.cidr,
          "VpcPeeringConnectionId", Fn.ref(pcx)));
    }
  }

  /** Security groups of the last VPC (or of the default VPC) up to the exact count. */
  private void filler() {
    String vpc = previous == null ? null : previous.id;
    for (int i = 0; budget > 0; i++) {
      Map<String, Object> props = map(
          "GroupDescription", "Service " + i + " listeners",
          "SecurityGroupIngress", List.of(map("IpProtocol", "tcp",
              "FromPort", 8000 + i, "ToPort", 8000 + i, "CidrIp", "10.0.0.0/8")));
      if (vpc != null) props.put("VpcId", Fn.ref(vpc));
      add("Service" + i + "SecurityGroup", "AWS::EC2::SecurityGroup", props);
    }
  }

  /**
   * A distinct ASN per customer device: 4-byte public ASNs from 131072 up, since the 1,023
   * private 2-byte ones do not go round a large hub (NET205 reports shared ASNs).
   */
  static int customerAsn(int device) {
    return 131_072 + device;
  }

  /**
   * A /30 of 169.254.0.0/16, distinct per slot, device and tunnel for 3,900 slots, avoiding
   * the blocks AWS reserves (169.254.0.0/30 to 169.254.5.0/30 and 169.254.169.252/30).
   */
  static String insideCidr(int slot, int device, int tunnel) {
    int n = 6 * 64 + Math.floorMod((slot * 2 + device - 1) * 2 + tunnel, 15_900);
    if (n >= 169 * 64 + 63) n++;
    return "169.254." + (n >> 6) + "." + ((n & 63) << 2) + "/30";
  }

  private boolean fits(int n) {
    return budget >= n;
  }

  private void plant(AntiPattern anti) {
    planted.merge(anti, 1, Integer::sum);
  }

  private void add(String id, String type, Map<String, Object> properties) {
    if (resources.containsKey(id)) throw new IllegalStateException("duplicate " + id);
    resources.put(id, resource(type, properties));
    budget--;
  }

  private static Map<String, Object> resource(String type, Map<String, Object> properties) {
    properties.values().removeIf(v -> v == null);
    return map("Type", type, "Properties", properties);
  }

  /** The tags of a resource, or null (dropped by {@link #resource}) in an untagged stack. */
  private List<Object> tags(String name) {
    if (!tagged) return null;
    usesEnvironment = true;
    return List.of(map("Key", "Name", "Value", Fn.sub("${Environment}-" + name)),
        map("Key", "CostCentre", "Value", "network"));
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }
}
