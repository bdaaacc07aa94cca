package io.netlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.model.Cidr;
import io.netlint.model.Element;
import io.netlint.model.ElementMeta;
import io.netlint.model.Network;
import io.netlint.model.Ref;
import io.netlint.model.SourceRef;
import io.netlint.model.Subnet;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiles policy text and runs it over a network built in the test; findings as text. */
final class PolicyRun {
  private PolicyRun() {}

  /** A header to put before a test body. */
  static String policy(String body) {
    return "policy NET950 test-policy\n  severity error\n  summary \"Every VPC is tested\"\n"
        + body;
  }

  /** Runs the one policy of {@code text}: "severity name: message (related: a, b)" lines. */
  static List<String> run(String text, Element... elements) {
    PolicySet set = Policies.compile("test.netpolicy", text);
    assertThat(set.diagnostics()).as("compile errors").isEmpty();
    List<String> out = new ArrayList<>();
    for (RuleDescriptor d : set.rules()) {
      d.rule().check(Network.of(List.of(elements)), context(d, out));
    }
    return out;
  }

  static RuleContext context(RuleDescriptor d, List<String> out) {
    return new RuleContext() {
      @Override
      public void report(Element e, String message, List<? extends Element> related) {
        report(e, e.source(), d.defaultSeverity(), message, related);
      }

      @Override
      public void report(Element e, Severity s, String message, List<? extends Element> related) {
        report(e, e.source(), s, message, related);
      }

      @Override
      public void report(Element e, SourceRef at, Severity s, String message,
          List<? extends Element> related) {
        out.add(s.label() + " " + e.name() + ": " + message + (related.isEmpty() ? ""
            : " (related: " + String.join(", ", related.stream().map(Element::name).toList())
                + ")"));
      }
    };
  }

  // ---- model builders -------------------------------------------------------------------------

  private static int line;

  static ElementMeta meta(String name, String... tags) {
    Map<String, Value<String>> t = new LinkedHashMap<>();
    for (int i = 0; i + 1 < tags.length; i += 2) t.put(tags[i], Value.known(tags[i + 1]));
    return new ElementMeta("t#" + name, "test", new SourceRef("t.yaml", ++line, 3, name),
        Value.absent(), Value.known("eu-west-1"), t);
  }

  static Value<Cidr> cidr(String text) {
    return Value.known(Cidr.of(text));
  }

  static Vpc vpc(String name, String cidr, String... tags) {
    return new Vpc(meta(name, tags), cidr(cidr), Value.absent());
  }

  static Subnet subnet(String name, Element vpc, String cidr, String zone) {
    return new Subnet(meta(name), Ref.toKey(vpc.key()), cidr(cidr), Value.absent(),
        Value.known(zone));
  }

  static Ref ref(Element e) {
    return Ref.toKey(e.key());
  }
}
