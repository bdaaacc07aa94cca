package io.netlint.model;

/**
 * A value handed to something outside the inputs (a nested stack, a serverless application, a
 * Terraform module not in the plan). Rules use it to tell "absent" from "may exist elsewhere".
 *
 * @param target the element whose ID is passed out
 * @param via what receives it, e.g. {@code AWS::Serverless::Application 'VpnAlarm'}
 */
public record ExternalReference(ElementMeta meta, Ref target, String via) implements Element {}
