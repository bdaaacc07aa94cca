package io.netlint.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What every element has: a key unique within the run, where it was declared, its AWS ID when the
 * input already knows it (Terraform state, literal IDs), the region it lives in and its tags.
 *
 * @param key unique in the run, e.g. {@code stacks/vpc.yaml#AppVpc} or {@code plan.json#aws_vpc.main}
 * @param kind the input's own type name, e.g. {@code AWS::EC2::VPC} or {@code aws_vpc}
 * @param tags tag key to value, sorted by key; a value may be unknown (a parameter without a
 *     default). Empty when the resource has no tags or its loader does not read them.
 */
public record ElementMeta(String key, String kind, SourceRef source, Value<String> awsId,
    Value<String> region, Map<String, Value<String>> tags) {

  public ElementMeta {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    awsId = awsId == null ? Value.absent() : awsId;
    region = region == null ? Value.absent() : region;
    tags = tags == null || tags.isEmpty() ? Map.of()
        : Collections.unmodifiableSortedMap(new TreeMap<>(tags));
  }

  /** Meta without tags. */
  public ElementMeta(String key, String kind, SourceRef source, Value<String> awsId,
      Value<String> region) {
    this(key, kind, source, awsId, region, Map.of());
  }

  /** The logical ID or Terraform address. */
  public String name() { return source.resource(); }

  /** The same meta with these tags. */
  public ElementMeta withTags(Map<String, Value<String>> newTags) {
    return new ElementMeta(key, kind, source, awsId, region, newTags);
  }
}
