package io.netlint.model;

/** A security group; its rules are {@link SecurityGroupRule} elements, inline or standalone. */
public record SecurityGroup(ElementMeta meta, Ref vpc) implements Element {}
