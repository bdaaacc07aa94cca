package io.netlint.engine;

import io.netlint.config.RuleParameters;
import io.netlint.model.Element;
import io.netlint.model.SourceRef;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** Turns a rule's reports into findings, taking every location from the model. */
final class EngineRuleContext implements RuleContext {

  private final RuleDescriptor rule;
  private final RuleParameters parameters;
  private final AttributeLocator attributes;
  private final List<Finding> findings = new ArrayList<>();

  EngineRuleContext(RuleDescriptor rule, RuleParameters parameters, AttributeLocator attributes) {
    this.rule = rule;
    this.parameters = parameters;
    this.attributes = attributes;
  }

  @Override
  public SourceRef attribute(Element element, String name) {
    return attributes.locate(element, name);
  }

  @Override
  public int parameter(String name, int defaultValue) {
    return parameters.integer(rule.id(), name, defaultValue);
  }

  @Override
  public void report(Element element, String message, List<? extends Element> related) {
    report(element, element.source(), rule.defaultSeverity(), message, related);
  }

  @Override
  public void report(Element element, Severity severity, String message,
      List<? extends Element> related) {
    report(element, element.source(), severity, message, related);
  }

  @Override
  public void report(Element element, SourceRef at, Severity severity, String message,
      List<? extends Element> related) {
    List<SourceRef> rel = new ArrayList<>();
    for (Element r : related) {
      if (r != element && !rel.contains(r.source())) rel.add(r.source());
    }
    findings.add(new Finding(rule.id(), severity, message, at, rel));
  }

  List<Finding> findings() { return findings; }
}
