package io.netlint.model;

import java.util.Objects;

/**
 * A link from one element to another. It names the target by its element key (a resource of the
 * same run), by its AWS ID (which the {@link Network} matches against known IDs of all inputs, so
 * links can cross files), or it is unknown or absent. Resolve it with {@link Network#resolve}.
 */
public record Ref(Value.State state, String key, String awsId, String reason) {

  private static final Ref ABSENT = new Ref(Value.State.ABSENT, null, null, null);

  public Ref {
    if (state == Value.State.KNOWN && key == null && awsId == null) {
      throw new IllegalArgumentException("a known ref needs a key or an AWS ID");
    }
  }

  public static Ref toKey(String key) {
    return new Ref(Value.State.KNOWN, Objects.requireNonNull(key), null, null);
  }

  public static Ref toAwsId(String awsId) {
    return new Ref(Value.State.KNOWN, null, Objects.requireNonNull(awsId), null);
  }

  public static Ref unknown(String reason) {
    return new Ref(Value.State.UNKNOWN, null, null, Objects.requireNonNull(reason));
  }

  public static Ref absent() { return ABSENT; }

  public boolean isKnown() { return state == Value.State.KNOWN; }
  public boolean isUnknown() { return state == Value.State.UNKNOWN; }
  public boolean isAbsent() { return state == Value.State.ABSENT; }

  /** A stable identity for grouping: the key when known, else the AWS ID. */
  public String identity() {
    return key != null ? key : awsId;
  }

  @Override
  public String toString() {
    return switch (state) {
      case KNOWN -> key != null ? key : awsId;
      case UNKNOWN -> "<unknown: " + reason + ">";
      case ABSENT -> "<absent>";
    };
  }
}
