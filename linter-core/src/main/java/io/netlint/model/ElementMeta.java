package io.netlint.model;

import java.util.Objects;

/**
 * What every element has: a key unique within the run, where it was declared, its AWS ID when the
 * input already knows it (Terraform state, literal IDs) and the region it lives in.
 *
 * @param key unique in the run, e.g. {@code stacks/vpc.yaml#AppVpc} or {@code plan.json#aws_vpc.main}
 * @param kind the input's own type name, e.g. {@code AWS::EC2::VPC} or {@code aws_vpc}
 */
public record ElementMeta(String key, String kind, SourceRef source, Value<String> awsId,
    Value<String> region) {

  public ElementMeta {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    awsId = awsId == null ? Value.absent() : awsId;
    region = region == null ? Value.absent() : region;
  }

  /** The logical ID or Terraform address. */
  public String name() { return source.resource(); }
}
