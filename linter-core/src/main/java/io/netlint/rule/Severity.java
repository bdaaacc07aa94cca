package io.netlint.rule;

import java.util.Locale;

/** How serious a finding is. Ordered from least to most severe. */
public enum Severity {
  INFO, WARNING, ERROR;

  /** Lower-case name, as reports print it. */
  public String label() { return name().toLowerCase(Locale.ROOT); }

  public boolean atLeast(Severity other) { return compareTo(other) >= 0; }

  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
