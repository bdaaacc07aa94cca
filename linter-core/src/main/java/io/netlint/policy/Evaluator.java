package io.netlint.policy;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.policy.CheckedPolicy.ForRun;
import io.netlint.policy.CheckedPolicy.LetRun;
import io.netlint.policy.CheckedPolicy.Run;
import io.netlint.policy.CheckedPolicy.WhereRun;
import io.netlint.rule.RuleContext;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs one checked policy over a network. Every binding of the {@code for} steps that passes the
 * {@code where} steps gets a verdict in three-valued logic: a violation is reported at the
 * policy's severity; an unknown one passes, fails, or is reported at info as "cannot verify",
 * as the policy says.
 */
final class Evaluator {

  private final CheckedPolicy policy;
  private final RuleContext ctx;
  private final Frame frame;
  /** Reports already made, so that nested bindings do not repeat one. */
  private final Set<String> reported = new HashSet<>();

  private Evaluator(CheckedPolicy policy, Network network, RuleContext ctx) {
    this.policy = policy;
    this.ctx = ctx;
    this.frame = new Frame(NetworkView.of(network), policy.slots());
  }

  static void run(CheckedPolicy policy, Network network, RuleContext ctx) {
    new Evaluator(policy, network, ctx).step(0, null);
  }

  /** @param doubt the first unknown {@code where} condition on the way here, else null */
  private void step(int index, Unknown doubt) {
    List<Run> steps = policy.steps();
    if (index == steps.size()) {
      verdict(doubt);
      return;
    }
    Run run = steps.get(index);
    if (run instanceof LetRun let) {
      frame.slots[let.slot()] = let.value().eval(frame);
      step(index + 1, doubt);
    } else if (run instanceof WhereRun where) {
      Object t = Values.truth(where.condition().eval(frame));
      if (t == Boolean.TRUE) {
        step(index + 1, doubt);
      } else if (t instanceof Unknown u) {
        step(index + 1, doubt != null ? doubt : u.named(where.condition().text));
      }
    } else {
      ForRun f = (ForRun) run;
      Object source = f.source().eval(frame);
      if (source instanceof Unknown u) {
        // the list itself is unknown: whatever is inside cannot be verified
        if (frame.slots[policy.subjectSlot()] != null) unknown(u.named(f.source().text));
        return;
      }
      if (!(source instanceof List<?> items)) return;
      for (Object item : items) {
        frame.slots[f.slot()] = item;
        step(index + 1, doubt);
      }
      frame.slots[f.slot()] = null;
    }
  }

  private void verdict(Unknown doubt) {
    Object t = Values.truth(policy.verdict().eval(frame));
    Object violation = policy.forbid() ? t : Values.not(t);
    if (violation == Boolean.FALSE) return;
    if (violation == Boolean.TRUE && doubt == null) {
      report(policy.severity(), render());
      return;
    }
    unknown(violation instanceof Unknown u ? u.named(policy.verdict().text) : doubt);
  }

  private void unknown(Unknown u) {
    switch (policy.whenUnknown()) {
      case PASS -> { }
      case FAIL -> report(policy.severity(), render() + "; " + u.explain());
      case INFO -> report(Severity.INFO, "Cannot verify that " + sentence(policy.summary())
          + " for " + policy.subjectType().noun() + " '" + subject().name() + "': "
          + u.explain());
    }
  }

  private Element subject() {
    return policy.subjectType().owner(frame.slots[policy.subjectSlot()]);
  }

  private void report(Severity severity, String message) {
    Element subject = subject();
    if (!reported.add(subject.key() + "\n" + severity + "\n" + message)) return;
    List<Element> related = new ArrayList<>();
    for (int i = 0; i < policy.objectSlots().size(); i++) {
      Object v = frame.slots[policy.objectSlots().get(i)];
      if (v == null || v instanceof Unknown || v == None.NONE) continue;
      for (Element e : policy.objectTypes().get(i).related(v)) {
        if (e != null && e != subject && !related.contains(e)) related.add(e);
      }
    }
    ctx.report(subject, severity, message, related);
  }

  private String render() {
    StringBuilder sb = new StringBuilder();
    for (Object part : policy.message()) {
      sb.append(part instanceof Code c ? Values.render(c.eval(frame)) : (String) part);
    }
    return sb.toString();
  }

  /** A summary as part of a sentence: "Every VPC …" becomes "every VPC …"; "VPN …" stays. */
  static String sentence(String summary) {
    String s = summary.strip();
    if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0))
        && !Character.isUpperCase(s.charAt(1))) {
      s = s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
    return s;
  }
}
