package io.netlint.parse;

import java.util.Optional;

/**
 * What the loaders are told about the deployment.
 *
 * @param region the region CloudFormation stacks deploy to ({@code --region}); when empty,
 *     {@code AWS::Region} is unknown
 */
public record LoadOptions(Optional<String> region) {
  public static LoadOptions defaults() { return new LoadOptions(Optional.empty()); }
}
