package io.netlint.report;

import io.netlint.engine.LintResult;
import io.netlint.model.Element;
import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.report.internal.ReportPaths;
import io.netlint.report.internal.junit.XmlText;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, which CI systems render as test results: a suite per input file, a test case per
 * rule in it that fails with that rule's findings there, and an {@value #INPUT_CASE} case that
 * errors when the file could not be loaded (its rule cases are then skipped).
 *
 * <p>Input files are those the run knows of: the sources of network elements, findings and
 * input problems. A file that loaded but holds nothing of the network does not appear.
 */
public final class JunitReporter implements Reporter {

  public static final String INPUT_CASE = "input";

  private final ReportContext context;

  public JunitReporter(ReportContext context) {
    this.context = context;
  }

  @Override
  public String name() { return "junit"; }

  /** What happened in one input file. */
  private static final class FileResult {
    final Map<String, List<Finding>> findingsByRule = new TreeMap<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    boolean loaded;
  }

  /** One test case before it is written. */
  private record Case(String name, String classname, String kind, String message, String type,
      String body) {}

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    Map<String, RuleDescriptor> rules = new TreeMap<>();
    for (RuleDescriptor d : result.rules()) rules.putIfAbsent(d.id(), d);
    Map<String, FileResult> files = new TreeMap<>();
    for (Element e : result.network().elements()) file(files, e.source().file()).loaded = true;
    for (Finding f : result.findings()) {
      FileResult fr = file(files, f.location().file());
      fr.loaded = true;
      fr.findingsByRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    }
    for (Diagnostic d : result.diagnostics()) file(files, d.file()).diagnostics.add(d);

    Map<String, List<Case>> suites = new TreeMap<>();
    files.forEach((name, fr) -> suites.put(name, cases(name, fr, rules)));

    try {
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "netlint");
      counts(x, suites.values().stream().flatMap(List::stream).toList());
      for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", XmlText.attribute(suite.getKey()));
        counts(x, suite.getValue());
        for (Case c : suite.getValue()) writeCase(x, c, suite.getKey());
        x.writeCharacters("\n  ");
        x.writeEndElement();
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private FileResult file(Map<String, FileResult> files, String file) {
    return files.computeIfAbsent(ReportPaths.relative(file, context.workingDirectory()),
        k -> new FileResult());
  }

  private List<Case> cases(String file, FileResult fr, Map<String, RuleDescriptor> rules) {
    List<Case> cases = new ArrayList<>();
    boolean broken = fr.diagnostics.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
    if (!fr.diagnostics.isEmpty()) {
      StringBuilder body = new StringBuilder();
      for (Diagnostic d : fr.diagnostics) {
        body.append(file).append(':').append(d.line()).append(':').append(d.column()).append(": ")
            .append(d.level().name().toLowerCase(Locale.ROOT)).append(": ").append(d.message())
            .append('\n');
      }
      int n = fr.diagnostics.size();
      cases.add(broken
          ? new Case(INPUT_CASE, file, "error", n + (n == 1 ? " input problem" : " input problems"),
              "error", body.toString())
          : new Case(INPUT_CASE, file, "out", null, null, body.toString()));
    }
    TreeSet<String> ids = new TreeSet<>(rules.keySet());
    ids.addAll(fr.findingsByRule.keySet());
    for (String id : ids) {
      RuleDescriptor d = rules.get(id);
      String name = d == null ? id : id + " " + d.name();
      List<Finding> found = fr.findingsByRule.getOrDefault(id, List.of());
      if (!found.isEmpty()) {
        Severity worst = found.stream().map(Finding::severity)
            .max(Enum::compareTo).orElse(Severity.INFO);
        StringBuilder body = new StringBuilder();
        for (Finding f : found) {
          body.append(file).append(':').append(f.location().line()).append(':')
              .append(f.location().column()).append(": ").append(f.severity().label())
              .append(' ').append(f.ruleId()).append(' ').append(f.message());
          if (f.location().resource() != null) {
            body.append(" [").append(f.location().resource()).append(']');
          }
          body.append('\n');
          for (SourceRef r : f.related()) {
            body.append("  related: ")
                .append(ReportPaths.relative(r.file(), context.workingDirectory()))
                .append(':').append(r.line()).append(':').append(r.column());
            if (r.resource() != null) body.append(" [").append(r.resource()).append(']');
            body.append('\n');
          }
        }
        int n = found.size();
        String first = found.get(0).message();
        cases.add(new Case(name, file, "failure", n == 1 ? first : n + " findings; first: " + first,
            worst.label(), body.toString()));
      } else if (broken && !fr.loaded) {
        cases.add(new Case(name, file, "skipped", "the input did not load", null, null));
      } else {
        cases.add(new Case(name, file, "pass", null, null, null));
      }
    }
    return cases;
  }

  private static void counts(XMLStreamWriter x, List<Case> cases) throws XMLStreamException {
    x.writeAttribute("tests", Integer.toString(cases.size()));
    x.writeAttribute("failures", count(cases, "failure"));
    x.writeAttribute("errors", count(cases, "error"));
    x.writeAttribute("skipped", count(cases, "skipped"));
    // Linting has no meaningful duration per case; a fixed value keeps the output reproducible.
    x.writeAttribute("time", "0");
  }

  private static String count(List<Case> cases, String kind) {
    return Long.toString(cases.stream().filter(c -> c.kind().equals(kind)).count());
  }

  private static void writeCase(XMLStreamWriter x, Case c, String file)
      throws XMLStreamException {
    x.writeCharacters("\n    ");
    boolean empty = c.kind().equals("pass");
    if (empty) x.writeEmptyElement("testcase");
    else x.writeStartElement("testcase");
    x.writeAttribute("name", XmlText.attribute(c.name()));
    x.writeAttribute("classname", XmlText.attribute(c.classname()));
    x.writeAttribute("file", XmlText.attribute(file));
    x.writeAttribute("time", "0");
    if (empty) return;
    x.writeCharacters("\n      ");
    switch (c.kind()) {
      case "failure", "error" -> {
        x.writeStartElement(c.kind());
        x.writeAttribute("message", XmlText.attribute(c.message()));
        x.writeAttribute("type", XmlText.attribute(c.type()));
        x.writeCharacters(XmlText.content(c.body()));
        x.writeEndElement();
      }
      case "skipped" -> {
        x.writeEmptyElement("skipped");
        x.writeAttribute("message", XmlText.attribute(c.message()));
      }
      default -> {
        x.writeStartElement("system-out");
        x.writeCharacters(XmlText.content(c.body()));
        x.writeEndElement();
      }
    }
    x.writeCharacters("\n    ");
    x.writeEndElement();
  }
}
