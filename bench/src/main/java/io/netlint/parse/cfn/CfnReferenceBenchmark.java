package io.netlint.parse.cfn;

import io.netlint.bench.Inputs;
import io.netlint.parse.InputKind;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.SyntaxError;
import io.netlint.parse.tree.TreeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reference resolution of templates, apart from parsing: the reference check ({@code Ref},
 * {@code GetAtt}, {@code Sub} and {@code DependsOn} against the template's names), evaluation
 * with exports across stacks, and the links between resources. Lives in the loader's package
 * because the stages are package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CfnReferenceBenchmark {

  /** How many 500-resource stacks resolve together; all but the first import its gateway. */
  @Param({"1", "10", "40"})
  public int templates;

  private final List<CfnTemplate> read = new ArrayList<>();

  @Setup
  public void parse() throws SyntaxError {
    for (int i = 0; i < templates; i++) {
      String text = Inputs.stack(42, Inputs.DEFAULT_SHARE, Inputs.MAX_TEMPLATE_RESOURCES, i,
          false);
      ParsedInput in = new ParsedInput("t" + i + ".yaml", InputKind.CLOUDFORMATION,
          TreeReader.read("t" + i + ".yaml", text, TreeReader.Syntax.YAML).root());
      read.add(CfnTemplate.read(in, new Diagnostics(in.file())).orElseThrow());
    }
  }

  @Benchmark
  public Links resolve() {
    List<CfnEvaluator> evaluators = new ArrayList<>();
    for (CfnTemplate t : read) {
      Diagnostics diags = new Diagnostics("bench");
      ReferenceCheck.run(t, diags);
      evaluators.add(new CfnEvaluator(t, Optional.empty(), diags));
    }
    ExportIndex exports = ExportIndex.build(evaluators);
    evaluators.forEach(ev -> ev.useExports(exports));
    return Links.collect(evaluators);
  }
}
