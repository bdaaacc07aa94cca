package io.netlint.model;

import java.util.List;

public record AutoScalingGroup(ElementMeta meta, List<Ref> subnets, Value<Integer> minSize,
    Value<Integer> maxSize) implements Element {
  public AutoScalingGroup {
    subnets = List.copyOf(subnets);
  }
}
