package io.netlint.model;

import java.util.List;
import java.util.Map;

/**
 * A CloudWatch metric alarm.
 *
 * @param dimensions dimension name to the value's target: a {@link Ref} to the element it names
 *     (a VPN connection, an instance) or to a literal AWS ID
 * @param actions action ARNs as written (e.g. {@code arn:aws:automate:us-east-1:ec2:recover})
 */
public record Alarm(ElementMeta meta, Value<String> namespace, Value<String> metricName,
    Map<String, Ref> dimensions, List<Value<String>> actions) implements Element {
  public Alarm {
    dimensions = Map.copyOf(dimensions);
    actions = List.copyOf(actions);
  }
}
