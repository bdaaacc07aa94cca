package io.netlint.suppress;

import io.netlint.config.Glob;
import io.netlint.model.SourceRef;
import io.netlint.rule.Finding;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision to accept the findings of one rule somewhere, with the reason for it.
 *
 * @param at where the suppression is written: the Metadata entry, the comment, or the
 *     configuration file's {@code ignore:} entry; its resource is the one it is attached to
 * @param scope which findings it covers
 */
public record Suppression(Kind kind, String rule, String reason, SourceRef at, Scope scope) {

  /** Where a suppression is written. */
  public enum Kind {
    /** {@code Metadata: {netlint: {ignore: [...]}}} on a CloudFormation resource. */
    METADATA,
    /**
     * {@code # netlint:ignore RULE reason} on or above a CloudFormation resource or a Terraform
     * {@code resource}, {@code data} or {@code module} block.
     */
    COMMENT,
    /** An {@code ignore:} entry of the configuration file. */
    CONFIG;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** Whether the suppression is written in the input itself (SARIF's "inSource"). */
    public boolean inSource() { return this != CONFIG; }
  }

  /** Which findings a suppression covers. */
  public sealed interface Scope permits Resource, Patterns, Block {}

  /** Findings located on one resource of one input, named as the run names it. */
  public record Resource(String file, String resource) implements Scope {}

  /**
   * Findings located in a block of a {@code .tf} file, from its first line to its last: every
   * instance that the block declares, in every module call that uses it.
   */
  public record Block(String file, int firstLine, int lastLine) implements Scope {}

  /**
   * Findings whose file and resource match; an absent glob matches anything.
   *
   * @param base the directory file globs are relative to
   */
  public record Patterns(Optional<Glob> file, Optional<Glob> resource, Path base)
      implements Scope {
    public Patterns {
      base = base.toAbsolutePath().normalize();
    }
  }

  public Suppression {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * Whether it covers {@code f}: same rule, and the finding's own location (not a related one)
   * is in scope.
   *
   * @param workingDirectory where the finding's relative file names resolve
   */
  public boolean covers(Finding f, Path workingDirectory) {
    if (!rule.equals(f.ruleId())) return false;
    return covers(f.location(), workingDirectory);
  }

  boolean covers(SourceRef location, Path workingDirectory) {
    if (scope instanceof Resource r) {
      return r.file().equals(location.file())
          && Objects.equals(r.resource(), location.resource());
    }
    if (scope instanceof Block b) {
      return b.file().equals(location.file()) && location.line() >= b.firstLine()
          && location.line() <= b.lastLine();
    }
    Patterns p = (Patterns) scope;
    if (p.resource().isPresent() && !p.resource().get().matches(location.resource())) {
      return false;
    }
    if (p.file().isEmpty()) return true;
    return relative(location.file(), p.base(), workingDirectory)
        .filter(rel -> p.file().get().matches(rel)).isPresent();
  }

  /** A finding's file relative to {@code base}, with {@code /}; empty when outside it. */
  static Optional<String> relative(String file, Path base, Path workingDirectory) {
    try {
      Path abs = workingDirectory.toAbsolutePath().resolve(file).normalize();
      if (!abs.startsWith(base)) return Optional.empty();
      String rel = base.relativize(abs).toString();
      return Optional.of(File.separatorChar == '\\' ? rel.replace('\\', '/') : rel);
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
