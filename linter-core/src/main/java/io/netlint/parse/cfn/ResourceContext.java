package io.netlint.parse.cfn;

import io.netlint.model.ElementMeta;
import io.netlint.model.SourceRef;
import io.netlint.model.Value;
import io.netlint.parse.tree.Position;

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
        Value.absent(), region);
  }
}
