package io.netlint.parse.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.parse.Diagnostic;
import io.netlint.parse.cfn.CfnValue.AzList;
import io.netlint.parse.cfn.CfnValue.Lst;
import io.netlint.parse.cfn.CfnValue.NoValue;
import io.netlint.parse.cfn.CfnValue.ResRef;
import io.netlint.parse.cfn.CfnValue.Str;
import io.netlint.parse.cfn.CfnValue.Unknown;
import io.netlint.parse.tree.MapNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each intrinsic function, evaluated on its own (JSON long form and YAML short form). */
class IntrinsicsTest {

  private static final String HEADER = """
      Parameters:
        VpcCidr: {Type: String, Default: 10.20.0.0/16}
        NoDefault: {Type: String}
        SsmCidr: {Type: 'AWS::SSM::Parameter::Value<String>', Default: /net/cidr}
        Env: {Type: String, Default: prod}
        Subnets: {Type: CommaDelimitedList, Default: 'subnet-a, subnet-b'}
        Asn: {Type: Number, Default: 65010}
      Mappings:
        Net:
          prod: {Cidr: 10.30.0.0/16}
          dev: {Cidr: 10.40.0.0/16}
        ByRegion:
          us-east-1: {Az: use1-az1, Size: '24'}
          eu-west-1: {Az: euw1-az1, Size: '24'}
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
        IsDev: !Not [!Condition IsProd]
        InUsEast: !Equals [!Ref 'AWS::Region', us-east-1]
        ProdAndUs: !And [!Condition IsProd, !Condition InUsEast]
        ProdOrUs: !Or [!Condition IsProd, !Condition InUsEast]
        DevAndUs: !And [!Condition IsDev, !Condition InUsEast]
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties: {CidrBlock: !Ref VpcCidr}
        Sg:
          Type: AWS::EC2::SecurityGroup
          Properties: {GroupDescription: x, VpcId: !Ref Vpc}
        Topic:
          Type: AWS::SNS::Topic
        R:
          Type: Custom::Probe
          Properties:
            V: %s
      """;

  private static Result eval(String expr) { return eval(expr, Optional.empty()); }

  private record Result(CfnValue value, List<Diagnostic> diagnostics) {}

  private static Result eval(String expr, Optional<String> region) {
    Diagnostics d = new Diagnostics("t.yaml");
    CfnTemplate t = CfnTemplate.read(Templates.parse("t.yaml", HEADER.formatted(expr)), d)
        .orElseThrow();
    CfnEvaluator ev = new CfnEvaluator(t, region, d);
    ev.useExports(ExportIndex.build(List.of(ev)));
    CfnValue v = ev.eval(((MapNode) t.resources.get("R").properties()).get("V"));
    return new Result(v, d.all());
  }

  private static String text(String expr) { return text(expr, Optional.empty()); }

  private static String text(String expr, Optional<String> region) {
    CfnValue v = eval(expr, region).value();
    assertThat(v).as(expr).isInstanceOf(Str.class);
    return ((Str) v).text();
  }

  private static String unknownReason(String expr) {
    CfnValue v = eval(expr).value();
    assertThat(v).as(expr).isInstanceOf(Unknown.class);
    return ((Unknown) v).reason();
  }

  // Ref

  @Test
  void refToAParameterIsItsDefault() {
    assertThat(text("!Ref VpcCidr")).isEqualTo("10.20.0.0/16");
    assertThat(text("{Ref: Asn}")).isEqualTo("65010");
  }

  @Test
  void refToAParameterWithoutDefaultIsUnknown() {
    assertThat(unknownReason("!Ref NoDefault")).isEqualTo("parameter 'NoDefault' has no default");
  }

  @Test
  void ssmParametersAreUnknownEvenWithADefault() {
    assertThat(unknownReason("!Ref SsmCidr")).contains("SSM");
  }

  @Test
  void refToAListParameterIsAList() {
    CfnValue v = eval("!Ref Subnets").value();
    assertThat(v).isEqualTo(new Lst(null, List.of(Str.of("subnet-a"), Str.of("subnet-b"))));
  }

  @Test
  void refToAResourceIsAnEdge() {
    assertThat(eval("!Ref Vpc").value())
        .isEqualTo(new ResRef("t.yaml#Vpc", "Vpc", "AWS::EC2::VPC", null));
  }

  @Test
  void regionIsKnownOnlyWhenGiven() {
    assertThat(eval("!Ref 'AWS::Region'").value()).isInstanceOf(CfnValue.Symbolic.class);
    assertThat(CfnValue.reasonOf(eval("!Ref 'AWS::Region'").value()))
        .isEqualTo("stack region not given (--region)");
    assertThat(text("!Ref 'AWS::Region'", Optional.of("eu-west-1"))).isEqualTo("eu-west-1");
    assertThat(text("!Ref 'AWS::Partition'", Optional.of("cn-north-1"))).isEqualTo("aws-cn");
  }

  @Test
  void otherPseudoParametersAreUnknown() {
    assertThat(CfnValue.reasonOf(eval("!Ref 'AWS::AccountId'").value())).contains("account ID");
    assertThat(eval("!Ref 'AWS::NotificationARNs'").value()).isInstanceOf(Unknown.class);
  }

  @Test
  void noValueRemovesTheProperty() {
    assertThat(eval("!Ref 'AWS::NoValue'").value()).isEqualTo(NoValue.INSTANCE);
    assertThat(eval("[a, !Ref 'AWS::NoValue', b]").value())
        .isEqualTo(new Lst(null, List.of(Str.of("a"), Str.of("b"))));
  }

  @Test
  void unresolvedNamesAreUnknown() {
    assertThat(unknownReason("!Ref Nope")).isEqualTo("unresolved reference 'Nope'");
  }

  // Fn::GetAtt

  @Test
  void getAttOfAVpcCidrBlockIsTheVpcsCidr() {
    assertThat(text("!GetAtt Vpc.CidrBlock")).isEqualTo("10.20.0.0/16");
    assertThat(text("{'Fn::GetAtt': [Vpc, CidrBlock]}")).isEqualTo("10.20.0.0/16");
    assertThat(text("{'Fn::GetAtt': Vpc.CidrBlock}")).isEqualTo("10.20.0.0/16");
    assertThat(text("!GetAtt [Vpc, CidrBlock]")).isEqualTo("10.20.0.0/16");
  }

  @Test
  void getAttOfAnIdAttributeIsAnEdge() {
    assertThat(eval("!GetAtt Vpc.VpcId").value()).isInstanceOf(ResRef.class);
    assertThat(((ResRef) eval("!GetAtt Sg.GroupId").value()).key()).isEqualTo("t.yaml#Sg");
    // a security group's VpcId is the VPC it belongs to, read from its properties
    assertThat(((ResRef) eval("!GetAtt Sg.VpcId").value()).key()).isEqualTo("t.yaml#Vpc");
  }

  @Test
  void otherAttributesAreUnknown() {
    assertThat(unknownReason("!GetAtt Vpc.DefaultSecurityGroup"))
        .isEqualTo("'Vpc.DefaultSecurityGroup' is known only after deployment");
  }

  // Fn::Sub

  @Test
  void subReplacesParametersAndKeepsLiterals() {
    assertThat(text("!Sub 'net-${Env}-${!Literal}'")).isEqualTo("net-prod-${Literal}");
    assertThat(text("{'Fn::Sub': ['${A}.${Env}', {A: !Ref VpcCidr}]}"))
        .isEqualTo("10.20.0.0/16.prod");
    assertThat(text("!Sub '${Vpc.CidrBlock}'")).isEqualTo("10.20.0.0/16");
  }

  @Test
  void subKeepsTheRegionTokenWhenTheRegionIsNotGiven() {
    CfnValue v = eval("!Sub com.amazonaws.${AWS::Region}.s3").value();
    assertThat(v).isEqualTo(new Str("com.amazonaws.${AWS::Region}.s3", true));
    assertThat(text("!Sub com.amazonaws.${AWS::Region}.s3", Optional.of("us-west-2")))
        .isEqualTo("com.amazonaws.us-west-2.s3");
  }

  @Test
  void subOfAResourceIdIsUnknown() {
    assertThat(unknownReason("!Sub 'id-${Vpc}'")).contains("'Vpc'");
  }

  // Fn::Join, Fn::Split, Fn::Select

  @Test
  void joinSplitAndSelect() {
    assertThat(text("!Join ['-', [a, !Ref Env, c]]")).isEqualTo("a-prod-c");
    assertThat(text("!Join [',', !Ref Subnets]")).isEqualTo("subnet-a,subnet-b");
    assertThat(text("!Select [1, !Split ['.', 10.20.30.40]]")).isEqualTo("20");
    assertThat(text("!Select ['2', [x, y, z]]")).isEqualTo("z");
    assertThat(text("!Join ['', ['arn:aws:automate:', !Ref 'AWS::Region', ':ec2:recover']]"))
        .isEqualTo("arn:aws:automate:${AWS::Region}:ec2:recover");
  }

  @Test
  void selectOutOfRangeIsUnknownWithAWarning() {
    Result r = eval("!Select [3, [a, b]]");
    assertThat(r.value()).isInstanceOf(Unknown.class);
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.level()).isEqualTo(Diagnostic.Level.WARNING);
      assertThat(d.message()).contains("index 3 is out of range");
    });
  }

  // Fn::Cidr

  @Test
  void cidrFollowsTheDocumentedExample() {
    CfnValue v = eval("!Cidr ['192.168.0.0/24', 6, 5]").value();
    assertThat(v).isEqualTo(new Lst(null, List.of(Str.of("192.168.0.0/27"),
        Str.of("192.168.0.32/27"), Str.of("192.168.0.64/27"), Str.of("192.168.0.96/27"),
        Str.of("192.168.0.128/27"), Str.of("192.168.0.160/27"))));
  }

  @Test
  void cidrTakesStringArgumentsAndTheVpcCidr() {
    assertThat(text("!Select [3, !Cidr [!GetAtt Vpc.CidrBlock, '4', '8']]"))
        .isEqualTo("10.20.3.0/24");
    assertThat(text("!Select [1, {'Fn::Cidr': ['2001:db8::/56', 2, 64]}]"))
        .isEqualTo("2001:db8:0:1::/64");
  }

  @Test
  void cidrCountTooLargeIsUnknownWithAWarning() {
    Result r = eval("!Cidr ['10.0.0.0/24', 5, 6]");
    assertThat(r.value()).isInstanceOf(Unknown.class);
    assertThat(r.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("cannot fit 5 blocks"));
    assertThat(eval("!Cidr ['10.0.0.0/24', 300, 2]").value()).isInstanceOf(Unknown.class);
  }

  @Test
  void cidrOfAnUnknownBlockIsUnknown() {
    assertThat(unknownReason("!Cidr [!Ref NoDefault, 2, 8]"))
        .isEqualTo("parameter 'NoDefault' has no default");
  }

  // Fn::GetAZs

  @Test
  void getAzsGivesSymbolicZones() {
    assertThat(eval("!GetAZs ''").value()).isEqualTo(new AzList(""));
    assertThat(text("!Select [0, !GetAZs '']")).isEqualTo("GetAZs('')[0]");
    assertThat(text("!Select [1, {'Fn::GetAZs': !Ref 'AWS::Region'}]")).isEqualTo("GetAZs('')[1]");
    assertThat(text("!Select [1, !GetAZs '']", Optional.of("eu-west-1")))
        .isEqualTo("GetAZs('eu-west-1')[1]");
    assertThat(unknownReason("!Join [',', !GetAZs '']")).contains("GetAZs");
  }

  // Fn::FindInMap

  @Test
  void findInMapWithKnownAndRegionKeys() {
    assertThat(text("!FindInMap [Net, !Ref Env, Cidr]")).isEqualTo("10.30.0.0/16");
    assertThat(unknownReason("!FindInMap [ByRegion, !Ref 'AWS::Region', Az]"))
        .contains("stack region not given");
    assertThat(text("!FindInMap [ByRegion, !Ref 'AWS::Region', Az]", Optional.of("eu-west-1")))
        .isEqualTo("euw1-az1");
    // every region gives the same value, so the region does not matter
    assertThat(text("!FindInMap [ByRegion, !Ref 'AWS::Region', Size]")).isEqualTo("24");
    assertThat(text("!FindInMap [Net, nope, Cidr, {DefaultValue: 10.99.0.0/16}]"))
        .isEqualTo("10.99.0.0/16");
  }

  // Fn::If and conditions

  @Test
  void ifWithKnownConditions() {
    assertThat(text("!If [IsProd, yes, no]")).isEqualTo("yes");
    assertThat(text("!If [IsDev, yes, no]")).isEqualTo("no");
    assertThat(text("!If [ProdOrUs, yes, no]")).isEqualTo("yes");
    assertThat(text("!If [DevAndUs, yes, no]")).isEqualTo("no");
  }

  @Test
  void ifWithAnUnknownConditionIsUnknownUnlessBothBranchesAgree() {
    assertThat(unknownReason("!If [ProdAndUs, yes, no]"))
        .isEqualTo("depends on condition 'ProdAndUs', which is unknown: "
            + "stack region not given (--region)");
    assertThat(text("!If [InUsEast, same, same]")).isEqualTo("same");
    assertThat(text("!If [InUsEast, yes, no]", Optional.of("us-east-1"))).isEqualTo("yes");
    assertThat(text("!If [InUsEast, yes, no]", Optional.of("eu-west-1"))).isEqualTo("no");
  }

  @Test
  void ifCanRemoveAProperty() {
    assertThat(eval("!If [IsProd, !Ref 'AWS::NoValue', x]").value()).isEqualTo(NoValue.INSTANCE);
  }

  // Fn::ImportValue without other templates, and others

  @Test
  void importWithoutAMatchingExportIsUnknown() {
    assertThat(unknownReason("!ImportValue net-VpcId"))
        .isEqualTo("no export named 'net-VpcId' among the inputs");
  }

  @Test
  void lengthAndUnsupportedFunctions() {
    assertThat(text("{'Fn::Length': [a, b, c]}")).isEqualTo("3");
    Result r = eval("{'Fn::Frobnicate': x}");
    assertThat(r.value()).isInstanceOf(Unknown.class);
    assertThat(r.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("Fn::Frobnicate"));
  }
}
