package io.netlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.InputKind;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.cfn.CfnLoader;
import io.netlint.parse.hcl.HclFile;
import io.netlint.parse.hcl.HclReader;
import io.netlint.parse.tfplan.TfPlanLoader;
import io.netlint.parse.tree.SyntaxError;
import io.netlint.parse.tree.TreeReader;
import io.netlint.policy.Policies;
import io.netlint.policy.PolicySet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of everything that reads untrusted text: the JSON/YAML tree reader, the
 * CloudFormation and Terraform-plan loaders, the policy parser and the HCL (Terraform source)
 * reader. Each input takes the path the
 * engine gives a file. The only accepted outcomes are a {@link SyntaxError} (which the engine
 * turns into a diagnostic) or a result with well-formed diagnostics; any other throwable,
 * including {@link StackOverflowError}, is a finding.
 *
 * <p>A normal build replays the committed inputs under
 * {@code src/test/resources/io/netlint/fuzz/LoaderFuzzTestInputs/<method>/}; {@code fuzz.sh}
 * in the module runs real fuzzing.
 */
class LoaderFuzzTest {

  private static final LoadOptions OPTIONS = new LoadOptions(Optional.of("eu-west-1"));

  @FuzzTest(maxDuration = "10m")
  void cloudFormationJson(byte[] input) {
    readAndLoad("fuzz.json", input, TreeReader.Syntax.JSON);
  }

  @FuzzTest(maxDuration = "10m")
  void cloudFormationYaml(byte[] input) {
    readAndLoad("fuzz.yaml", input, TreeReader.Syntax.YAML);
  }

  @FuzzTest(maxDuration = "10m")
  void terraformPlan(byte[] input) {
    readAndLoad("fuzz.tfplan.json", input, TreeReader.Syntax.JSON);
  }

  @FuzzTest(maxDuration = "10m")
  void policy(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    PolicySet set = Policies.compile("fuzz.netpolicy", text);
    checkDiagnostics("fuzz.netpolicy", set.diagnostics());
  }

  @FuzzTest(maxDuration = "10m")
  void hcl(byte[] input) {
    HclFile file = HclReader.read("fuzz.tf", new String(input, StandardCharsets.UTF_8));
    checkDiagnostics("fuzz.tf", file.diagnostics());
    if (!file.parsed() && !file.blocks().isEmpty()) {
      throw new AssertionError("a file with a syntax error kept blocks");
    }
  }

  private static void readAndLoad(String file, byte[] input, TreeReader.Syntax syntax) {
    String text = new String(input, StandardCharsets.UTF_8);
    TreeReader.Result tree;
    try {
      tree = TreeReader.read(file, text, syntax);
    } catch (SyntaxError e) {
      if (e.position() == null || e.getMessage() == null || e.getMessage().isBlank()) {
        throw new AssertionError("syntax error without position or reason", e);
      }
      return;
    }
    checkDiagnostics(file, tree.diagnostics());
    Optional<InputKind> kind = InputKind.classify(tree.root());
    if (kind.isEmpty()) return;
    ParsedInput parsed = new ParsedInput(file, kind.get(), tree.root(), text);
    LoadResult result = kind.get() == InputKind.CLOUDFORMATION
        ? CfnLoader.load(List.of(parsed), OPTIONS)
        : TfPlanLoader.load(parsed, OPTIONS);
    checkDiagnostics(null, result.diagnostics());
    if (result.elements().stream().anyMatch(e -> e == null)) {
      throw new AssertionError("a loader returned a null element");
    }
  }

  /** A diagnostic names its file and a reason; {@code file} null accepts any name. */
  private static void checkDiagnostics(String file, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (d.message() == null || d.message().isBlank() || d.level() == null
          || (file != null && !file.equals(d.file()))) {
        throw new AssertionError("malformed diagnostic " + d);
      }
    }
  }
}
