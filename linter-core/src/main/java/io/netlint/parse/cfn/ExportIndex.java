package io.netlint.parse.cfn;

import io.netlint.parse.tree.MapNode;
import io.netlint.parse.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code Outputs.*.Export.Name} of every template of a run, for {@code Fn::ImportValue}. */
final class ExportIndex {

  /** One export: the template that declares it and the output's {@code Value}. */
  record Export(String name, CfnEvaluator owner, Node value) {}

  private final Map<String, List<Export>> byName = new LinkedHashMap<>();

  private ExportIndex() {}

  /** Evaluates each export name in its own template; outputs with a false condition have none. */
  static ExportIndex build(List<CfnEvaluator> evaluators) {
    ExportIndex index = new ExportIndex();
    for (CfnEvaluator ev : evaluators) {
      for (MapNode.Entry out : ev.template().outputs.values()) {
        if (!(out.value() instanceof MapNode body)) continue;
        if (!(body.get("Export") instanceof MapNode export) || export.get("Name") == null) continue;
        Node condition = body.get("Condition");
        if (condition != null && ev.conditionOf(condition).isFalse()) continue;
        CfnValue name = ev.eval(export.get("Name"));
        // a name that still holds ${AWS::StackName} and the like cannot be matched statically
        if (!(name instanceof CfnValue.Str s) || s.symbolic()) continue;
        List<Export> same = index.byName.computeIfAbsent(s.text(), k -> new ArrayList<>());
        for (Export other : same) {
          if (other.owner() != ev) {
            ev.diagnostics().warning(export.get("Name"), "export name '" + s.text()
                + "' is also exported by " + other.owner().template().file
                + "; CloudFormation requires export names to be unique in an account and region");
          }
        }
        same.add(new Export(s.text(), ev, body.get("Value")));
      }
    }
    return index;
  }

  /** The export of that name declared by a template other than {@code importer}. */
  Optional<Export> lookup(String name, CfnEvaluator importer) {
    return byName.getOrDefault(name, List.of()).stream()
        .filter(e -> e.owner() != importer)
        .findFirst();
  }
}
