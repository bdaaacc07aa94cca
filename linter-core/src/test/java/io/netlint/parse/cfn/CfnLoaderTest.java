package io.netlint.parse.cfn;

import static io.netlint.parse.cfn.Templates.element;
import static io.netlint.parse.cfn.Templates.loadText;
import static io.netlint.parse.cfn.Templates.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.Ref;
import io.netlint.model.Route;
import io.netlint.model.RouteTable;
import io.netlint.model.RouteTarget;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.Diagnostic.Level;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whole templates: imports across files, resource conditions, positions and diagnostics. */
class CfnLoaderTest {

  // ---- Fn::ImportValue ----------------------------------------------------------------------

  @Test
  void importValueResolvesAgainstTheExportsOfTheOtherTemplates() {
    LoadResult r = Templates.load("exporter.yaml", "importer.yaml");
    assertThat(r.diagnostics()).isEmpty();
    Subnet subnet = element(r, "importer.yaml#Subnet", Subnet.class);
    assertThat(subnet.vpc()).isEqualTo(Ref.toKey("exporter.yaml#SharedVpc"));
    assertThat(subnet.cidr()).isEqualTo(Value.known(Cidr.of("10.10.2.0/24")));
    assertThat(element(r, "importer.yaml#RouteTable", RouteTable.class).vpc())
        .isEqualTo(Ref.toKey("exporter.yaml#SharedVpc"));
    assertThat(element(r, "importer.yaml#ToVgw", Route.class).target()).isEqualTo(
        new RouteTarget(RouteTarget.Kind.VPN_GATEWAY, Ref.toKey("exporter.yaml#Vgw")));
  }

  @Test
  void importValueWithoutAMatchingExportIsUnknown() {
    LoadResult both = Templates.load("exporter.yaml", "importer.yaml");
    assertThat(element(both, "importer.yaml#Orphan", Subnet.class).vpc())
        .isEqualTo(Ref.unknown("no export named 'other-VpcId' among the inputs"));
    LoadResult alone = Templates.load("importer.yaml");
    Subnet subnet = element(alone, "importer.yaml#Subnet", Subnet.class);
    assertThat(subnet.vpc()).isEqualTo(Ref.unknown("no export named 'net-VpcId' among the inputs"));
    assertThat(subnet.cidr().reason()).isEqualTo("no export named 'net-VpcCidr' among the inputs");
  }

  @Test
  void aTemplateCannotImportItsOwnExport() {
    LoadResult r = loadText("""
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties: {CidrBlock: 10.0.0.0/16}
          Subnet:
            Type: AWS::EC2::Subnet
            Properties: {VpcId: !ImportValue self-vpc, CidrBlock: 10.0.0.0/24}
        Outputs:
          V: {Value: !Ref Vpc, Export: {Name: self-vpc}}
        """);
    assertThat(element(r, "t.yaml#Subnet", Subnet.class).vpc().isUnknown()).isTrue();
  }

  // ---- resource conditions ------------------------------------------------------------------

  private static final String CONDITIONAL = """
      Parameters:
        Env: {Type: String, Default: prod}
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
        IsDev: !Not [!Condition IsProd]
        InUsEast: !Equals [!Ref 'AWS::Region', us-east-1]
      Resources:
        ProdVpc:
          Type: AWS::EC2::VPC
          Condition: IsProd
          Properties: {CidrBlock: 10.1.0.0/16}
        DevVpc:
          Type: AWS::EC2::VPC
          Condition: IsDev
          Properties: {CidrBlock: 10.2.0.0/16}
        UsVpc:
          Type: AWS::EC2::VPC
          Condition: InUsEast
          Properties: {CidrBlock: 10.3.0.0/16}
      """;

  @Test
  void resourcesWhoseConditionIsFalseAreLeftOut() {
    assertThat(loadText(CONDITIONAL).elements()).extracting(Element::name)
        .containsExactly("ProdVpc", "UsVpc");
    assertThat(loadText(Optional.of("eu-west-1"), CONDITIONAL).elements())
        .extracting(Element::name).containsExactly("ProdVpc");
    assertThat(loadText(Optional.of("us-east-1"), CONDITIONAL).elements())
        .extracting(Element::name).containsExactly("ProdVpc", "UsVpc");
  }

  // ---- positions ----------------------------------------------------------------------------

  @Test
  void elementsArePlacedAtTheirLogicalIdInYaml() {
    LoadResult r = loadText("""
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:

          Vpc:
            Type: AWS::EC2::VPC
            Properties: {CidrBlock: 10.0.0.0/16}
        """);
    Vpc vpc = element(r, "t.yaml#Vpc", Vpc.class);
    assertThat(vpc.source().file()).isEqualTo("t.yaml");
    assertThat(vpc.source().line()).isEqualTo(4);
    assertThat(vpc.source().column()).isEqualTo(3);
    assertThat(vpc.source().resource()).isEqualTo("Vpc");
    assertThat(vpc.name()).isEqualTo("Vpc");
  }

  @Test
  void elementsArePlacedAtTheirLogicalIdInJson() {
    LoadResult r = Templates.load("transit.json");
    Vpc vpc = element(r, "transit.json#Vpc", Vpc.class);
    assertThat(vpc.source().line()).isEqualTo(8);
    assertThat(vpc.source().column()).isEqualTo(5);
  }

  // ---- diagnostics --------------------------------------------------------------------------

  @Test
  void unresolvedReferencesAreErrorsAtTheReference() {
    LoadResult r = loadText("""
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: !Ref MissingCidr
          Subnet:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !GetAtt NoSuchVpc.VpcId
              CidrBlock: !Sub '${Nope}.0/24'
              Tags:
                - {Key: Name, Value: !Sub ['${X}-${Vpc}', {X: !Ref AWS::StackName}]}
        """);
    assertThat(r.diagnostics()).extracting(Diagnostic::level).containsOnly(Level.ERROR);
    assertThat(r.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.message())
        .containsExactly("5:18 unresolved reference 'MissingCidr'",
            "9:14 unresolved reference 'NoSuchVpc'",
            "10:18 unresolved reference 'Nope'");
    assertThat(element(r, "t.yaml#Vpc", Vpc.class).cidr())
        .isEqualTo(Value.unknown("unresolved reference 'MissingCidr'"));
  }

  @Test
  void unresolvedReferenceInJsonPointsAtTheName() {
    LoadResult r = CfnLoader.load(List.of(Templates.parse("t.json", """
        {"Resources": {
          "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": {"Ref": "Gone"}}}}}
        """)), LoadOptions.defaults());
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo("t.json");
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.column()).isEqualTo(72);
      assertThat(d.message()).isEqualTo("unresolved reference 'Gone'");
    });
  }

  @Test
  void unresolvedConditionsAndDependsOnAreErrors() {
    LoadResult r = loadText("""
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Condition: Missing
            DependsOn: [Ghost]
            Properties: {CidrBlock: !If [AlsoMissing, 10.0.0.0/16, 10.1.0.0/16]}
        """);
    assertThat(messages(r)).containsExactly("unresolved condition 'Missing'",
        "unresolved reference 'Ghost'", "unresolved condition 'AlsoMissing'");
    assertThat(r.elements()).hasSize(1);
  }

  @Test
  void templatesWithoutResourcesAreErrors() {
    LoadResult missing = loadText("Description: nothing here\n");
    assertThat(missing.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.level()).isEqualTo(Level.ERROR);
      assertThat(d.message()).isEqualTo("template has no 'Resources' section");
    });
    LoadResult notMap = loadText("Resources: [a, b]\n");
    assertThat(notMap.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.level()).isEqualTo(Level.ERROR);
      assertThat(d.message()).isEqualTo("'Resources' is not a mapping");
      assertThat(d.line()).isEqualTo(1);
    });
    assertThat(notMap.elements()).isEmpty();
  }

  @Test
  void macrosThatCannotBeExpandedAreWarnings() {
    LoadResult r = loadText("""
        Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31, AWS::Include, MyMacro]
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
              Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://b/k}}
        """);
    assertThat(r.diagnostics()).extracting(Diagnostic::level).containsOnly(Level.WARNING);
    assertThat(messages(r)).containsExactly(
        "Transform 'AWS::Include' cannot be expanded offline; the model may be incomplete",
        "Transform 'MyMacro' cannot be expanded offline; the model may be incomplete",
        "Fn::Transform macro 'AWS::Include' cannot be expanded offline; the model may be incomplete");
  }

  @Test
  void samAndLanguageExtensionsAloneAreFine() {
    LoadResult r = loadText("""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties: {Handler: x, Runtime: python3.12, CodeUri: .}
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: !Sub 'role ${FnRole} of ${Fn}'
        """);
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void forEachIsNotExpandedAndSaysSo() {
    LoadResult r = loadText("""
        Transform: AWS::LanguageExtensions
        Resources:
          Fn::ForEach::Subnets:
            - Name
            - [A, B]
            - Subnet${Name}:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: vpc-1, CidrBlock: 10.0.0.0/24}
          Table:
            Type: AWS::EC2::RouteTable
            Properties: {VpcId: !Ref SubnetA}
        """);
    assertThat(r.diagnostics()).extracting(Diagnostic::level).containsOnly(Level.WARNING);
    assertThat(messages(r)).anySatisfy(m -> assertThat(m).contains("Fn::ForEach::Subnets"));
    assertThat(messages(r)).anySatisfy(m -> assertThat(m).contains("'SubnetA'"));
    assertThat(r.elements()).extracting(Element::name).containsExactly("Table");
  }

  @Test
  void unresolvedNamesInTemplatesWithMacrosAreOnlyWarnings() {
    LoadResult r = loadText("""
        Transform: MyMacro
        Resources:
          Table:
            Type: AWS::EC2::RouteTable
            Properties: {VpcId: !Ref MadeByMacro}
        """);
    assertThat(r.diagnostics()).extracting(Diagnostic::level).containsOnly(Level.WARNING);
    assertThat(messages(r)).contains(
        "unresolved reference 'MadeByMacro' (Fn::ForEach or a macro may create it)");
  }

  @Test
  void duplicateExportsAndSelfReferringConditionsAreWarnings() {
    String exporter = """
        Resources:
          Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
        Outputs:
          V: {Value: !Ref Vpc, Export: {Name: shared-vpc}}
        """;
    LoadResult r = CfnLoader.load(List.of(Templates.parse("a.yaml", exporter),
        Templates.parse("b.yaml", exporter)), LoadOptions.defaults());
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo("b.yaml");
      assertThat(d.message()).startsWith("export name 'shared-vpc' is also exported by a.yaml");
    });
    LoadResult loop = loadText("""
        Conditions:
          A: !Not [!Condition B]
          B: !Not [!Condition A]
        Resources:
          Vpc: {Type: AWS::EC2::VPC, Condition: A, Properties: {CidrBlock: 10.0.0.0/16}}
        """);
    assertThat(messages(loop)).anySatisfy(m -> assertThat(m).contains("refers to itself"));
    assertThat(loop.elements()).hasSize(1);
  }

  @Test
  void emptyOrMalformedPropertiesSections() {
    assertThat(loadText("Resources:\n  Igw:\n    Type: AWS::EC2::InternetGateway\n"
        + "    Properties:\n").diagnostics()).isEmpty();
    assertThat(messages(loadText("Resources: {Vpc: {Type: AWS::EC2::VPC, Properties: [1]}}")))
        .containsExactly("the 'Properties' of 'Vpc' are not a mapping; they are ignored");
  }

  @Test
  void malformedValuesBecomeUnknownWithAWarning() {
    LoadResult r = loadText("""
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties: {CidrBlock: 10.0.0.0/33}
          Subnet:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              CidrBlock: !Select [4, !Cidr [10.0.0.0/16, 4, 8]]
          Vgw:
            Type: AWS::EC2::VPNGateway
            Properties: {Type: ipsec.1, AmazonSideAsn: lots}
        """);
    assertThat(r.diagnostics()).extracting(Diagnostic::level).containsOnly(Level.WARNING);
    assertThat(r.diagnostics()).extracting(d -> d.line() + " " + d.message()).containsExactly(
        "4 '10.0.0.0/33' is not a CIDR",
        "9 Fn::Select index 4 is out of range for a list of 4; the value is unknown",
        "12 'lots' is not a number");
    assertThat(element(r, "t.yaml#Vpc", Vpc.class).cidr())
        .isEqualTo(Value.unknown("'10.0.0.0/33' is not a CIDR"));
    assertThat(element(r, "t.yaml#Subnet", Subnet.class).cidr().isUnknown()).isTrue();
  }

  @Test
  void oddConstructsNeverThrow() {
    String[] templates = {
        "Resources: {A: {Type: AWS::EC2::VPC, Properties: [1, 2]}}",
        "Resources: {A: {Type: AWS::EC2::Subnet, Properties: {VpcId: {a: 1, b: 2}, CidrBlock: [x]}}}",
        "Resources: {A: {Type: AWS::EC2::Route, Properties: {GatewayId: !Select [x], "
            + "DestinationCidrBlock: !If [c]}}}",
        "Resources: {A: {Type: AWS::EC2::VPC, Properties: {CidrBlock: !GetAtt [1, 2, 3]}}}",
        "Resources: {A: {Type: AWS::EC2::VPC, Properties: !If [C, {CidrBlock: 10.0.0.0/8}, {}]}}",
        "Resources: {A: {Type: AWS::EC2::VPC, Properties: {CidrBlock: !Ref A}}}",
        "Resources: {A: {Type: AWS::EC2::VPC}, B: {Properties: {}}, C: 5}",
        "Resources: {A: {Type: AWS::EC2::VPNConnection, Properties: "
            + "{VpnTunnelOptionsSpecifications: [5, {TunnelInsideCidr: [1]}]}}}",
        "Conditions: {C: !Equals [!Ref P, x], D: {Condition: D}}\n"
            + "Parameters: {P: {Type: String}}\n"
            + "Resources: {A: {Type: AWS::EC2::VPC, Condition: D, Properties: "
            + "{CidrBlock: !If [C, !FindInMap [M, a, b], !Sub [1, 2, 3]]}}}",
        "Resources: {A: {Type: AWS::EC2::Subnet, Properties: {CidrBlock: !Cidr [!Ref A, -1, 99], "
            + "AvailabilityZone: !Select [-1, !GetAZs 5]}}}",
        "Resources: {A: {Type: AWS::CloudFormation::Stack, Properties: {Parameters: [1]}}}",
        "Resources: {A: {Type: AWS::EC2::SecurityGroup, Properties: {SecurityGroupIngress: !Ref A}}}",
    };
    for (String t : templates) {
      assertThatCode(() -> loadText(t)).as(t).doesNotThrowAnyException();
    }
    LoadResult bad = loadText(templates[6]);
    assertThat(bad.diagnostics()).extracting(Diagnostic::level).containsOnly(Level.ERROR);
    assertThat(bad.elements()).extracting(Element::name).containsExactly("A");
  }

  @Test
  void routesWithSeveralTargetsBehindAnUnknownConditionHaveAnUnknownTarget() {
    LoadResult r = loadText("""
        Conditions:
          Gov: !Equals [!Ref 'AWS::Region', us-gov-west-1]
        Resources:
          Nat: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: subnet-1}}
          Box: {Type: AWS::EC2::Instance, Properties: {ImageId: ami-1}}
          R:
            Type: AWS::EC2::Route
            Properties:
              RouteTableId: rtb-1
              DestinationCidrBlock: 0.0.0.0/0
              NatGatewayId: !If [Gov, !Ref 'AWS::NoValue', !Ref Nat]
              InstanceId: !If [Gov, !Ref Box, !Ref 'AWS::NoValue']
        """);
    RouteTarget unknown = element(r, "t.yaml#R", Route.class).target();
    assertThat(unknown.kind()).isEqualTo(RouteTarget.Kind.UNKNOWN);
    assertThat(unknown.target().isUnknown()).isTrue();
    RouteTarget known = element(loadText(Optional.of("us-east-1"), """
        Conditions:
          Gov: !Equals [!Ref 'AWS::Region', us-gov-west-1]
        Resources:
          Nat: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: subnet-1}}
          R:
            Type: AWS::EC2::Route
            Properties:
              RouteTableId: rtb-1
              DestinationCidrBlock: 0.0.0.0/0
              NatGatewayId: !If [Gov, !Ref 'AWS::NoValue', !Ref Nat]
              InstanceId: !If [Gov, i-123, !Ref 'AWS::NoValue']
        """), "t.yaml#R", Route.class).target();
    assertThat(known).isEqualTo(new RouteTarget(RouteTarget.Kind.NAT_GATEWAY, Ref.toKey("t.yaml#Nat")));
  }

  @Test
  void literalIdsBecomeAwsIdLinks() {
    LoadResult r = loadText("""
        Parameters:
          VpcId: {Type: 'AWS::EC2::VPC::Id', Default: vpc-123}
        Resources:
          A: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref VpcId, CidrBlock: 10.0.0.0/24}}
          B: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-0abc, CidrBlock: 10.0.1.0/24}}
        """);
    assertThat(element(r, "t.yaml#A", Subnet.class).vpc()).isEqualTo(Ref.toAwsId("vpc-123"));
    assertThat(element(r, "t.yaml#B", Subnet.class).vpc()).isEqualTo(Ref.toAwsId("vpc-0abc"));
  }
}
