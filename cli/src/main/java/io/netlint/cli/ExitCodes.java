package io.netlint.cli;

/** The exit codes other tools and CI depend on. */
final class ExitCodes {
  /** No finding at or above the threshold. */
  static final int OK = 0;
  /** Findings at or above the threshold. */
  static final int FINDINGS = 1;
  /** A usage error, or an input that could not be loaded. */
  static final int ERROR = 2;

  private ExitCodes() {}
}
