package io.netlint.parse.tfplan;

import io.netlint.model.Element;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import io.netlint.parse.ParsedInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Terraform plan ({@code terraform show -json planfile}) or state
 * ({@code terraform show -json}) into model elements. Reading builds a {@link TfPlan}
 * representation; {@link TfPlanToModel} converts it. Regions come from the plan's provider
 * configuration, so {@link LoadOptions#region()} is not used.
 */
public final class TfPlanLoader {
  private TfPlanLoader() {}

  public static LoadResult load(ParsedInput plan, LoadOptions options) {
    TfIssues issues = new TfIssues(plan.file());
    TfPlan representation = TfPlanReader.read(plan.file(), plan.root(), issues);
    List<Element> elements = TfPlanToModel.convert(representation, issues);
    List<Diagnostic> diagnostics = new ArrayList<>(issues.all());
    diagnostics.sort(Diagnostic.ORDER);
    return new LoadResult(elements, diagnostics);
  }
}
