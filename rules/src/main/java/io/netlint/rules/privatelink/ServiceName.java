package io.netlint.rules.privatelink;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The region a PrivateLink service name embeds. Only the two documented shapes are read,
 * {@code com.amazonaws.vpce.<region>.vpce-svc-…} and {@code com.amazonaws.<region>.<service>};
 * any other name (SageMaker's {@code aws.sagemaker.…}, {@code com.amazonaws.s3-global…}, other
 * partitions) says nothing, and the rule stays silent on it.
 *
 * @param region the literal region, or null when the name uses the stack's own region
 */
record ServiceName(String text, String region) {

  static final String STACK_REGION = "${AWS::Region}";

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");

  /** True when the name follows the deployment's region ({@code ${AWS::Region}}). */
  boolean followsStack() { return region == null; }

  static Optional<ServiceName> parse(String text) {
    String[] parts = text.trim().split("\\.", -1);
    if (parts.length < 4 || !parts[0].equals("com") || !parts[1].equals("amazonaws")) {
      return Optional.empty();
    }
    String token = parts[2].equals("vpce") ? (parts.length >= 5 ? parts[3] : null) : parts[2];
    if (token == null) return Optional.empty();
    if (token.equals(STACK_REGION)) return Optional.of(new ServiceName(text, null));
    return REGION.matcher(token).matches()
        ? Optional.of(new ServiceName(text, token)) : Optional.empty();
  }
}
