package io.netlint.baseline;

/** A baseline file that cannot be used; callers exit 2 and say why. */
public final class BaselineException extends Exception {
  public BaselineException(String message) {
    super(message);
  }
}
