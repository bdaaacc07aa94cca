package io.netlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.netlint.baseline.BaselineEntry;
import io.netlint.engine.LintResult;
import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.Finding;
import io.netlint.suppress.Review;
import io.netlint.suppress.SuppressedFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The stable machine format: {@code {"version": 1, "findings": [...], "diagnostics": [...]}}.
 * Other tools depend on it; add fields, never rename or remove them. A reviewed result (see
 * {@link io.netlint.suppress.ReviewStep}) adds {@code "suppressed"}, the suppressed findings with
 * their suppression, and {@code "baseline"} and {@code "changedSince"} when those were used.
 */
public final class JsonReporter implements Reporter {

  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public String name() { return "json"; }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // Jackson's default layout, with fixed line ends so the bytes do not depend on the
      // platform. Arrays keep their default "[ {" style: the format is stable.
      g.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeNumberField("version", 1);
      g.writeArrayFieldStart("findings");
      for (Finding f : result.findings()) {
        g.writeStartObject();
        writeFinding(g, f);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : result.diagnostics()) {
        g.writeStartObject();
        g.writeStringField("file", d.file());
        g.writeNumberField("line", d.line());
        g.writeNumberField("column", d.column());
        g.writeStringField("level", d.level().name().toLowerCase(Locale.ROOT));
        g.writeStringField("message", d.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (result.review().isPresent()) writeReview(g, result.review().get());
      g.writeEndObject();
    }
    out.write("\n");
  }

  private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("tool", f.tool());
    g.writeStringField("severity", f.severity().label());
    g.writeStringField("message", f.message());
    g.writeStringField("file", f.location().file());
    g.writeNumberField("line", f.location().line());
    g.writeNumberField("column", f.location().column());
    g.writeStringField("resource", f.location().resource());
    g.writeArrayFieldStart("related");
    for (SourceRef r : f.related()) {
      g.writeStartObject();
      g.writeStringField("file", r.file());
      g.writeNumberField("line", r.line());
      g.writeStringField("resource", r.resource());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeReview(JsonGenerator g, Review review) throws IOException {
    g.writeArrayFieldStart("suppressed");
    for (SuppressedFinding s : review.suppressed()) {
      g.writeStartObject();
      writeFinding(g, s.finding());
      g.writeObjectFieldStart("suppression");
      g.writeStringField("kind", s.by().kind().label());
      g.writeStringField("reason", s.by().reason());
      g.writeStringField("file", s.by().at().file());
      g.writeNumberField("line", s.by().at().line());
      g.writeNumberField("column", s.by().at().column());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (review.baseline().isPresent()) {
      Review.BaselineOutcome b = review.baseline().get();
      g.writeObjectFieldStart("baseline");
      g.writeStringField("file", b.file());
      g.writeNumberField("known", b.known());
      g.writeArrayFieldStart("fixed");
      for (BaselineEntry e : b.fixed()) {
        g.writeStartObject();
        g.writeStringField("ruleId", e.rule());
        g.writeStringField("tool", e.tool());
        g.writeStringField("file", e.file());
        g.writeStringField("resource", e.resource());
        g.writeStringField("message", e.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    if (review.changed().isPresent()) {
      Review.ChangeOutcome c = review.changed().get();
      g.writeObjectFieldStart("changedSince");
      g.writeStringField("ref", c.ref());
      g.writeNumberField("changedFiles", c.changedFiles());
      g.writeNumberField("outside", c.outside());
      g.writeEndObject();
    }
  }
}
