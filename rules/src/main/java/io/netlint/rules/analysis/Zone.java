package io.netlint.rules.analysis;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Availability Zone as the inputs name it: a zone name ({@code eu-west-1a}), a zone ID
 * ({@code euw1-az1}) or a symbolic token ({@code GetAZs('')[1]}). Two zones of the same form
 * compare by text; zones of different forms cannot be compared before deployment.
 */
public record Zone(String text) {

  private static final Pattern NAME = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+[a-z]");
  private static final Pattern ID = Pattern.compile("[a-z]+\\d+-az\\d+");

  private enum Form { NAME, ID, SYMBOLIC }

  private Form form() {
    if (NAME.matcher(text).matches()) return Form.NAME;
    if (ID.matcher(text).matches()) return Form.ID;
    return Form.SYMBOLIC;
  }

  /** True or false when the two can be compared, empty when they cannot. */
  public Optional<Boolean> sameAs(Zone other) {
    if (form() != other.form()) return Optional.empty();
    return Optional.of(text.equals(other.text));
  }

  private static final Pattern SYMBOLIC =
      Pattern.compile("GetAZs\\('([^']*)'\\)\\[(\\d+)\\]");

  /** How messages name the zone: "zone eu-west-1a", or "the 2nd zone of the stack's region". */
  public String describe() {
    java.util.regex.Matcher m = SYMBOLIC.matcher(text);
    if (!m.matches()) return "zone " + text;
    int n = Integer.parseInt(m.group(2)) + 1;
    String ordinal = n + (n % 100 >= 11 && n % 100 <= 13 ? "th"
        : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; });
    String region = m.group(1).isEmpty() ? "the stack's region" : m.group(1);
    return "the " + ordinal + " zone of " + region;
  }

  @Override
  public String toString() { return describe(); }
}
