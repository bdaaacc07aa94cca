package io.netlint.rule;

import io.netlint.model.Element;
import io.netlint.model.SourceRef;
import java.util.List;

/** Where a rule reports its findings. */
public interface RuleContext {

  /** Reports at the rule's default severity on {@code element}, naming related elements. */
  void report(Element element, String message, List<? extends Element> related);

  /** Reports at a given severity (a rule whose entry escalates or lowers some cases). */
  void report(Element element, Severity severity, String message, List<? extends Element> related);

  /**
   * Reports at a precise location inside the element (an attribute's line) when the loader knows
   * it; the element still names the resource.
   */
  void report(Element element, SourceRef at, Severity severity, String message,
      List<? extends Element> related);

  /**
   * Where one attribute of the element is written, for a finding that concerns that attribute
   * alone (an address range, an ASN): give it to
   * {@link #report(Element, SourceRef, Severity, String, List)}. The name is camelCase and stands
   * for the input's spelling, {@code bgpAsn} for a plan's {@code bgp_asn}. It is the element's
   * own location where the input does not write the attribute; CloudFormation findings stay on
   * the resource.
   */
  default SourceRef attribute(Element element, String name) {
    return element.source();
  }

  default void report(Element element, String message) {
    report(element, message, List.of());
  }

  /**
   * An integer parameter of this rule, as the configuration file sets it
   * ({@code rules.<ID>.parameters.<name>}), or {@code defaultValue}. The file's loader has
   * checked the value's type and range.
   */
  default int parameter(String name, int defaultValue) {
    return defaultValue;
  }
}
