package io.netlint.policy;

/** The run-time value of something not set, where AWS applies no default we could name. */
enum None {
  NONE;

  @Override
  public String toString() { return "none"; }
}
