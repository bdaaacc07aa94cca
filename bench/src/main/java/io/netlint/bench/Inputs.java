package io.netlint.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generated inputs of the benchmarks, each a pure function of its seed: the same seed writes
 * the same bytes.
 */
public final class Inputs {

  /** The default share of VPC units that carry a planted mistake. */
  public static final double DEFAULT_SHARE = 0.1;
  /** CloudFormation's limit of resources per template. */
  public static final int MAX_TEMPLATE_RESOURCES = 500;
  /** About 70 lines of YAML: a VPC, subnets in two zones, private route tables. */
  public static final int SMALL_TEMPLATE_RESOURCES = 9;

  /** What one generated input holds. */
  public record Summary(String path, long bytes, int resources, Map<AntiPattern, Integer> planted) {
    @Override
    public String toString() {
      int total = planted.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder rules = new StringBuilder();
      planted.forEach((k, v) -> rules.append(' ').append(k.rule).append('x').append(v));
      return String.format("%-16s %,12d bytes %,8d resources %,4d planted:%s", path, bytes,
          resources, total, rules);
    }
  }

  private Inputs() {}

  public static String template(long seed, double share, int resources, boolean json) {
    return template(seed, share, resources, json, new EnumMap<>(AntiPattern.class));
  }

  private static String template(long seed, double share, int resources, boolean json,
      Map<AntiPattern, Integer> planted) {
    // a small stack is one VPC, written tersely: a transit gateway would take a tenth of it
    boolean small = resources < 20;
    CfnGenerator g = new CfnGenerator(seed, share, !small);
    CfnGenerator.Tgw tgw = small ? CfnGenerator.Tgw.NONE : CfnGenerator.Tgw.OWN;
    Map<String, Object> t = g.template(resources, 0, Addressing.VPCS, tgw,
        "bench-core-TransitGatewayId", "Generated network stack of " + resources
            + " resources (netlint bench, seed " + seed + ")");
    g.planted().forEach((k, v) -> planted.merge(k, v, Integer::sum));
    return json ? TemplateWriter.json(t) : TemplateWriter.yaml(t);
  }

  /**
   * The {@code index}-th of a set of stacks deployed together: its own VPC ranges and export
   * names; stack 0 owns the transit gateway that the others import.
   */
  public static String stack(long seed, double share, int resources, int index, boolean json) {
    CfnGenerator g = new CfnGenerator(mix(seed, index), share, true);
    Map<String, Object> t = g.template(resources, index * 64, 64,
        index == 0 ? CfnGenerator.Tgw.OWN : CfnGenerator.Tgw.IMPORT, "bench-core-TransitGatewayId",
        "Stack " + index + " of a set (netlint bench, seed " + seed + ")");
    return json ? TemplateWriter.json(t) : TemplateWriter.yaml(t);
  }

  public static void plan(long seed, double share, int resources, OutputStream out)
      throws IOException {
    plan(seed, share, resources, out, new EnumMap<>(AntiPattern.class));
  }

  private static void plan(long seed, double share, int resources, OutputStream out,
      Map<AntiPattern, Integer> planted) throws IOException {
    TfPlanGenerator g = new TfPlanGenerator(seed, share);
    g.write(resources, out);
    g.planted().forEach((k, v) -> planted.merge(k, v, Integer::sum));
  }

  public static byte[] plan(long seed, double share, int resources) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(resources * 1200);
    try {
      plan(seed, share, resources, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A monorepo of network stacks under {@code teams/team-NN/}: every hundredth stack owns a
   * transit gateway that the next 99 import; three in four are YAML.
   *
   * @return the number of resources written
   */
  public static int templateDirectory(long seed, double share, int templates, Path dir,
      Map<AntiPattern, Integer> planted) throws IOException {
    int total = 0;
    for (int k = 0; k < templates; k++) {
      Random pick = new Random(mix(seed, k));
      int resources = 10 + pick.nextInt(51);
      boolean json = pick.nextInt(4) == 0;
      boolean owner = k % 100 == 0;
      String export = "bench-hub-" + (k / 100) + "-TransitGatewayId";
      CfnGenerator g = new CfnGenerator(mix(seed, k) + 1, share, true);
      Map<String, Object> t = g.template(resources, k * 8, 8,
          owner ? CfnGenerator.Tgw.OWN : CfnGenerator.Tgw.IMPORT, export,
          "Network stack " + k + " of team " + (k % 40) + " (netlint bench, seed " + seed + ")");
      g.planted().forEach((a, n) -> planted.merge(a, n, Integer::sum));
      Path file = dir.resolve(String.format("teams/team-%02d/stack-%04d.%s", k % 40, k,
          json ? "json" : "yaml"));
      Files.createDirectories(file.getParent());
      Files.writeString(file, json ? TemplateWriter.json(t) : TemplateWriter.yaml(t));
      total += resources;
    }
    return total;
  }

  /** Writes every input of bench/run.sh into {@code out}. */
  public static List<Summary> suite(long seed, double share, Path out) throws IOException {
    Files.createDirectories(out);
    List<Summary> written = new ArrayList<>();
    written.add(writeTemplate(seed, share, SMALL_TEMPLATE_RESOURCES, false, out, "small.yaml"));
    written.add(writeTemplate(seed, share, MAX_TEMPLATE_RESOURCES, false, out, "cfn-500.yaml"));
    written.add(writeTemplate(seed, share, MAX_TEMPLATE_RESOURCES, true, out, "cfn-500.json"));
    for (int n : new int[] {1_000, 10_000, 100_000}) {
      written.add(writePlan(seed, share, n, out, "plan-" + (n / 1000) + "k.json"));
    }
    written.add(writeDirectory(seed, share, 1_000, out, "templates-1000"));
    return written;
  }

  static Summary writeTemplate(long seed, double share, int resources, boolean json, Path out,
      String name) throws IOException {
    Map<AntiPattern, Integer> planted = new EnumMap<>(AntiPattern.class);
    String text = template(seed, share, resources, json, planted);
    Path file = out.resolve(name);
    Files.writeString(file, text);
    return new Summary(name, Files.size(file), resources, planted);
  }

  static Summary writePlan(long seed, double share, int resources, Path out, String name)
      throws IOException {
    Map<AntiPattern, Integer> planted = new EnumMap<>(AntiPattern.class);
    Path file = out.resolve(name);
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      plan(seed, share, resources, os, planted);
    }
    return new Summary(name, Files.size(file), resources, planted);
  }

  static Summary writeDirectory(long seed, double share, int templates, Path out, String name)
      throws IOException {
    Map<AntiPattern, Integer> planted = new EnumMap<>(AntiPattern.class);
    Path dir = out.resolve(name);
    deleteTree(dir);
    int resources = templateDirectory(seed, share, templates, dir, planted);
    long bytes;
    try (var files = Files.walk(dir)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    return new Summary(name + "/", bytes, resources, planted);
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Independent, reproducible seeds for the parts of one input. */
  static long mix(long seed, long part) {
    long z = seed + 0x9E3779B97F4A7C15L * (part + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
