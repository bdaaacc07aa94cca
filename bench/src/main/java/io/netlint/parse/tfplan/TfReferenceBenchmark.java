package io.netlint.parse.tfplan;

import io.netlint.bench.Inputs;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.parse.tree.Node;
import io.netlint.parse.tree.SyntaxError;
import io.netlint.parse.tree.TreeReader;
import java.util.List;
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
 * Reference resolution of a plan, apart from parsing: {@code convert} turns the plan's
 * representation into the model, following every configuration reference (module inputs and
 * outputs, {@code count.index}, {@code each.key}) since the generated IDs are unknown until
 * apply; {@code network} indexes the model's links. Lives in the loader's package because the
 * stages are package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class TfReferenceBenchmark {

  @Param({"1000", "10000", "100000"})
  public int resources;

  private Node root;
  private List<Element> elements;

  @Setup
  public void load() throws SyntaxError {
    String text = new String(Inputs.plan(42, Inputs.DEFAULT_SHARE, resources),
        java.nio.charset.StandardCharsets.UTF_8);
    root = TreeReader.read("plan.json", text, TreeReader.Syntax.JSON).root();
    elements = convert();
  }

  @Benchmark
  public List<Element> convert() {
    TfIssues issues = new TfIssues("plan.json");
    return TfPlanToModel.convert(TfPlanReader.read("plan.json", root, issues), issues);
  }

  @Benchmark
  public Network network() {
    return Network.of(elements);
  }
}
