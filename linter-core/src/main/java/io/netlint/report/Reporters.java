package io.netlint.report;

import java.util.List;
import java.util.Optional;

/** The built-in reporters by name. */
public final class Reporters {
  private static final List<String> NAMES =
      List.of("text", "json", "sarif", "github", "gitlab", "junit", "html");

  private Reporters() {}

  /** A reporter with no environment, no colour, relative to the current directory. */
  public static Optional<Reporter> byName(String name) {
    return byName(name, ReportContext.plain());
  }

  public static Optional<Reporter> byName(String name, ReportContext context) {
    Reporter r = switch (name) {
      case "text" -> new TextReporter(context.colour());
      case "json" -> new JsonReporter();
      case "sarif" -> new SarifReporter(context);
      case "github" -> new GithubReporter(context);
      case "gitlab" -> new GitlabReporter(context);
      case "junit" -> new JunitReporter(context);
      case "html" -> new HtmlReporter(context);
      default -> null;
    };
    return Optional.ofNullable(r);
  }

  public static List<String> names() {
    return NAMES;
  }
}
