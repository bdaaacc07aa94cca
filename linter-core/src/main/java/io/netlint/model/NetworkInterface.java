package io.netlint.model;

/**
 * An elastic network interface.
 *
 * @param instance the instance it is attached to, when known
 */
public record NetworkInterface(ElementMeta meta, Ref subnet, Value<Boolean> sourceDestCheck,
    Ref instance) implements Element {
  public boolean sourceDestCheckDisabled() {
    return sourceDestCheck.isKnown() && !sourceDestCheck.get();
  }
}
