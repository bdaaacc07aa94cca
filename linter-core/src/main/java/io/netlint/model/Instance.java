package io.netlint.model;

import java.util.List;

/**
 * An EC2 instance.
 *
 * @param sourceDestCheck absent means AWS's default, enabled
 * @param networkInterfaces ENIs attached at launch (by reference)
 */
public record Instance(ElementMeta meta, Ref subnet, Value<String> availabilityZone,
    Value<Boolean> sourceDestCheck, List<Ref> networkInterfaces) implements Element {
  public Instance {
    networkInterfaces = List.copyOf(networkInterfaces);
  }

  public boolean sourceDestCheckDisabled() {
    return sourceDestCheck.isKnown() && !sourceDestCheck.get();
  }
}
