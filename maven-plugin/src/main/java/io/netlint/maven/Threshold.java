package io.netlint.maven;

import io.netlint.engine.LintResult;
import io.netlint.rule.Severity;
import java.util.Optional;

/**
 * When findings are violations, and how many a build tolerates: {@code failOnSeverity} and
 * {@code maxAllowedViolations}. {@code none} counts nothing, as the CLI's {@code --fail-on none}.
 */
final class Threshold {

  private final Optional<Severity> severity;
  private final int maxAllowed;

  private Threshold(Optional<Severity> severity, int maxAllowed) {
    this.severity = severity;
    this.maxAllowed = maxAllowed;
  }

  /** @throws IllegalArgumentException with a message naming the parameter and the bad value */
  static Threshold of(String failOnSeverity, int maxAllowedViolations) {
    if (maxAllowedViolations < 0) {
      throw new IllegalArgumentException("maxAllowedViolations is " + maxAllowedViolations
          + "; it must be 0 or more");
    }
    String given = failOnSeverity == null ? "" : failOnSeverity.trim();
    if (given.equalsIgnoreCase("none")) {
      return new Threshold(Optional.empty(), maxAllowedViolations);
    }
    try {
      return new Threshold(Optional.of(Severity.parse(given)), maxAllowedViolations);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("failOnSeverity is '" + failOnSeverity
          + "'; expected error, warning, info or none");
    }
  }

  /** Findings at or above the severity. */
  long violations(LintResult result) {
    return severity.map(s -> result.findings().stream().filter(f -> f.severity().atLeast(s))
        .count()).orElse(0L);
  }

  boolean exceeded(long violations) {
    return violations > maxAllowed;
  }

  /** "2 findings at or above error"; "3 findings at or above warning, more than the 1 allowed" */
  String describe(long violations) {
    String found = violations + (violations == 1 ? " finding" : " findings") + " at or above "
        + severity.map(Severity::label).orElse("none");
    return maxAllowed == 0 ? found : found + ", more than the " + maxAllowed + " allowed";
  }
}
