package io.netlint.parse.cfn;

import io.netlint.model.ElementMeta;
import io.netlint.model.SourceRef;
import io.netlint.model.Value;
import io.netlint.parse.cfn.CfnValue.NoValue;
import io.netlint.parse.cfn.CfnValue.Obj;
import io.netlint.parse.tree.Position;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a mapping function needs to turn one resource into model elements. */
record ResourceContext(CfnResource resource, Props props, CfnEvaluator evaluator, Links links,
    Value<String> region) {

  String key() { return evaluator.keyOf(resource.logicalId()); }

  /** The resource's own meta: keyed {@code file#LogicalId}, placed at the logical-ID key. */
  ElementMeta meta() { return meta("", resource.position()); }

  /** Meta of an element derived from the resource, e.g. an inline rule ({@code /ingress[0]}). */
  ElementMeta meta(String keySuffix, Position at) {
    Position p = at == null ? resource.position() : at;
    return new ElementMeta(key() + keySuffix, resource.type(),
        new SourceRef(evaluator.template().file, p.line(), p.column(), resource.logicalId()),
        Value.absent(), region, tags());
  }

  /** {@code Tags: [{Key, Value}]}; entries whose key is not known are left out. */
  private Map<String, Value<String>> tags() {
    Map<String, Value<String>> out = new LinkedHashMap<>();
    for (Obj tag : props.objects("Tags")) {
      Value<String> k = Props.toStringValue(tag.entries().getOrDefault("Key", NoValue.INSTANCE));
      Value<String> v = Props.toStringValue(tag.entries().getOrDefault("Value", NoValue.INSTANCE));
      if (k.isKnown()) out.putIfAbsent(k.get(), v.withDefault(""));
    }
    return out;
  }
}
