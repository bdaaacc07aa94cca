package io.netlint.parse.cfn;

import java.util.ArrayList;
import java.util.List;

/** The parts of an {@code Fn::Sub} string: literal text and {@code ${Name}} variables. */
final class SubTemplate {

  sealed interface Part permits Text, Var {}

  record Text(String text) implements Part {}

  /** {@code ${Name}} or {@code ${Resource.Attribute}}. */
  record Var(String name) implements Part {}

  private SubTemplate() {}

  static List<Part> parse(String s) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int open = s.indexOf("${", i);
      int close = open < 0 ? -1 : s.indexOf('}', open + 2);
      if (close < 0) {
        text.append(s, i, s.length());
        break;
      }
      text.append(s, i, open);
      String inner = s.substring(open + 2, close);
      if (inner.startsWith("!")) {
        // ${!Literal} is written out as ${Literal}
        text.append("${").append(inner, 1, inner.length()).append('}');
      } else {
        if (text.length() > 0) parts.add(new Text(text.toString()));
        text.setLength(0);
        parts.add(new Var(inner.trim()));
      }
      i = close + 1;
    }
    if (text.length() > 0) parts.add(new Text(text.toString()));
    return parts;
  }
}
