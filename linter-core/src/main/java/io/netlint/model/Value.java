package io.netlint.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value read from an input that may be known, unknown (it exists but cannot be determined before
 * deployment) or absent (not set, so AWS applies its default). Rules must never guess an unknown.
 */
public final class Value<T> {

  public enum State { KNOWN, UNKNOWN, ABSENT }

  private static final Value<?> ABSENT = new Value<>(State.ABSENT, null, null);

  private final State state;
  private final T value;
  private final String reason;

  private Value(State state, T value, String reason) {
    this.state = state;
    this.value = value;
    this.reason = reason;
  }

  public static <T> Value<T> known(T value) {
    return new Value<>(State.KNOWN, Objects.requireNonNull(value, "value"), null);
  }

  /** @param reason why it cannot be known, e.g. "parameter 'VpcCidr' has no default". */
  public static <T> Value<T> unknown(String reason) {
    return new Value<>(State.UNKNOWN, null, Objects.requireNonNull(reason, "reason"));
  }

  @SuppressWarnings("unchecked")
  public static <T> Value<T> absent() {
    return (Value<T>) ABSENT;
  }

  /** Known when non-null, otherwise absent. */
  public static <T> Value<T> ofNullable(T value) {
    return value == null ? absent() : known(value);
  }

  public State state() { return state; }
  public boolean isKnown() { return state == State.KNOWN; }
  public boolean isUnknown() { return state == State.UNKNOWN; }
  public boolean isAbsent() { return state == State.ABSENT; }

  /** The known value; throws when the value is not known. */
  public T get() {
    if (state != State.KNOWN) {
      throw new IllegalStateException("value is " + state + (reason == null ? "" : ": " + reason));
    }
    return value;
  }

  public Optional<T> asOptional() { return Optional.ofNullable(value); }

  public T orElse(T other) { return state == State.KNOWN ? value : other; }

  /** The value, or {@code whenAbsent} when not set; unknown stays unknown. */
  public Value<T> withDefault(T whenAbsent) {
    return state == State.ABSENT ? known(whenAbsent) : this;
  }

  public String reason() { return reason; }

  public <R> Value<R> map(Function<? super T, ? extends R> f) {
    if (state != State.KNOWN) {
      @SuppressWarnings("unchecked") Value<R> same = (Value<R>) this;
      return same;
    }
    R r = f.apply(value);
    return r == null ? absent() : known(r);
  }

  public <R> Value<R> flatMap(Function<? super T, Value<R>> f) {
    if (state != State.KNOWN) {
      @SuppressWarnings("unchecked") Value<R> same = (Value<R>) this;
      return same;
    }
    return f.apply(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Value<?> v && v.state == state && Objects.equals(v.value, value)
        && Objects.equals(v.reason, reason);
  }

  @Override
  public int hashCode() { return Objects.hash(state, value, reason); }

  @Override
  public String toString() {
    return switch (state) {
      case KNOWN -> String.valueOf(value);
      case UNKNOWN -> "<unknown: " + reason + ">";
      case ABSENT -> "<absent>";
    };
  }
}
