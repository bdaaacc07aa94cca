package io.netlint.policy;

import static io.netlint.policy.PolicyRun.cidr;
import static io.netlint.policy.PolicyRun.meta;
import static io.netlint.policy.PolicyRun.policy;
import static io.netlint.policy.PolicyRun.ref;
import static io.netlint.policy.PolicyRun.run;
import static io.netlint.policy.PolicyRun.subnet;
import static io.netlint.policy.PolicyRun.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.CustomerGateway;
import io.netlint.model.DxConnection;
import io.netlint.model.DxLag;
import io.netlint.model.ElementMeta;
import io.netlint.model.EndpointService;
import io.netlint.model.Ref;
import io.netlint.model.SecurityGroup;
import io.netlint.model.SecurityGroupRule;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.TgwVpcAttachment;
import io.netlint.model.TransitGateway;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcCidrBlock;
import io.netlint.model.VpcEndpoint;
import io.netlint.model.VpcPeering;
import io.netlint.model.VpnConnection;
import io.netlint.model.VpnGateway;
import io.netlint.model.VpnTunnel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The evaluator over networks built by hand, one construct at a time. */
class PolicyEvaluatorTest {

  private static final String ONE_VPC_RANGE = policy("""
        for vpc in vpcs
        require vpc.cidr within 10.0.0.0/8
        message "VPC {vpc} ({vpc.cidr}) is outside 10.0.0.0/8"
      """);

  @Nested
  class Verdicts {
    @Test
    void requireReportsWhatIsFalse() {
      assertThat(run(ONE_VPC_RANGE, vpc("In", "10.1.0.0/16"), vpc("Out", "172.16.0.0/16")))
          .containsExactly("error Out: VPC 'Out' (172.16.0.0/16) is outside 10.0.0.0/8");
    }

    @Test
    void forbidReportsWhatIsTrue() {
      assertThat(run(policy("""
            for vpc in vpcs
            forbid vpc.cidr overlaps 192.168.0.0/16
            message "VPC {vpc} overlaps the office range"
          """), vpc("Office", "192.168.10.0/24"), vpc("App", "10.0.0.0/16")))
          .containsExactly("error Office: VPC 'Office' overlaps the office range");
    }

    @Test
    void whereFiltersAndNestedForsBindEveryPair() {
      Vpc a = vpc("A", "10.1.0.0/16");
      Subnet s1 = subnet("S1", a, "10.1.0.0/24", "eu-west-1a");
      Subnet s2 = subnet("S2", a, "10.1.0.0/23", "eu-west-1b");
      Subnet s3 = subnet("S3", a, "10.1.8.0/24", "eu-west-1b");
      // NET102's overlap check: reported once, on the subnet declared later
      assertThat(run(policy("""
            for subnet in subnets
            for other in subnet.vpc.subnets where other before subnet
            forbid subnet.cidr overlaps other.cidr
            message "Subnet {subnet} ({subnet.cidr}) overlaps subnet {other} ({other.cidr}) in VPC"
                    " {subnet.vpc}"
          """), a, s1, s2, s3))
          .containsExactly("error S2: Subnet 'S2' (10.1.0.0/23) overlaps subnet 'S1'"
              + " (10.1.0.0/24) in VPC 'A' (related: S1)");
    }

    @Test
    void letBindsAValuePerResource() {
      assertThat(run(policy("""
            for vpc in vpcs
            let size = vpc.cidr.prefix_length
            require size >= 16 and size <= 24
            message "VPC {vpc} is a /{size}"
          """), vpc("Big", "10.0.0.0/8"), vpc("Fine", "10.1.0.0/20")))
          .containsExactly("error Big: VPC 'Big' is a /8");
    }

    @Test
    void fileConstantsAreSharedByItsPolicies() {
      String text = "let corporate = [10.0.0.0/8, 100.64.0.0/10]\n\n" + policy("""
            for vpc in vpcs
            require vpc.cidr within any corporate
            message "VPC {vpc} is outside {corporate}"
          """);
      assertThat(run(text, vpc("A", "100.64.1.0/24"), vpc("B", "172.16.0.0/12")))
          .containsExactly("error B: VPC 'B' is outside 10.0.0.0/8, 100.64.0.0/10");
    }

    @Test
    void aFindingIsNotRepeatedForTheSameResourceAndMessage() {
      Vpc a = vpc("A", "10.1.0.0/16");
      assertThat(run(policy("""
            for vpc in vpcs, subnet in vpc.subnets
            require vpc.cidr within 192.168.0.0/16
            message "VPC {vpc} is outside the lab range"
          """), a, subnet("S1", a, "10.1.0.0/24", "a"), subnet("S2", a, "10.1.1.0/24", "b")))
          .containsExactly("error A: VPC 'A' is outside the lab range (related: S1)");
    }
  }

  @Nested
  class Unknowns {
    private final Vpc unknown = new Vpc(meta("Param"), Value.unknown("parameter 'VpcCidr' has"
        + " no default"), Value.absent());

    @Test
    void byDefaultAnUnknownIsReportedAtInfoAsCannotVerify() {
      assertThat(run(ONE_VPC_RANGE, unknown)).containsExactly("info Param: Cannot verify that"
          + " every VPC is tested for VPC 'Param': vpc.cidr is unknown (parameter 'VpcCidr' has"
          + " no default)");
    }

    @Test
    void whenUnknownPassIsSilent() {
      assertThat(run(ONE_VPC_RANGE.replace("  message", "  when unknown pass\n  message"),
          unknown)).isEmpty();
    }

    @Test
    void whenUnknownFailReportsAtThePolicySeverityWithTheReason() {
      assertThat(run(ONE_VPC_RANGE.replace("  message", "  when unknown fail\n  message"),
          unknown)).containsExactly("error Param: VPC 'Param' (unknown) is outside 10.0.0.0/8;"
              + " vpc.cidr is unknown (parameter 'VpcCidr' has no default)");
    }

    @Test
    void unknownIsAValueAPolicyCanTest() {
      assertThat(run(policy("""
            for vpc in vpcs
            forbid vpc.cidr is unknown
            message "VPC {vpc} must have a literal range"
          """), unknown, vpc("Known", "10.0.0.0/16")))
          .containsExactly("error Param: VPC 'Param' must have a literal range");
    }

    @Test
    void anUnknownWhereConditionMakesAViolationUnverifiable() {
      ElementMeta m = new ElementMeta("t#Tagged", "test", new SourceRef("t.yaml", 90, 3,
          "Tagged"), Value.absent(), Value.absent(), Map.of("env",
          Value.unknown("parameter 'Env' has no default")));
      Vpc tagged = new Vpc(m, cidr("172.16.0.0/16"), Value.absent());
      assertThat(run(policy("""
            for vpc in vpcs where vpc.tags.env == "production"
            require vpc.cidr within 10.0.0.0/8
            message "m"
          """), tagged)).containsExactly("info Tagged: Cannot verify that every VPC is tested"
              + " for VPC 'Tagged': vpc.tags.env is unknown (parameter 'Env' has no default)");
    }

    @Test
    void aFalseFindingNeedsNoKnownFilter() {
      ElementMeta m = new ElementMeta("t#Tagged", "test", new SourceRef("t.yaml", 91, 3,
          "Tagged"), Value.absent(), Value.absent(), Map.of("env", Value.unknown("later")));
      assertThat(run(policy("""
            for vpc in vpcs where vpc.tags.env == "production"
            require vpc.cidr within 10.0.0.0/8
            message "m"
          """), new Vpc(m, cidr("10.9.0.0/16"), Value.absent()))).isEmpty();
    }

    @Test
    void aLinkToSomethingNotAmongTheInputsIsUnknown() {
      Subnet orphan = new Subnet(meta("Orphan"), Ref.toAwsId("vpc-0123"), cidr("10.0.0.0/24"),
          Value.absent(), Value.known("a"));
      assertThat(run(policy("""
            for subnet in subnets
            require subnet.cidr within any subnet.vpc.cidrs
            message "Subnet {subnet} ({subnet.cidr}) is not inside its VPC {subnet.vpc}"
          """), orphan)).containsExactly("info Orphan: Cannot verify that every VPC is tested for"
              + " subnet 'Orphan': subnet.vpc is unknown (the VPC 'vpc-0123' is not among the"
              + " inputs)");
    }

    @Test
    void anUnknownListMakesWhatIsInItUnverifiable() {
      VpnConnection vpn = new VpnConnection(meta("Vpn"), Ref.absent(), Ref.absent(),
          Ref.absent(), Value.absent(), List.of(new VpnTunnel(true, Value.absent(),
              Map.of("IKEVersions", "<unknown>")), VpnTunnel.unspecified()), Value.absent(),
          Value.absent(), Value.absent());
      assertThat(run(policy("""
            for vpn in vpn_connections, tunnel in vpn.tunnels, version in tunnel.ike_versions
            require version == "ikev2"
            message "{tunnel} of {vpn} allows {version}"
          """), vpn)).containsExactly(
              "info Vpn: Cannot verify that every VPC is tested for VPN connection 'Vpn':"
                  + " tunnel.ike_versions is unknown (the tunnel option IKEVersions is known only"
                  + " at deployment)",
              "error Vpn: tunnel 2 of 'Vpn' allows ikev1");
    }

    @Test
    void aConnectionToAVpcNotAmongTheInputsCannotBeVerified() {
      Vpc prod = vpc("Prod", "10.1.0.0/16", "env", "production");
      VpcPeering p = new VpcPeering(meta("ToPartner"), ref(prod), Ref.toAwsId("vpc-0abc"),
          Value.absent(), Value.known("111122223333"));
      assertThat(run(policy("""
            for vpc in vpcs, link in vpc.connections
            forbid link.vpc.tags.env == "development"
            message "{vpc} reaches {link}"
          """), prod, p)).containsExactly("info Prod: Cannot verify that every VPC is tested for"
              + " VPC 'Prod': link.vpc is unknown (the VPC 'vpc-0abc' is not among the inputs)"
              + " (related: ToPartner)");
    }

    @Test
    void noneIsNotSetAndCountsAsFalse() {
      DxConnection plain = new DxConnection(meta("Plain"), Value.known("EqLD5"), Value.absent(),
          Ref.absent(), Value.absent(), Value.absent());
      assertThat(run(policy("""
            for c in dx_connections
            require c.request_macsec or c.lag.request_macsec
            message "{c} {c.lag} {c.encryption_mode is set}"
          """), plain)).containsExactly("error Plain: 'Plain' none false");
    }
  }

  @Nested
  class Cidrs {
    @Test
    void withinAnyAndOverlapsAllOverAList() {
      Vpc a = vpc("A", "10.1.0.0/16");
      VpcCidrBlock secondary = new VpcCidrBlock(meta("Second"), ref(a), cidr("100.64.0.0/16"));
      Subnet inPrimary = subnet("InPrimary", a, "10.1.2.0/24", "a");
      Subnet inSecondary = subnet("InSecondary", a, "100.64.3.0/24", "a");
      Subnet outside = subnet("Outside", a, "10.2.0.0/24", "a");
      // NET102's containment check
      assertThat(run(policy("""
            for subnet in subnets
            require subnet.cidr within any subnet.vpc.cidrs
            message "Subnet {subnet} ({subnet.cidr}) is not inside any CIDR of its VPC"
                    " {subnet.vpc} ({subnet.vpc.cidrs})"
          """), a, secondary, inPrimary, inSecondary, outside))
          .containsExactly("error Outside: Subnet 'Outside' (10.2.0.0/24) is not inside any CIDR"
              + " of its VPC 'A' (10.1.0.0/16, 100.64.0.0/16)");
    }

    @Test
    void prefixLengthAndFamily() {
      Vpc v6 = new Vpc(meta("Dual"), cidr("10.0.0.0/16"), cidr("2001:db8::/56"));
      assertThat(run(policy("""
            for vpc in vpcs, block in vpc.cidrs
            where block.family == "ipv4"
            require block.prefix_length >= 20
            message "{vpc} uses a /{block.prefix_length}"
          """), v6)).containsExactly("error Dual: 'Dual' uses a /16");
    }

    @Test
    void aCidrContainsAnotherAndCidrsCompareByRange() {
      assertThat(run(policy("""
            for vpc in vpcs
            require 10.0.0.0/8 contains vpc.cidr and vpc.cidr != 10.1.0.0/16
            message "{vpc}"
          """), vpc("Written", "10.1.7.0/16"), vpc("Other", "10.2.0.0/16")))
          .containsExactly("error Written: 'Written'");
    }
  }

  @Nested
  class Relations {
    private final Vpc prod = vpc("Prod", "10.1.0.0/16", "env", "production");
    private final Vpc dev = vpc("Dev", "10.2.0.0/16", "env", "development");

    @Test
    void aPeeringJoinsItsTwoVpcs() {
      VpcPeering p = new VpcPeering(meta("P"), ref(dev), ref(prod), Value.absent(),
          Value.absent());
      assertThat(run(policy("""
            for peering in vpc_peerings
            forbid "production" in peering.vpcs.tags.env and "development" in peering.vpcs.tags.env
            message "{peering} joins {peering.requester_vpc} and {peering.accepter_vpc}"
          """), prod, dev, p)).containsExactly("error P: 'P' joins 'Dev' and 'Prod'");
    }

    @Test
    void aTransitGatewayConnectsVpcsInOneRouteDomain() {
      TransitGateway tgw = new TransitGateway(meta("Tgw"), Value.absent(), Value.absent(),
          Value.absent(), Value.absent());
      TgwVpcAttachment pa = new TgwVpcAttachment(meta("PA"), ref(tgw), ref(prod), List.of(),
          Value.absent(), Value.absent(), Value.absent());
      TgwVpcAttachment da = new TgwVpcAttachment(meta("DA"), ref(tgw), ref(dev), List.of(),
          Value.absent(), Value.known(false), Value.absent());
      // Dev is associated with the default table but does not propagate into it: Prod's routes
      // reach Dev, so the two are connected
      assertThat(run(policy("""
            for vpc in vpcs where vpc.tags.env == "production"
            for link in vpc.connections
            forbid link.vpc.tags.env == "development"
            message "{vpc} reaches {link} ({link.kind})"
          """), prod, dev, tgw, pa, da)).containsExactly("error Prod: 'Prod' reaches 'Dev' through"
              + " transit gateway 'Tgw' (transit_gateway) (related: Dev, Tgw)");
    }

    @Test
    void aVpnsCustomerGatewayAndItsTunnels() {
      CustomerGateway cgw = new CustomerGateway(meta("Branch"), Value.known(65000L),
          Value.known("203.0.113.1"), Value.absent());
      VpnGateway vgw = new VpnGateway(meta("Vgw"), Ref.absent(), Value.absent());
      VpnConnection vpn = new VpnConnection(meta("Vpn"), ref(cgw), ref(vgw), Ref.absent(),
          Value.known(true), List.of(new VpnTunnel(true, Value.absent(),
              Map.of("IKEVersions", "ikev2")), VpnTunnel.unspecified()), Value.absent(),
          Value.absent(), Value.absent());
      assertThat(run(policy("""
            for vpn in vpn_connections, tunnel in vpn.tunnels
            require tunnel.ike_versions == ["ikev2"] and vpn.customer_gateway.bgp_asn != 65000
            message "{tunnel} of {vpn} to {vpn.customer_gateway} ({vpn.customer_gateway.bgp_asn})"
                    " allows {tunnel.ike_versions}; static: {vpn.static_routes_only}"
          """), cgw, vgw, vpn)).containsExactly(
              "error Vpn: tunnel 1 of 'Vpn' to 'Branch' (65000) allows ikev2; static: true",
              "error Vpn: tunnel 2 of 'Vpn' to 'Branch' (65000) allows ikev1, ikev2; static: true");
    }

    @Test
    void anEndpointsServiceRegionAsNet501ChecksIt() {
      ElementMeta here = new ElementMeta("t#Partner", "test", new SourceRef("t.yaml", 80, 3,
          "Partner"), Value.absent(), Value.known("eu-west-1"));
      VpcEndpoint partner = new VpcEndpoint(here, Ref.absent(), Value.known("Interface"),
          Value.known("com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"), Value.absent(),
          List.of(), Ref.absent());
      VpcEndpoint optedIn = new VpcEndpoint(meta("OptedIn"), Ref.absent(),
          Value.known("Interface"), Value.known("com.amazonaws.vpce.us-east-1.vpce-svc-1"),
          Value.known("us-east-1"), List.of(), Ref.absent());
      VpcEndpoint local = new VpcEndpoint(meta("S3"), Ref.absent(), Value.absent(),
          Value.known("com.amazonaws.eu-west-1.s3"), Value.absent(), List.of(), Ref.absent());
      VpcEndpoint gateway = new VpcEndpoint(meta("FarS3"), Ref.absent(), Value.absent(),
          Value.known("com.amazonaws.us-east-1.s3"), Value.known("us-east-1"), List.of(),
          Ref.absent());
      assertThat(run(policy("""
            for endpoint in vpc_endpoints
            let home = region_of(endpoint.service_name)
            where home is set and home != endpoint.region
            require endpoint.type == "Interface" and endpoint.service_region == home
            message "{endpoint.type} endpoint {endpoint} in {endpoint.region} uses a service of"
                    " {home} without cross-region access"
          """), partner, optedIn, local, gateway)).containsExactly(
              "error Partner: Interface endpoint 'Partner' in eu-west-1 uses a service of"
                  + " us-east-1 without cross-region access",
              "error FarS3: Gateway endpoint 'FarS3' in eu-west-1 uses a service of us-east-1"
                  + " without cross-region access");
    }

    @Test
    void aConnectionInALagTakesMacsecFromTheLag() {
      DxLag lag = new DxLag(meta("Lag"), Value.absent(), Value.absent(), Value.known(true));
      DxConnection inLag = new DxConnection(meta("InLag"), Value.absent(), Value.absent(),
          ref(lag), Value.absent(), Value.absent());
      DxConnection alone = new DxConnection(meta("Alone"), Value.absent(), Value.absent(),
          Ref.absent(), Value.known(false), Value.absent());
      assertThat(run(policy("""
            for c in dx_connections
            require c.request_macsec or c.lag.request_macsec
            message "{c}"
          """), lag, inLag, alone)).containsExactly("error Alone: 'Alone'");
    }

    @Test
    void securityGroupRulesAndTheirGroups() {
      SecurityGroup sg = new SecurityGroup(meta("Web"), Ref.absent());
      SecurityGroupRule https = new SecurityGroupRule(meta("Https"), ref(sg), true,
          Value.known("tcp"), Value.known(443), Value.known(443), cidr("0.0.0.0/0"));
      SecurityGroupRule all = new SecurityGroupRule(meta("All"), ref(sg), true,
          Value.known("-1"), Value.absent(), Value.absent(), cidr("::/0"));
      assertThat(run(policy("""
            for group in security_groups, rule in group.ingress_rules
            where rule.open_to_world
            require rule.protocol == "tcp" and rule.ports == "443"
            message "{group}: {rule.protocol} {rule.ports} from {rule.peer_cidr}"
          """), sg, https, all)).containsExactly("error Web: 'Web': all all from ::/0 (related:"
              + " All)");
    }
  }

  @Nested
  class ListsAndFunctions {
    @Test
    void quantifiersOverLists() {
      Vpc a = vpc("A", "10.1.0.0/16");
      Vpc b = vpc("B", "10.2.0.0/16");
      assertThat(run(policy("""
            for vpc in vpcs
            # a quantifier's condition runs to the end: parentheses end it sooner
            require count(vpc.subnets) >= 2
                and (all s in vpc.subnets satisfy s.cidr.prefix_length >= 24)
                and (any s in vpc.subnets where s.availability_zone == "eu-west-1b")
                and (no s in vpc.subnets where s.cidr overlaps 10.1.255.0/24)
            message "{vpc}: {count(vpc.subnets)} subnets in"
                    " {distinct(vpc.subnets.availability_zone)}"
          """), a, b, subnet("A1", a, "10.1.0.0/24", "eu-west-1a"),
          subnet("A2", a, "10.1.1.0/24", "eu-west-1b"),
          subnet("B1", b, "10.2.0.0/20", "eu-west-1a"),
          subnet("B2", b, "10.2.16.0/24", "eu-west-1a")))
          .containsExactly("error B: 'B': 2 subnets in eu-west-1a");
    }

    @Test
    void listsCompareAsSets() {
      EndpointService svc = new EndpointService(meta("Svc"),
          Value.known(List.of("us-east-1", "eu-west-1")));
      assertThat(run(policy("""
            for s in endpoint_services
            require s.supported_regions == ["eu-west-1", "us-east-1"]
                and "eu-west-1" in s.supported_regions
                and s.supported_regions contains "us-east-1"
                and not ("ap-south-1" in s.supported_regions)
            message "{s}"
          """), svc)).isEmpty();
    }

    @Test
    void stringFunctionsAndMatches() {
      Vpc a = vpc("ProdCore", "10.1.0.0/16", "Name", "PROD-core");
      assertThat(run(policy("""
            for vpc in vpcs
            forbid lower(vpc.tags.Name) matches "prod-.*" and upper(vpc.name) contains "CORE"
                and vpc.tags["Name"] is set and vpc.tags.missing is not set
            message "{vpc} is named {lower(vpc.tags['Name'])}"
          """), a)).containsExactly("error ProdCore: 'ProdCore' is named prod-core");
    }
  }
}
