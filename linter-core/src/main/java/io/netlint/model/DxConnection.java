package io.netlint.model;

/**
 * A Direct Connect dedicated connection.
 *
 * @param encryptionMode Terraform {@code encryption_mode}; absent in CloudFormation
 */
public record DxConnection(ElementMeta meta, Value<String> location, Value<String> bandwidth,
    Ref lag, Value<Boolean> requestMacsec, Value<String> encryptionMode) implements Element {}
