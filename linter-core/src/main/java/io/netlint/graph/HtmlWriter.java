package io.netlint.graph;

import io.netlint.rule.Finding;
import io.netlint.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The HTML report: one file with the diagram, the findings table (sortable, filterable by
 * severity and rule) and links both ways between a finding and what it is drawn on. Styles and
 * script are inline and a Content-Security-Policy forbids every fetch, so opening it makes no
 * network request.
 */
public final class HtmlWriter {

  /**
   * What the page says besides the diagram.
   *
   * @param summary the one-line summary of the run
   * @param problems input problems, one line each ({@code file:line:col: level message})
   * @param path shows a finding's file as the reader should see it (relative to the project)
   */
  public record Page(String summary, List<String> problems, Function<String, String> path) {
    public Page {
      problems = List.copyOf(problems);
    }
  }

  private HtmlWriter() {}

  public static String write(Diagram d, Page page) {
    Layout layout = ElkLayout.layout(d, SvgWriter.labels(d));
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
        + " style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>netlint report</title>\n<style>\n").append(CSS).append("</style>\n");
    out.append("</head>\n<body>\n<header><h1>netlint report</h1><p id=\"summary\">")
        .append(SvgWriter.xml(page.summary())).append("</p>");
    if (d.collapsed() > 0) {
      out.append("<p>").append(d.collapsed()).append(" VPCs without findings are drawn as"
          + " groups.</p>");
    }
    out.append("</header>\n<main>\n<section id=\"diagram\" aria-label=\"network diagram\">\n")
        .append(SvgWriter.write(d, layout, false)).append("</section>\n");
    findings(out, d, page);
    if (!page.problems().isEmpty()) {
      out.append("<section id=\"problems\"><h2>Input problems</h2><ul>\n");
      for (String p : page.problems()) {
        out.append("<li>").append(SvgWriter.xml(p)).append("</li>\n");
      }
      out.append("</ul></section>\n");
    }
    out.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void findings(StringBuilder out, Diagram d, Page page) {
    out.append("<section id=\"findings\"><h2>Findings</h2>\n<div class=\"filters\">");
    out.append("<label>Severity <select id=\"filter-severity\"><option value=\"\">all</option>");
    for (Severity s : Styles.DESCENDING) {
      if (d.findings().stream().anyMatch(f -> f.severity() == s)) {
        out.append("<option value=\"").append(s.label()).append("\">").append(s.label())
            .append("</option>");
      }
    }
    out.append("</select></label> <label>Rule <select id=\"filter-rule\">"
        + "<option value=\"\">all</option>");
    for (String rule : new TreeSet<>(d.findings().stream().map(Finding::ruleId).toList())) {
      String name = d.ruleNames().getOrDefault(rule, "");
      out.append("<option value=\"").append(SvgWriter.xml(rule)).append("\">")
          .append(SvgWriter.xml(name.isEmpty() ? rule : rule + " " + name)).append("</option>");
    }
    out.append("</select></label> <button type=\"button\" id=\"show-all\">Show all</button>"
        + " <span id=\"shown\"></span></div>\n");
    out.append("<table id=\"findings-table\"><thead><tr>"
        + "<th data-key=\"rank\" aria-sort=\"none\">Severity</th>"
        + "<th data-key=\"rule\" aria-sort=\"none\">Rule</th>"
        + "<th data-key=\"location\" aria-sort=\"none\">Location</th>"
        + "<th data-key=\"resource\" aria-sort=\"none\">Resource</th>"
        + "<th>Message</th><th>In the diagram</th></tr></thead>\n<tbody>\n");
    Map<String, String> names = nodeNames(d);
    for (int i = 0; i < d.findings().size(); i++) {
      Finding f = d.findings().get(i);
      List<String> targets = d.placement().get(i);
      String file = page.path().apply(f.location().file());
      String location = file + ":" + f.location().line() + ":" + f.location().column();
      // zero-padded so that the location sorts by file, then line and column as numbers
      String sortLocation = file + "\u0000" + String.format(java.util.Locale.ROOT, "%08d:%06d",
          f.location().line(), f.location().column());
      String resource = f.location().resource() == null ? "" : f.location().resource();
      out.append("<tr id=\"f-").append(i).append("\" class=\"finding sev-")
          .append(f.severity().label()).append("\" tabindex=\"0\" data-index=\"").append(i)
          .append("\" data-severity=\"").append(f.severity().label())
          .append("\" data-rank=\"").append(Styles.DESCENDING.indexOf(f.severity()))
          .append("\" data-rule=\"").append(SvgWriter.xml(f.ruleId()))
          .append("\" data-location=\"").append(SvgWriter.xml(sortLocation))
          .append("\" data-resource=\"").append(SvgWriter.xml(resource))
          .append("\" data-targets=\"").append(String.join(" ", targets)).append("\">");
      out.append("<td><span class=\"badge\">").append(f.severity().label())
          .append("</span></td><td>").append(SvgWriter.xml(f.ruleId())).append("</td><td>")
          .append(SvgWriter.xml(location)).append("</td><td>").append(SvgWriter.xml(resource))
          .append("</td><td class=\"message\">").append(SvgWriter.xml(f.message()))
          .append("</td><td>");
      if (targets.isEmpty()) {
        out.append("<span class=\"muted\">not drawn</span>");
      } else {
        for (String t : targets) {
          out.append("<a class=\"target\" href=\"#g-").append(t).append("\" data-target=\"")
              .append(t).append("\">").append(SvgWriter.xml(names.getOrDefault(t, t)))
              .append("</a> ");
        }
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
    if (d.findings().isEmpty()) out.append("<p>No findings.</p>\n");
    out.append("</section>\n");
  }

  private static Map<String, String> nodeNames(Diagram d) {
    Map<String, String> names = new java.util.HashMap<>();
    for (Diagram.Node n : d.nodes()) names.put(n.id(), n.lines().get(0));
    for (Diagram.Edge e : d.edges()) {
      names.put(e.id(), e.lines().isEmpty() ? e.kind().label() : e.lines().get(0));
    }
    return names;
  }

  private static final String CSS = """
      body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;\
      color:#1f2328;background:#ffffff}
      header{padding:12px 20px;border-bottom:1px solid #d0d7de}
      h1{font-size:20px;margin:0 0 4px}
      h2{font-size:16px;margin:16px 0 8px}
      main{padding:0 20px 20px}
      #diagram{overflow:auto;max-height:75vh;border:1px solid #d0d7de;margin-top:12px}
      #diagram .node,#diagram .edge{cursor:pointer}
      #diagram .hl rect,#diagram .hl path{stroke:#8250df !important;stroke-width:5 !important}
      #diagram .hl .label-bg{stroke:#8250df;stroke-width:2}
      .filters{margin:8px 0}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{border-bottom:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
      th[data-key]{cursor:pointer;user-select:none}
      th[aria-sort=ascending]::after{content:' \\25B2'}
      th[aria-sort=descending]::after{content:' \\25BC'}
      tr.finding{cursor:pointer}
      tr.finding:hover{background:#f6f8fa}
      tr.selected{background:#fbefff !important}
      tr.related{background:#f3f0ff}
      .badge{display:inline-block;padding:0 6px;border-radius:8px;font-size:12px}
      .sev-error .badge{background:#ffebe9;color:#a40e26;border:1px solid #cf222e}
      .sev-warning .badge{background:#fff8c5;color:#7d4e00;border:1px solid #bf8700}
      .sev-info .badge{background:#ddf4ff;color:#0550ae;border:1px solid #0969da}
      .message{max-width:60ch}
      .muted{color:#57606a}
      a.target{white-space:nowrap}
      """;

  /**
   * Sorting, filtering and the two-way links. A finding's row names the ids of what it is drawn
   * on ({@code data-targets}); a drawn element names its findings ({@code data-findings}).
   */
  private static final String SCRIPT = """
      (function () {
        'use strict';
        var table = document.getElementById('findings-table');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var severity = document.getElementById('filter-severity');
        var rule = document.getElementById('filter-rule');
        var shown = document.getElementById('shown');
        var focus = null;

        function drawn(id) { return document.getElementById('g-' + id); }

        function clearHighlight() {
          document.querySelectorAll('#diagram .hl').forEach(function (e) {
            e.classList.remove('hl');
          });
          rows.forEach(function (r) { r.classList.remove('selected', 'related'); });
        }

        function applyFilters() {
          var n = 0;
          rows.forEach(function (r) {
            var visible = (!severity.value || r.dataset.severity === severity.value)
                && (!rule.value || r.dataset.rule === rule.value)
                && (!focus || focus.indexOf(r.dataset.index) >= 0);
            r.hidden = !visible;
            if (visible) n++;
          });
          shown.textContent = n + ' of ' + rows.length + ' findings shown';
        }

        function selectFinding(row) {
          clearHighlight();
          row.classList.add('selected');
          var first = null;
          (row.dataset.targets || '').split(' ').forEach(function (id) {
            var e = id && drawn(id);
            if (e) { e.classList.add('hl'); first = first || e; }
          });
          if (first && first.scrollIntoView) {
            first.scrollIntoView({block: 'center', inline: 'center'});
          }
        }

        function selectElement(e) {
          clearHighlight();
          e.classList.add('hl');
          var indexes = (e.getAttribute('data-findings') || '').split(' ').filter(Boolean);
          focus = indexes.length ? indexes : null;
          applyFilters();
          indexes.forEach(function (i) {
            var r = document.getElementById('f-' + i);
            if (r) r.classList.add('related');
          });
          if (indexes.length) {
            document.getElementById('f-' + indexes[0]).scrollIntoView({block: 'nearest'});
          }
        }

        rows.forEach(function (r) {
          r.addEventListener('click', function (ev) {
            if (ev.target.closest('a.target')) ev.preventDefault();
            selectFinding(r);
          });
          r.addEventListener('keydown', function (ev) {
            if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); selectFinding(r); }
          });
        });

        document.querySelectorAll('#diagram .node[id], #diagram .edge[id]').forEach(function (e) {
          e.addEventListener('click', function () { selectElement(e); });
        });

        table.querySelectorAll('th[data-key]').forEach(function (th) {
          th.addEventListener('click', function () {
            var key = th.dataset.key;
            var ascending = th.getAttribute('aria-sort') !== 'ascending';
            table.querySelectorAll('th[data-key]').forEach(function (o) {
              o.setAttribute('aria-sort', 'none');
            });
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            rows.sort(function (a, b) {
              var x = a.dataset[key] || '';
              var y = b.dataset[key] || '';
              var c = x < y ? -1 : x > y ? 1 : Number(a.dataset.index) - Number(b.dataset.index);
              return ascending ? c : -c;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          });
        });

        severity.addEventListener('change', applyFilters);
        rule.addEventListener('change', applyFilters);
        document.getElementById('show-all').addEventListener('click', function () {
          focus = null;
          severity.value = '';
          rule.value = '';
          clearHighlight();
          applyFilters();
        });
        applyFilters();
      }());
      """;
}
