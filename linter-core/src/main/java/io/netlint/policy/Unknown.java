package io.netlint.policy;

/**
 * The run-time value of something that exists but cannot be known before deployment.
 *
 * @param what the expression that turned out unknown, as written (null until an expression
 *     names it)
 * @param reason why, from the model (e.g. "parameter 'VpcCidr' has no default")
 */
record Unknown(String what, String reason) {

  Unknown named(String text) {
    return what == null ? new Unknown(text, reason) : this;
  }

  /** "vpc.cidr is unknown (parameter 'VpcCidr' has no default)". */
  String explain() {
    return (what == null ? "a value" : what) + " is unknown (" + reason + ")";
  }
}
