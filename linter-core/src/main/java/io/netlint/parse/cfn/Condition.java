package io.netlint.parse.cfn;

/** A condition's value in three-valued logic; an unknown one says why. */
record Condition(State state, String reason) {

  enum State { TRUE, FALSE, UNKNOWN }

  static final Condition TRUE = new Condition(State.TRUE, null);
  static final Condition FALSE = new Condition(State.FALSE, null);

  static Condition of(boolean b) { return b ? TRUE : FALSE; }

  static Condition unknown(String reason) { return new Condition(State.UNKNOWN, reason); }

  boolean isTrue() { return state == State.TRUE; }
  boolean isFalse() { return state == State.FALSE; }
  boolean isUnknown() { return state == State.UNKNOWN; }

  Condition not() {
    return switch (state) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> this;
    };
  }
}
