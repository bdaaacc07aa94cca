package io.netlint.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.netlint.parse.InputKind;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.cfn.CfnLoader;
import io.netlint.parse.tfplan.TfPlanLoader;
import io.netlint.parse.tree.SyntaxError;
import io.netlint.parse.tree.TreeReader;
import java.io.IOException;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Loading per format, next to the bare Jackson parse of the same text: the budget is
 * {@code load <= 2 x jacksonTree}. {@code jacksonTokens} is the floor (no tree at all);
 * {@code treeRead} is netlint's positioned tree; {@code load} adds the loader's model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LoadBenchmark {

  /** {@code cfn-yaml-N}, {@code cfn-json-N} (N up to 500) or {@code tfplan-N}. */
  @Param({"cfn-yaml-500", "cfn-json-500", "tfplan-1000", "tfplan-10000"})
  public String input;

  private String text;
  private TreeReader.Syntax syntax;
  private InputKind kind;
  private ObjectMapper mapper;
  private JsonFactory factory;

  @Setup
  public void generate() {
    int size = Integer.parseInt(input.substring(input.lastIndexOf('-') + 1));
    if (input.startsWith("tfplan-")) {
      text = Inputs.text(Inputs.plan(42, Inputs.DEFAULT_SHARE, size));
      kind = InputKind.TERRAFORM_PLAN;
    } else {
      text = Inputs.template(42, Inputs.DEFAULT_SHARE, size, input.startsWith("cfn-json-"));
      kind = InputKind.CLOUDFORMATION;
    }
    syntax = TreeReader.sniff(text);
    factory = syntax == TreeReader.Syntax.YAML ? new YAMLFactory() : new JsonFactory();
    mapper = new ObjectMapper(factory);
  }

  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return mapper.readTree(text);
  }

  @Benchmark
  public void jacksonTokens(Blackhole bh) throws IOException {
    try (JsonParser p = factory.createParser(text)) {
      while (p.nextToken() != null) bh.consume(p.currentTokenLocation());
    }
  }

  @Benchmark
  public TreeReader.Result treeRead() throws SyntaxError {
    return TreeReader.read("bench", text, syntax);
  }

  @Benchmark
  public LoadResult load() throws SyntaxError {
    ParsedInput in = new ParsedInput("bench", kind, TreeReader.read("bench", text, syntax).root());
    return kind == InputKind.TERRAFORM_PLAN ? TfPlanLoader.load(in, LoadOptions.defaults())
        : CfnLoader.load(List.of(in), LoadOptions.defaults());
  }
}
