package io.netlint.rules.appliance;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Availability Zone as the inputs name it: a zone name ({@code eu-west-1a}), a zone ID
 * ({@code euw1-az1}) or a symbolic token ({@code GetAZs('')[1]}). Two zones of the same form
 * compare by text; zones of different forms cannot be compared before deployment.
 */
record Zone(String text) {

  private static final Pattern NAME = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+[a-z]");
  private static final Pattern ID = Pattern.compile("[a-z]+\\d+-az\\d+");

  private enum Form { NAME, ID, SYMBOLIC }

  private Form form() {
    if (NAME.matcher(text).matches()) return Form.NAME;
    if (ID.matcher(text).matches()) return Form.ID;
    return Form.SYMBOLIC;
  }

  /** True or false when the two can be compared, empty when they cannot. */
  Optional<Boolean> sameAs(Zone other) {
    if (form() != other.form()) return Optional.empty();
    return Optional.of(text.equals(other.text));
  }

  @Override
  public String toString() { return text; }
}
