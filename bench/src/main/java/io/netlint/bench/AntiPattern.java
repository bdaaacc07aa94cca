package io.netlint.bench;

/**
 * A known network mistake the generator can plant in a share of the units it writes, with the rule
 * that should report it.
 */
enum AntiPattern {
  OVERLAPPING_VPC("NET101", "a VPC reuses the range of another VPC on the same transit gateway"),
  SUBNET_OUTSIDE_VPC("NET102", "a subnet's range lies outside its VPC"),
  DUPLICATE_CUSTOMER_ASN("NET205", "the two routers of a VPN site share one BGP ASN"),
  STATIC_VPN("NET203", "the VPN connections of a site use static routing"),
  UNMONITORED_VPN("NET204", "no alarm watches the VPN tunnels"),
  SINGLE_APPLIANCE("NET301", "one appliance instance carries the routes of every zone"),
  ONE_SIDED_PEERING("NET402", "a peering has routes on one side only"),
  TGW_ATTACHMENT_ZONE_GAP("NET404", "a transit gateway attachment misses a zone the VPC uses"),
  ENDPOINT_SINGLE_ZONE("NET502", "an interface endpoint sits in one zone"),
  ADMIN_PORT_OPEN("NET702", "SSH is open to the world");

  final String rule;
  final String description;

  AntiPattern(String rule, String description) {
    this.rule = rule;
    this.description = description;
  }
}
