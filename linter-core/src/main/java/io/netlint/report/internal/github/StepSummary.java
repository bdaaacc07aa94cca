package io.netlint.report.internal.github;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The Markdown appended to {@code $GITHUB_STEP_SUMMARY}: counts, then every finding while it fits
 * the runner's 1 MiB per step (above that the runner drops the whole summary).
 */
public final class StepSummary {
  /** The runner's limit per step ({@code FileCommandManager.AttachmentSizeLimit}). */
  public static final int LIMIT_BYTES = 1024 * 1024;

  /** One row of the findings or input problems table. */
  public record Row(String severity, String rule, String location, String resource,
      String message) {}

  private StepSummary() {}

  /**
   * @param headline the one-line result, e.g. "2 findings (1 error, …) in 3 files"
   * @param severityCounts in display order
   * @param ruleCounts by rule ID, in display order
   * @param budget bytes this summary may take
   */
  public static String markdown(String headline, Map<String, Long> severityCounts,
      Map<String, RuleCount> ruleCounts, List<Row> findings, List<Row> problems, int budget) {
    StringBuilder md = new StringBuilder();
    md.append("### ").append(cell(headline)).append("\n\n");
    md.append("| Severity | Findings |\n| --- | ---: |\n");
    severityCounts.forEach((s, n) -> md.append("| ").append(s).append(" | ").append(n)
        .append(" |\n"));
    if (!ruleCounts.isEmpty()) {
      md.append("\n| Rule | Name | Findings |\n| --- | --- | ---: |\n");
      ruleCounts.forEach((id, c) -> md.append("| ").append(cell(id)).append(" | ")
          .append(cell(c.name())).append(" | ").append(c.count()).append(" |\n"));
    }
    if (!findings.isEmpty()) {
      md.append("\n#### Findings\n\n| Severity | Rule | Location | Resource | Message |\n"
          + "| --- | --- | --- | --- | --- |\n");
      int shown = appendRows(md, findings, budget, true);
      more(md, findings.size() - shown, "findings");
    }
    if (!problems.isEmpty()) {
      md.append("\n#### Input problems\n\n| Level | Location | Message |\n| --- | --- | --- |\n");
      int shown = appendRows(md, problems, budget, false);
      more(md, problems.size() - shown, "input problems");
    }
    md.append('\n');
    return md.toString();
  }

  /** A rule's name and how many findings it has. */
  public record RuleCount(String name, long count) {}

  private static int appendRows(StringBuilder md, List<Row> rows, int budget, boolean full) {
    // Room for the closing line, so the whole stays under budget.
    int reserve = 256;
    int used = bytes(md);
    int shown = 0;
    for (Row r : rows) {
      String line = full
          ? "| " + r.severity() + " | " + cell(r.rule()) + " | " + cell(r.location()) + " | "
              + cell(r.resource()) + " | " + cell(r.message()) + " |\n"
          : "| " + r.severity() + " | " + cell(r.location()) + " | " + cell(r.message())
              + " |\n";
      int size = line.getBytes(StandardCharsets.UTF_8).length;
      if (used + size + reserve > budget) break;
      md.append(line);
      used += size;
      shown++;
    }
    return shown;
  }

  private static void more(StringBuilder md, int hidden, String what) {
    if (hidden > 0) {
      md.append("\n").append(hidden).append(" more ").append(what)
          .append(" not listed here, to stay within GitHub's 1 MiB summary limit;"
              + " the SARIF or JSON report has them all.\n");
    }
  }

  private static int bytes(StringBuilder md) {
    return md.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Text that cannot break a table row or turn into markup: Markdown punctuation is escaped,
   * HTML is written as entities, line breaks become {@code <br>}.
   */
  public static String cell(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n' -> b.append("<br>");
        case '\r' -> { }
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
