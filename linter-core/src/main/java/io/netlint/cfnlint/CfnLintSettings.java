package io.netlint.cfnlint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Whether and how a run calls cfn-lint.
 *
 * @param executable the cfn-lint to run; empty means {@code cfn-lint} on {@code PATH}
 * @param timeout how long the one cfn-lint process of a run may take before it is killed
 * @param notes where one-line notes for the user go (a missing cfn-lint in {@code auto} mode)
 */
public record CfnLintSettings(Mode mode, Optional<Path> executable, Duration timeout,
    Consumer<String> notes) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

  /** {@code auto}: run when found; {@code require}: absence is an error; {@code off}: never. */
  public enum Mode {
    AUTO, OFF, REQUIRE;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Mode parse(String text) {
      for (Mode m : values()) {
        if (m.label().equals(text.trim().toLowerCase(Locale.ROOT))) return m;
      }
      throw new IllegalArgumentException("'" + text + "' is not one of auto, off, require");
    }
  }

  public CfnLintSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(executable, "executable");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("the cfn-lint timeout must be positive: " + timeout);
    }
    if (notes == null) notes = System.err::println;
  }

  /** cfn-lint is never run: the default for library callers, so embedding stays hermetic. */
  public static CfnLintSettings off() {
    return new CfnLintSettings(Mode.OFF, Optional.empty(), DEFAULT_TIMEOUT, null);
  }

  public static CfnLintSettings of(Mode mode) {
    return new CfnLintSettings(mode, Optional.empty(), DEFAULT_TIMEOUT, null);
  }

  public CfnLintSettings withExecutable(Optional<Path> e) {
    return new CfnLintSettings(mode, e, timeout, notes);
  }

  public CfnLintSettings withTimeout(Duration t) {
    return new CfnLintSettings(mode, executable, t, notes);
  }

  public CfnLintSettings withNotes(Consumer<String> n) {
    return new CfnLintSettings(mode, executable, timeout, n);
  }
}
