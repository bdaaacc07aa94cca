package io.netlint.report.internal;

import io.netlint.model.SourceRef;
import io.netlint.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Line-independent identities of findings, for baselines and for CI systems that track issues
 * across commits: rule, file, resource and the related resources, never the line or the message
 * (both move when unrelated text is edited). Findings that share all of these are told apart by
 * their order, so every key in one report is unique.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** One key per finding, in the order given: 64 lower-case hex characters. */
  public static List<String> of(List<Finding> findings, Path workingDirectory) {
    List<String> keys = new ArrayList<>(findings.size());
    Map<String, Integer> seen = new HashMap<>();
    for (Finding f : findings) {
      StringBuilder base = new StringBuilder("netlint/v1\0").append(f.ruleId()).append('\0');
      appendRef(base, f.location(), workingDirectory);
      TreeSet<String> related = new TreeSet<>();
      for (SourceRef r : f.related()) {
        StringBuilder b = new StringBuilder();
        appendRef(b, r, workingDirectory);
        related.add(b.toString());
      }
      related.forEach(r -> base.append('\0').append(r));
      keys.add(sha256(occurrence(base.toString(), seen)));
    }
    return keys;
  }

  /** A unique key for an input problem: its file and message. */
  public static List<String> ofProblems(List<String> fileAndMessage) {
    List<String> keys = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String s : fileAndMessage) keys.add(sha256(occurrence("netlint/input\0" + s, seen)));
    return keys;
  }

  private static String occurrence(String base, Map<String, Integer> seen) {
    int n = seen.merge(base, 1, Integer::sum);
    return base + '\0' + n;
  }

  private static void appendRef(StringBuilder b, SourceRef r, Path workingDirectory) {
    b.append(ReportPaths.relative(r.file(), workingDirectory)).append('#')
        .append(r.resource() == null ? "" : r.resource());
  }

  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
