package io.netlint.policy;

import io.netlint.parse.Diagnostic;
import io.netlint.policy.ast.PolicyFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads policy files ({@code *.netpolicy}) and compiles them, once per run, into rules. Used by
 * the command line ({@code --policy}) and by other tools such as the Maven plugin:
 *
 * <pre>{@code
 * PolicySet policies = Policies.load(List.of(Path.of("policies")));
 * PolicySet.Joined run = policies.joinWith(RuleRegistry.load(classLoader));
 * // lint with run.registry(); report run.diagnostics() with the result's, and fail on errors
 * }</pre>
 *
 * <p>The language is described in {@code docs/policies.md}.
 */
public final class Policies {

  /** The file name ending of policy files, which directory walks look for. */
  public static final String EXTENSION = ".netpolicy";

  private Policies() {}

  /**
   * Compiles every policy file given, and every {@code .netpolicy} file under every directory
   * given (in name order). Problems become diagnostics at their file, line and column.
   */
  public static PolicySet load(Collection<Path> paths) {
    List<CheckedPolicy> policies = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      for (Path file : files(path, diagnostics)) {
        if (!seen.add(file.toAbsolutePath().normalize())) continue;
        String text;
        try {
          text = StandardCharsets.UTF_8.newDecoder().decode(
              java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
          diagnostics.add(Diagnostic.error(file.toString(), 1, 1, "cannot read: not UTF-8 text"));
          continue;
        } catch (IOException e) {
          diagnostics.add(Diagnostic.error(file.toString(), 1, 1, "cannot read: " + e));
          continue;
        }
        compile(file.toString(), text, policies, diagnostics);
      }
    }
    return new PolicySet(unique(policies, diagnostics), diagnostics);
  }

  /** Compiles the text of one policy file; {@code file} names it in diagnostics. */
  public static PolicySet compile(String file, String text) {
    List<CheckedPolicy> policies = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    compile(file, text, policies, diagnostics);
    return new PolicySet(unique(policies, diagnostics), diagnostics);
  }

  private static void compile(String file, String text, List<CheckedPolicy> policies,
      List<Diagnostic> diagnostics) {
    PolicyFile ast;
    try {
      ast = PolicyAstBuilder.parse(file, text);
    } catch (PolicyException e) {
      diagnostics.add(error(file, e));
      return;
    }
    TypeChecker.Result checked = TypeChecker.check(ast);
    for (PolicyException e : checked.errors()) diagnostics.add(error(file, e));
    policies.addAll(checked.policies());
  }

  private static Diagnostic error(String file, PolicyException e) {
    return Diagnostic.error(file, e.pos().line(), e.pos().column(), e.getMessage());
  }

  /** The files a path stands for; a directory is walked for policy files. */
  private static List<Path> files(Path path, List<Diagnostic> diagnostics) {
    if (Files.isRegularFile(path)) return List.of(path);
    if (!Files.isDirectory(path)) {
      diagnostics.add(Diagnostic.error(path.toString(), 1, 1, "no such file or directory"));
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> found = walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(EXTENSION))
          .sorted()
          .toList();
      if (found.isEmpty()) {
        diagnostics.add(Diagnostic.warning(path.toString(), 1, 1, "no " + EXTENSION
            + " files in this directory"));
      }
      return found;
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(path.toString(), 1, 1, "cannot read: " + e));
      return List.of();
    }
  }

  /** Drops a policy whose ID or slug an earlier one has, with an error at its ID. */
  private static List<CheckedPolicy> unique(List<CheckedPolicy> policies,
      List<Diagnostic> diagnostics) {
    Map<String, CheckedPolicy> ids = new HashMap<>();
    Map<String, CheckedPolicy> slugs = new HashMap<>();
    List<CheckedPolicy> out = new ArrayList<>();
    for (CheckedPolicy p : policies) {
      CheckedPolicy first = ids.get(p.id());
      String what = "policy ID " + p.id();
      if (first == null) {
        first = slugs.get(p.slug());
        what = "slug '" + p.slug() + "'";
      }
      if (first != null) {
        diagnostics.add(Diagnostic.error(p.file(), p.pos().line(), p.pos().column(), what
            + " is already used at " + first.file() + ":" + first.pos().line() + ":"
            + first.pos().column()));
        continue;
      }
      ids.put(p.id(), p);
      slugs.put(p.slug(), p);
      out.add(p);
    }
    return out;
  }
}
