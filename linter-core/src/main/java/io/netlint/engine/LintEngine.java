package io.netlint.engine;

import io.netlint.cfnlint.CfnLint;
import io.netlint.model.Element;
import io.netlint.model.Network;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.InputKind;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.hcl.HclFile;
import io.netlint.parse.cfn.CfnLoader;
import io.netlint.parse.tfplan.TfPlanLoader;
import io.netlint.rule.Finding;
import io.netlint.rule.RuleDescriptor;
import io.netlint.suppress.SourceSuppressions;
import io.netlint.suppress.Suppression;
import io.netlint.suppress.TfSuppressions;
import io.netlint.tfsource.TfSourceMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs netlint: discover inputs, read and classify them, load them into one network, run every
 * rule over it. Bad input never stops the run; it becomes a diagnostic and the rest is linted.
 */
public final class LintEngine {

  private LintEngine() {}

  public static LintResult run(LintRequest request) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    InputDiscovery.Result discovered = InputDiscovery.discover(request.inputs(),
        !request.skipUnrecognized());
    diagnostics.addAll(discovered.diagnostics());

    List<ParsedInput> templates = new ArrayList<>();
    List<ParsedInput> plans = new ArrayList<>();
    List<TfSourceMapper.Plan> tfPlans = new ArrayList<>();
    List<CfnLint.Template> forCfnLint = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    Map<InputFile, InputReader.Result> reads = InputReads.read(discovered.files().stream()
        .filter(f -> request.config().accepts(f.path())).toList(), request.maxFileSize());
    for (InputFile file : discovered.files()) {
      if (!request.config().accepts(file.path())) continue; // include/exclude of the config file
      InputReader.Result read = reads.get(file);
      diagnostics.addAll(read.diagnostics());
      read.input().map(SourceSuppressions::read).ifPresent(s -> {
        suppressions.addAll(s.suppressions());
        diagnostics.addAll(s.diagnostics());
      });
      read.input().ifPresent(in -> (in.kind() == InputKind.CLOUDFORMATION ? templates : plans)
          .add(in));
      read.input().filter(in -> in.kind() == InputKind.CLOUDFORMATION).ifPresent(in ->
          forCfnLint.add(new CfnLint.Template(in.file(), file.path(), in.root())));
      read.input().filter(in -> in.kind() != InputKind.CLOUDFORMATION).ifPresent(in ->
          tfPlans.add(new TfSourceMapper.Plan(in.file(), file.path(), in.root())));
    }
    // cfn-lint works in its own process while netlint loads and checks the same inputs.
    CfnLint.Pending cfnLint = CfnLint.start(request.cfnLint(), forCfnLint, request.region());

    LoadOptions options = new LoadOptions(request.region());
    Network.Builder network = Network.builder();
    if (!templates.isEmpty()) {
      load(() -> CfnLoader.load(templates, options), "CloudFormation templates",
          templates.get(0).file(), network, diagnostics, request.debug());
    }
    for (ParsedInput plan : plans) {
      load(() -> TfPlanLoader.load(plan, options), "Terraform plan", plan.file(), network,
          diagnostics, request.debug());
    }
    Network net = network.build();

    List<Finding> findings = new ArrayList<>();
    AttributeLocator attributes = new AttributeLocator(plans);
    List<RuleDescriptor> rules = request.rules().rules();
    // Rules only read the network, so on a large one they share the cores; results are taken in
    // rule order, so the output does not depend on which thread finished first.
    Stream<RuleDescriptor> checks = net.size() >= PARALLEL_RULES_FROM
        ? rules.parallelStream() : rules.stream();
    for (RuleRun run : checks.map(rule -> check(rule, net, request, attributes)).toList()) {
      findings.addAll(run.findings());
      run.diagnostic().ifPresent(diagnostics::add);
    }
    CfnLint.Outcome external = cfnLint.finish(findings);
    findings = new ArrayList<>(external.findings());
    diagnostics.addAll(external.diagnostics());
    if (!tfPlans.isEmpty()) {
      try {
        TfSourceMapper.Result mapped = TfSourceMapper.map(tfPlans, request.tfSources(),
            findings, Path.of(""));
        findings = new ArrayList<>(mapped.findings());
        diagnostics.addAll(mapped.diagnostics());
        for (HclFile source : mapped.sources()) {
          SourceSuppressions.Result s = TfSuppressions.read(source);
          suppressions.addAll(s.suppressions());
          diagnostics.addAll(s.diagnostics());
        }
      } catch (RuntimeException e) {
        // the findings stand on their plan locations
        diagnostics.add(Diagnostic.error(tfPlans.get(0).file(), 1, 1, "internal error while"
            + " placing findings on Terraform sources: " + describe(e, request.debug())));
      }
    }
    findings.sort(Finding.ORDER);
    diagnostics.sort(Diagnostic.ORDER);
    return new LintResult(findings, diagnostics, request.rules().rules(),
        templates.size() + plans.size(), net, external.tool().stream().toList())
        .withSuppressions(suppressions);
  }

  /** Below this many elements the rules take less time than starting threads for them. */
  private static final int PARALLEL_RULES_FROM = 200;

  /** What one rule found, or the internal error that stopped it. */
  private record RuleRun(List<Finding> findings, Optional<Diagnostic> diagnostic) {}

  private static RuleRun check(RuleDescriptor rule, Network net, LintRequest request,
      AttributeLocator attributes) {
    EngineRuleContext ctx = new EngineRuleContext(rule, request.config().parameters(),
        attributes);
    try {
      rule.rule().check(net, ctx);
      return new RuleRun(ctx.findings(), Optional.empty());
    } catch (RuntimeException | StackOverflowError e) {
      return new RuleRun(List.of(), Optional.of(Diagnostic.error("<rule " + rule.id() + ">", 1, 1,
          "internal error in rule " + rule.id() + ": " + describe(e, request.debug()))));
    }
  }

  private interface Load {
    LoadResult get();
  }

  private static void load(Load loader, String what, String file, Network.Builder network,
      List<Diagnostic> diagnostics, boolean debug) {
    try {
      LoadResult result = loader.get();
      for (Element e : result.elements()) network.add(e);
      diagnostics.addAll(result.diagnostics());
    } catch (RuntimeException | StackOverflowError e) {
      // a stack overflow too: deep input must cost its own diagnostic, not the whole run
      diagnostics.add(Diagnostic.error(file, 1, 1,
          "internal error while loading " + what + ": " + describe(e, debug)));
    }
  }

  private static String describe(Throwable e, boolean debug) {
    if (!debug) return e.toString();
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
