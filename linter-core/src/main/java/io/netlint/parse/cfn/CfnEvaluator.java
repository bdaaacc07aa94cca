package io.netlint.parse.cfn;

import io.netlint.parse.cfn.CfnValue.Lst;
import io.netlint.parse.cfn.CfnValue.NoValue;
import io.netlint.parse.cfn.CfnValue.Obj;
import io.netlint.parse.cfn.CfnValue.ResRef;
import io.netlint.parse.cfn.CfnValue.Str;
import io.netlint.parse.cfn.CfnValue.Symbolic;
import io.netlint.parse.cfn.CfnValue.Unknown;
import io.netlint.parse.tree.ListNode;
import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the intrinsic functions of one template. Every node is evaluated at most once (results
 * are memoised by node), as are parameters and conditions. Unresolved names are not reported here
 * ({@link ReferenceCheck} does that once per occurrence); malformed function arguments are.
 */
final class CfnEvaluator {

  static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs",
      "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName",
      "AWS::URLSuffix");

  static final String NO_REGION = "stack region not given (--region)";

  /** {@code Fn::GetAtt} attributes that read a property of the resource as written. */
  private static final Map<String, Set<String>> PASS_THROUGH = Map.of(
      "AWS::EC2::VPC", Set.of("CidrBlock"),
      "AWS::EC2::Subnet", Set.of("CidrBlock", "AvailabilityZone", "AvailabilityZoneId", "VpcId"),
      "AWS::EC2::SecurityGroup", Set.of("VpcId"));

  private static final Set<String> VIF_IDS = Set.of("VirtualInterfaceId", "VirtualInterfaceArn");

  /** Attributes that return the resource's own ID without following the {@code <Type>Id} form. */
  private static final Map<String, Set<String>> IDENTITY = Map.of(
      "AWS::EC2::SecurityGroup", Set.of("GroupId"),
      "AWS::EC2::TransitGatewayPeeringAttachment", Set.of("TransitGatewayAttachmentId"),
      "AWS::EC2::VPCEndpointService", Set.of("ServiceId"),
      "AWS::EC2::EIP", Set.of("AllocationId"),
      "AWS::DirectConnect::PrivateVirtualInterface", VIF_IDS,
      "AWS::DirectConnect::TransitVirtualInterface", VIF_IDS,
      "AWS::DirectConnect::PublicVirtualInterface", VIF_IDS);

  private final CfnTemplate template;
  private final Optional<String> region;
  private final Diagnostics diags;
  private final TextFunctions text = new TextFunctions(this);
  private final ListFunctions lists = new ListFunctions(this);
  private final Conditions conditions = new Conditions(this);
  private ExportIndex exports;

  private final Map<Node, CfnValue> memo = new IdentityHashMap<>();
  private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<String, CfnValue> parameters = new HashMap<>();

  CfnEvaluator(CfnTemplate template, Optional<String> region, Diagnostics diags) {
    this.template = template;
    this.region = region;
    this.diags = diags;
  }

  void useExports(ExportIndex exports) { this.exports = exports; }

  CfnTemplate template() { return template; }

  Diagnostics diagnostics() { return diags; }

  Optional<String> region() { return region; }

  String keyOf(String logicalId) { return template.file + "#" + logicalId; }

  // ---- entry points -------------------------------------------------------------------------

  /** The value of a node; null evaluates to {@link NoValue}. Never throws. */
  CfnValue eval(Node n) {
    if (n == null) return NoValue.INSTANCE;
    CfnValue done = memo.get(n);
    if (done != null) return done;
    if (!inProgress.add(n)) return new Unknown("the value refers to itself");
    CfnValue v;
    try {
      v = compute(n);
    } catch (RuntimeException e) {
      diags.warning(n, "cannot evaluate this value (" + e + "); it is treated as unknown");
      v = new Unknown("cannot evaluate the value");
    } finally {
      inProgress.remove(n);
    }
    memo.put(n, v);
    return v;
  }

  Condition condition(String name) { return conditions.named(name); }

  /** The value of a {@code Condition} attribute (a condition name). */
  Condition conditionOf(Node nameNode) {
    if (nameNode instanceof ScalarNode s && !s.isNull()) return condition(s.text());
    return Condition.unknown("the condition is not given as a name");
  }

  /** False only when the resource's condition is definitely false. */
  boolean isActive(CfnResource r) {
    return r.condition() == null || !conditionOf(r.condition()).isFalse();
  }

  /** A property of a resource of this template as written (evaluated); NoValue when not set. */
  CfnValue resourceProperty(String logicalId, String property) {
    CfnResource r = template.resources.get(logicalId);
    if (r == null || r.properties() == null) return NoValue.INSTANCE;
    if (isLiteralMap(r.properties())) return eval(((MapNode) r.properties()).get(property));
    CfnValue all = eval(r.properties());
    if (all instanceof Obj o) return o.entries().getOrDefault(property, NoValue.INSTANCE);
    return all instanceof Unknown ? all : NoValue.INSTANCE;
  }

  /** Resources a node names through Ref, GetAtt, Sub or an import, in order of appearance. */
  List<ResRef> mentionedResources(Node n) { return Mentions.in(n, this); }

  // ---- evaluation ---------------------------------------------------------------------------

  private CfnValue compute(Node n) {
    if (n instanceof ScalarNode s) return s.isNull() ? NoValue.INSTANCE : Str.of(s.text());
    if (n instanceof ListNode l) {
      List<CfnValue> items = new ArrayList<>();
      for (Node item : l.items()) {
        CfnValue v = eval(item);
        if (v != NoValue.INSTANCE) items.add(v);
      }
      return new Lst(l, items);
    }
    MapNode m = (MapNode) n;
    String fn = m.singleKey();
    if (fn != null && isIntrinsic(fn)) return intrinsic(fn, m.get(fn), m);
    Map<String, CfnValue> entries = new LinkedHashMap<>();
    for (MapNode.Entry e : m.entries().values()) {
      // macro and loop output is not known offline
      if (e.key().equals("Fn::Transform") || e.key().startsWith("Fn::ForEach::")) continue;
      CfnValue v = eval(e.value());
      if (v != NoValue.INSTANCE) entries.put(e.key(), v);
    }
    return new Obj(m, entries);
  }

  static boolean isIntrinsic(String key) {
    return key.equals("Ref") || key.startsWith("Fn::") && !key.startsWith("Fn::ForEach::");
  }

  static boolean isLiteralMap(Node n) {
    return n instanceof MapNode m && (m.singleKey() == null || !isIntrinsic(m.singleKey()));
  }

  private CfnValue intrinsic(String fn, Node arg, MapNode at) {
    return switch (fn) {
      case "Ref" -> ref(arg, at);
      case "Fn::GetAtt" -> getAtt(arg, at);
      case "Fn::Sub" -> text.sub(arg, at);
      case "Fn::Join" -> text.join(arg, at);
      case "Fn::Split" -> text.split(arg, at);
      case "Fn::Select" -> lists.select(arg, at);
      case "Fn::Cidr" -> lists.cidr(arg, at);
      case "Fn::GetAZs" -> lists.getAzs(arg);
      case "Fn::FindInMap" -> lists.findInMap(arg, at);
      case "Fn::Length" -> lists.length(arg);
      case "Fn::If" -> ifFn(arg, at);
      case "Fn::ImportValue" -> importValue(arg);
      case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not" -> {
        Condition c = conditions.expression(at);
        yield c.isUnknown() ? new Unknown(c.reason()) : Str.of(String.valueOf(c.isTrue()));
      }
      case "Fn::Base64" -> new Unknown("a Base64-encoded value is not modelled");
      case "Fn::ToJsonString" -> new Unknown("a JSON-encoded value is not modelled");
      case "Fn::Transform" -> new Unknown("the value is produced by a macro at deployment");
      case "Fn::GetStackOutput" -> new Unknown("Fn::GetStackOutput is resolved at deployment");
      default -> {
        diags.warning(at, "unsupported intrinsic function '" + fn + "'; the value is unknown");
        yield new Unknown("unsupported intrinsic function '" + fn + "'");
      }
    };
  }

  // Ref, pseudo parameters and parameters

  private CfnValue ref(Node arg, Node at) {
    String name = name(arg);
    if (name == null) return malformed(at, "Ref needs the name of a parameter or resource");
    return byName(name);
  }

  /** What {@code Ref name} gives: a pseudo parameter, a parameter's value or an edge. */
  CfnValue byName(String name) {
    if (PSEUDO_PARAMETERS.contains(name)) return pseudo(name);
    if (template.parameters.containsKey(name)) return parameter(name);
    CfnResource r = template.resources.get(name);
    if (r != null) return new ResRef(keyOf(name), name, r.type(), null);
    return new Unknown("unresolved reference '" + name + "'");
  }

  private CfnValue pseudo(String name) {
    return switch (name) {
      case "AWS::NoValue" -> NoValue.INSTANCE;
      case "AWS::Region" -> region.<CfnValue>map(Str::of)
          .orElseGet(() -> new Symbolic("${AWS::Region}", NO_REGION));
      case "AWS::Partition" -> region.<CfnValue>map(r -> Str.of(partition(r)))
          .orElseGet(() -> new Symbolic("${AWS::Partition}", "the partition depends on the "
              + NO_REGION));
      case "AWS::URLSuffix" -> region.<CfnValue>map(
              r -> Str.of(r.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com"))
          .orElseGet(() -> new Symbolic("${AWS::URLSuffix}", "the URL suffix depends on the "
              + NO_REGION));
      case "AWS::AccountId" -> new Symbolic("${AWS::AccountId}",
          "the account ID is known only at deployment");
      case "AWS::StackName" -> new Symbolic("${AWS::StackName}",
          "the stack name is known only at deployment");
      case "AWS::StackId" -> new Symbolic("${AWS::StackId}",
          "the stack ID is known only at deployment");
      default -> new Unknown(name + " is known only at deployment");
    };
  }

  private static String partition(String region) {
    if (region.startsWith("cn-")) return "aws-cn";
    if (region.startsWith("us-gov-")) return "aws-us-gov";
    return "aws";
  }

  private CfnValue parameter(String name) {
    CfnValue v = parameters.get(name);
    if (v == null) {
      v = computeParameter(name);
      parameters.put(name, v);
    }
    return v;
  }

  private CfnValue computeParameter(String name) {
    Node decl = template.parameters.get(name).value();
    if (!(decl instanceof MapNode m)) return new Unknown("parameter '" + name + "' is malformed");
    String type = m.text("Type") == null ? "String" : m.text("Type").trim();
    if (type.startsWith("AWS::SSM::Parameter::Value<")) {
      return new Unknown("parameter '" + name + "' is read from SSM Parameter Store at deployment");
    }
    Node dflt = m.get("Default");
    if (dflt == null || dflt instanceof ScalarNode s && s.isNull()) {
      return new Unknown("parameter '" + name + "' has no default");
    }
    boolean list = type.equals("CommaDelimitedList") || type.startsWith("List<");
    if (list && dflt instanceof ScalarNode s) {
      List<CfnValue> items = new ArrayList<>();
      if (!s.text().isBlank()) {
        for (String part : s.text().split(",", -1)) items.add(Str.of(part.trim()));
      }
      return new Lst(s, items);
    }
    return eval(dflt);
  }

  // Fn::GetAtt

  private CfnValue getAtt(Node arg, Node at) {
    String res;
    String attr;
    if (arg instanceof ScalarNode s && !s.isNull() && s.text().indexOf('.') > 0) {
      res = s.text().substring(0, s.text().indexOf('.'));
      attr = s.text().substring(s.text().indexOf('.') + 1);
    } else if (arg instanceof ListNode l && l.size() == 2) {
      res = name(l.get(0));
      attr = name(l.get(1));
    } else {
      return malformed(at, "Fn::GetAtt needs [LogicalId, Attribute] or 'LogicalId.Attribute'");
    }
    if (res == null || attr == null) return new Unknown("the Fn::GetAtt arguments are not known");
    return attribute(res, attr);
  }

  /**
   * An attribute: the resource's property as written for a few (a VPC's CidrBlock, so that
   * {@code Fn::Cidr} can use it), an edge for ID attributes, unknown for the rest.
   */
  CfnValue attribute(String res, String attr) {
    CfnResource r = template.resources.get(res);
    if (r == null) return new Unknown("unresolved reference '" + res + "'");
    if (PASS_THROUGH.getOrDefault(r.type(), Set.of()).contains(attr)) {
      CfnValue v = resourceProperty(res, attr);
      return v == NoValue.INSTANCE
          ? new Unknown("'" + res + "." + attr + "' is assigned at deployment") : v;
    }
    if (isIdentity(r.type(), attr)) return new ResRef(keyOf(res), res, r.type(), attr);
    return new Unknown("'" + res + "." + attr + "' is known only after deployment");
  }

  private static boolean isIdentity(String type, String attr) {
    if (attr.equals("Id") || attr.equals("Arn")) return true;
    String simple = type.substring(type.lastIndexOf(':') + 1);
    return attr.equalsIgnoreCase(simple + "Id") || attr.equalsIgnoreCase(simple + "Arn")
        || IDENTITY.getOrDefault(type, Set.of()).contains(attr);
  }

  // Fn::If, Fn::ImportValue

  private CfnValue ifFn(Node arg, Node at) {
    List<Node> a = args(arg, 3, 3);
    String name = a == null ? null : name(a.get(0));
    if (name == null) {
      return malformed(at, "Fn::If needs [ConditionName, valueIfTrue, valueIfFalse]");
    }
    Condition c = condition(name);
    if (c.isTrue()) return eval(a.get(1));
    if (c.isFalse()) return eval(a.get(2));
    CfnValue yes = eval(a.get(1));
    CfnValue no = eval(a.get(2));
    if (yes.equals(no)) return yes;
    return new Unknown("depends on condition '" + name + "', which is unknown: " + c.reason());
  }

  /** The output value of the export, evaluated in the template that declares it. */
  private CfnValue importValue(Node arg) {
    CfnValue name = eval(arg);
    if (!(name instanceof Str s) || s.symbolic()) return new Unknown(CfnValue.reasonOf(name));
    if (exports == null) return new Unknown("Fn::ImportValue cannot be resolved here");
    Optional<ExportIndex.Export> export = exports.lookup(s.text(), this);
    if (export.isEmpty()) return new Unknown("no export named '" + s.text() + "' among the inputs");
    return export.get().owner().eval(export.get().value());
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** A name written as a string, or given by an intrinsic that evaluates to one. */
  private String name(Node n) {
    if (n instanceof ScalarNode s) return s.isNull() ? null : s.text();
    CfnValue v = eval(n);
    return v instanceof Str s && !s.symbolic() ? s.text() : null;
  }

  /** The argument list of a function, or null when it does not have min..max items. */
  static List<Node> args(Node arg, int min, int max) {
    if (!(arg instanceof ListNode l) || l.size() < min || l.size() > max) return null;
    return l.items();
  }

  /** Warns about a malformed function and gives its (unknown) value. */
  CfnValue malformed(Node at, String message) {
    diags.warning(at, message + "; the value is unknown");
    return new Unknown(message);
  }

  static Integer parseInt(String text) {
    try {
      String t = text.trim();
      return Integer.parseInt(t.endsWith(".0") ? t.substring(0, t.length() - 2) : t);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
