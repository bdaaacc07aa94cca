package io.netlint.parse.cfn;

import io.netlint.model.Element;
import io.netlint.model.Value;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns CloudFormation templates into model elements. */
public final class CfnLoader {
  private CfnLoader() {}

  /**
   * Loads all templates of a run together, so that {@code Fn::ImportValue} resolves against the
   * {@code Outputs.Export} of the others.
   */
  public static LoadResult load(List<ParsedInput> templates, LoadOptions options) {
    Optional<String> region = options == null ? Optional.empty() : options.region();
    Value<String> stackRegion = region.<Value<String>>map(Value::known)
        .orElseGet(() -> Value.unknown(CfnEvaluator.NO_REGION));
    List<Diagnostics> allDiags = new ArrayList<>();
    List<CfnEvaluator> evaluators = new ArrayList<>();
    for (ParsedInput input : templates) {
      Diagnostics diags = new Diagnostics(input.file());
      allDiags.add(diags);
      Optional<CfnTemplate> template;
      try {
        template = CfnTemplate.read(input, diags);
      } catch (RuntimeException e) {
        diags.error(Position.START, "cannot read template (" + e + ")");
        continue;
      }
      template.ifPresent(t -> {
        try {
          ReferenceCheck.run(t, diags);
        } catch (RuntimeException e) {
          diags.warning(Position.START, "cannot check the references of this template (" + e + ")");
        }
        evaluators.add(new CfnEvaluator(t, region, diags));
      });
    }
    ExportIndex exports = ExportIndex.build(evaluators);
    evaluators.forEach(ev -> ev.useExports(exports));
    Links links = Links.collect(evaluators);
    List<Element> elements = new ArrayList<>();
    for (CfnEvaluator ev : evaluators) {
      elements.addAll(new CfnToModel(ev, links, stackRegion).convert());
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostics d : allDiags) {
      List<Diagnostic> sorted = new ArrayList<>(d.all());
      sorted.sort(Diagnostic.ORDER);
      diagnostics.addAll(sorted);
    }
    return new LoadResult(elements, diagnostics);
  }
}
