package io.netlint.parse.tfplan;

import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import io.netlint.parse.ParsedInput;
import java.util.ArrayList;

/** Turns a Terraform plan ({@code terraform show -json}) into model elements. */
public final class TfPlanLoader {
  private TfPlanLoader() {}

  public static LoadResult load(ParsedInput plan, LoadOptions options) {
    return new LoadResult(new ArrayList<>(), new ArrayList<>());
  }
}
