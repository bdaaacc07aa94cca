package io.netlint.model;

/** A resource of the network model. All implementations are immutable records. */
public interface Element {

  ElementMeta meta();

  default String key() { return meta().key(); }

  /** The logical ID or Terraform address, as users write it. */
  default String name() { return meta().name(); }

  default SourceRef source() { return meta().source(); }

  default Value<String> region() { return meta().region(); }
}
