package io.netlint.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Another linter that ran over the inputs and whose findings are merged into the result (their
 * {@link Finding#tool()} is {@link #name()}). Present only when the tool ran to
 * the end: a report must not claim a clean run for a tool that failed.
 *
 * @param rules the rules of the tool that matched, by ID
 */
public record ExternalTool(String name, Optional<String> version, String informationUri,
    List<Rule> rules) {

  /** A rule of the external tool, as it describes itself. */
  public record Rule(String id, String shortDescription, String description, String helpUri) {}

  public ExternalTool {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    rules = List.copyOf(rules);
  }
}
