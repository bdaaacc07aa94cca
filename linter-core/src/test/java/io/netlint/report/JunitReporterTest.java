package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.LintResult;
import io.netlint.model.Network;
import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReporterTest {

  private static final String NASTY = "a <b> & \"c\" 'd' ]]> \u0001\u0008 \uD83D\uDE00 end";

  private static Document render(LintResult result) throws Exception {
    StringWriter out = new StringWriter();
    new JunitReporter(ReportContext.plain()).write(result, out);
    assertThat(out.toString()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .doesNotContain("\r");
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(out.toString())));
  }

  @Test
  void hostileTextStaysWellFormed() throws Exception {
    LintResult result = new LintResult(
        List.of(new Finding("NET101", Severity.ERROR, NASTY + "\nnext",
            new SourceRef("we<ird> & \"file\".yaml", 2, 1, "R&D"), List.of())),
        List.of(Diagnostic.error("x\u0002.json", 1, 1, NASTY)), CiSample.rules(), 1,
        Network.of(List.of()));
    Document doc = render(result);
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("a <b> & \"c\" 'd' ]]> \uFFFD\uFFFD \uD83D\uDE00 end next");
    assertThat(failure.getTextContent()).contains("]]> \uFFFD\uFFFD \uD83D\uDE00 end\nnext [R&D]");
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("we<ird> & \"file\".yaml");
  }

  @Test
  void oneCasePerRuleAndFileWithCounts() throws Exception {
    Document doc = render(CiSample.result());
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(4);
    int cases = doc.getElementsByTagName("testcase").getLength();
    assertThat(root.getAttribute("tests")).isEqualTo(Integer.toString(cases));
    assertThat(root.getAttribute("failures")).isEqualTo("4");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    for (int i = 0; i < suites.getLength(); i++) {
      Element s = (Element) suites.item(i);
      assertThat(s.getElementsByTagName("testcase").getLength())
          .isEqualTo(Integer.parseInt(s.getAttribute("tests")));
      assertThat(s.getElementsByTagName("failure").getLength())
          .isEqualTo(Integer.parseInt(s.getAttribute("failures")));
    }
  }

  @Test
  void emptyRunIsAnEmptySuiteList() throws Exception {
    Document doc = render(new LintResult(List.of(), List.of(), List.of(), 0,
        Network.of(List.of())));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("0");
  }
}
