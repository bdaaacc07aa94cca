package io.netlint.bench;

import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.model.SourceRef;
import io.netlint.parse.InputKind;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tfplan.TfPlanLoader;
import io.netlint.parse.tree.SyntaxError;
import io.netlint.parse.tree.TreeReader;
import io.netlint.rule.RuleContext;
import io.netlint.rule.RuleDescriptor;
import io.netlint.rule.RuleRegistry;
import io.netlint.rule.Severity;
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
 * Every built-in rule over the network of a generated plan of N resources. {@code -p rule=NET404}
 * times one rule, to find the one that does not scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class RuleCatalogueBenchmark {

  @Param({"1000", "10000", "100000"})
  public int resources;

  /** {@code all}, or one rule ID. */
  @Param("all")
  public String rule;

  private Network network;
  private List<RuleDescriptor> rules;

  @Setup
  public void load() throws SyntaxError {
    String text = Inputs.text(Inputs.plan(42, Inputs.DEFAULT_SHARE, resources));
    TreeReader.Result tree = TreeReader.read("plan.json", text, TreeReader.Syntax.JSON);
    network = Network.of(TfPlanLoader.load(new ParsedInput("plan.json",
        InputKind.TERRAFORM_PLAN, tree.root()), LoadOptions.defaults()).elements());
    rules = RuleRegistry.load(getClass().getClassLoader()).rules().stream()
        .filter(d -> rule.equals("all") || d.id().equals(rule)).toList();
    if (rules.isEmpty()) throw new IllegalArgumentException("no rule " + rule);
  }

  @Benchmark
  public int catalogue() {
    Counter counter = new Counter();
    for (RuleDescriptor d : rules) d.rule().check(network, counter);
    return counter.findings;
  }

  /** Counts reports; building findings is the engine's cost, not the rules'. */
  private static final class Counter implements RuleContext {
    int findings;

    @Override
    public void report(Element element, String message, List<? extends Element> related) {
      findings++;
    }

    @Override
    public void report(Element element, Severity severity, String message,
        List<? extends Element> related) {
      findings++;
    }

    @Override
    public void report(Element element, SourceRef at, Severity severity, String message,
        List<? extends Element> related) {
      findings++;
    }
  }
}
