package io.netlint.suppress;

import io.netlint.config.NetlintConfig;
import io.netlint.model.SourceRef;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.hcl.HclBlock;
import io.netlint.parse.hcl.HclComment;
import io.netlint.parse.hcl.HclFile;
import io.netlint.parse.tree.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The {@code # netlint:ignore RULE reason} (or {@code // netlint:ignore ...}) comments of a
 * {@code .tf} file, on the line of a {@code resource}, {@code data} or {@code module} block or
 * directly above it. They cover the findings placed in that block, with the same rules as in a
 * CloudFormation template: a reason is required, and a comment netlint cannot use is an error.
 */
public final class TfSuppressions {

  private static final Set<String> BLOCK_TYPES = Set.of("resource", "data", "module");

  private TfSuppressions() {}

  public static SourceSuppressions.Result read(HclFile file) {
    List<Suppression> suppressions = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<Integer, HclBlock> blocks = new HashMap<>();
    for (HclBlock b : file.blocks()) {
      if (BLOCK_TYPES.contains(b.type())) blocks.putIfAbsent(b.start().line(), b);
    }
    Set<Integer> commentOnly = new HashSet<>();
    for (HclComment c : file.comments()) {
      if (c.ownLine() && !c.text().contains("\n")) commentOnly.add(c.start().line());
    }
    for (HclComment c : file.comments()) {
      if (!c.text().startsWith("netlint:")) continue;
      Position at = c.start();
      Matcher d = SourceSuppressions.DIRECTIVE.matcher(c.text());
      if (!d.matches() || !d.group(1).equals("ignore")) {
        diagnostics.add(error(file, at, "unknown netlint comment '" + c.text() + "'; the form"
            + " is # netlint:ignore RULE[,RULE...] reason"));
        continue;
      }
      HclBlock block = attached(c, blocks, commentOnly);
      if (block == null) {
        diagnostics.add(error(file, at, "a netlint:ignore comment must be on the line of a"
            + " resource, data or module block or directly above it"));
        continue;
      }
      String name = String.join(".", block.labels());
      if (block.type().equals("data")) name = "data." + name;
      if (block.type().equals("module")) name = "module." + name;
      Matcher ids = SourceSuppressions.IDS.matcher(d.group(2));
      if (!ids.matches()) {
        diagnostics.add(error(file, at, "netlint:ignore names no rule; the form is"
            + " # netlint:ignore RULE[,RULE...] reason"));
        continue;
      }
      String reason = ids.group(2).strip().replaceFirst("^[-:\u2013\u2014]+\\s*", "");
      for (String rule : ids.group(1).split("\\s*,\\s*")) {
        if (!SourceSuppressions.RULE.matcher(rule).matches()
            || rule.equals(NetlintConfig.UNUSED_SUPPRESSION)) {
          diagnostics.add(error(file, at, "'" + rule + "' in a suppression of '" + name
              + "' is not a rule ID such as NET301"));
          continue;
        }
        if (reason.isBlank()) {
          diagnostics.add(error(file, at, "suppression of " + rule + " on '" + name
              + "' has no reason: write # netlint:ignore " + rule
              + " <why the finding is accepted>"));
          continue;
        }
        suppressions.add(new Suppression(Suppression.Kind.COMMENT, rule, reason,
            new SourceRef(file.file(), at.line(), at.column(), name),
            new Suppression.Block(file.file(), block.start().line(), block.end().line())));
      }
    }
    return new SourceSuppressions.Result(suppressions, diagnostics);
  }

  /** The block a comment belongs to: its own line's, or the first after a run of comments. */
  private static HclBlock attached(HclComment c, Map<Integer, HclBlock> blocks,
      Set<Integer> commentOnly) {
    int line = c.start().line();
    if (!c.ownLine()) return blocks.get(line);
    int next = line + 1;
    while (commentOnly.contains(next)) next++;
    return blocks.get(next);
  }

  private static Diagnostic error(HclFile file, Position at, String message) {
    return Diagnostic.error(file.file(), at.line(), at.column(), message);
  }
}
