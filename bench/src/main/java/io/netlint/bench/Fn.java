package io.netlint.bench;

import java.util.List;

/**
 * A CloudFormation intrinsic function in a generated template: written as a short-form tag in
 * YAML ({@code !Ref X}) and as a one-key object in JSON ({@code {"Ref": "X"}}).
 *
 * @param name the long form, such as {@code Ref} or {@code Fn::GetAtt}
 */
record Fn(String name, Object arg) {

  static Fn ref(String logicalId) {
    return new Fn("Ref", logicalId);
  }

  static Fn getAtt(String logicalId, String attribute) {
    return new Fn("Fn::GetAtt", List.of(logicalId, attribute));
  }

  static Fn sub(String text) {
    return new Fn("Fn::Sub", text);
  }

  static Fn importValue(String exportName) {
    return new Fn("Fn::ImportValue", exportName);
  }

  static Fn select(int index, Object list) {
    return new Fn("Fn::Select", List.of(index, list));
  }

  static Fn getAzs() {
    return new Fn("Fn::GetAZs", "");
  }

  static Fn cidr(Object block, int count, int hostBits) {
    return new Fn("Fn::Cidr", List.of(block, count, hostBits));
  }

  static Fn equalsFn(Object a, Object b) {
    return new Fn("Fn::Equals", List.of(a, b));
  }

  /** The YAML tag: {@code Ref} keeps its name, {@code Fn::X} becomes {@code X}. */
  String tag() {
    return name.startsWith("Fn::") ? name.substring(4) : name;
  }
}
