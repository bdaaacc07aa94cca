package io.netlint.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes benchmark inputs.
 *
 * <pre>
 * Generate [--seed N] [--anti-patterns SHARE] --out DIR      every input of bench/run.sh
 * Generate cfn  --resources N [--json] [options] --out FILE   one CloudFormation template
 * Generate plan --resources N [options] --out FILE            one Terraform plan
 * Generate dir  --templates N [options] --out DIR             a directory of templates
 * </pre>
 */
public final class Generate {

  private Generate() {}

  public static void main(String[] args) throws IOException {
    String what = "suite";
    long seed = 42;
    double share = Inputs.DEFAULT_SHARE;
    int count = -1;
    boolean json = false;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "cfn", "plan", "dir", "suite" -> what = args[i];
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--anti-patterns" -> share = Double.parseDouble(args[++i]);
        case "--resources", "--templates" -> count = Integer.parseInt(args[++i]);
        case "--json" -> json = true;
        case "--out" -> out = Path.of(args[++i]);
        default -> usage("unknown argument '" + args[i] + "'");
      }
    }
    if (out == null) usage("--out is required");
    if (share < 0 || share > 1) usage("--anti-patterns is a share between 0 and 1");
    if (!what.equals("suite") && count <= 0) usage(what + " needs --resources or --templates");
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    switch (what) {
      case "cfn" -> {
        if (count > Inputs.MAX_TEMPLATE_RESOURCES) usage("a template holds at most 500 resources");
        Files.writeString(out, Inputs.template(seed, share, count, json));
        System.out.println(out + ": " + count + " resources");
      }
      case "plan" -> {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
          Inputs.plan(seed, share, count, os);
        }
        System.out.println(out + ": " + count + " resources");
      }
      case "dir" -> {
        Map<AntiPattern, Integer> planted = new EnumMap<>(AntiPattern.class);
        int resources = Inputs.templateDirectory(seed, share, count, out, planted);
        System.out.println(out + ": " + count + " templates, " + resources + " resources");
      }
      default -> {
        for (Inputs.Summary s : Inputs.suite(seed, share, out)) System.out.println(s);
      }
    }
  }

  private static void usage(String problem) {
    System.err.println("generate: " + problem);
    System.err.println("usage: Generate [suite|cfn|plan|dir] [--seed N] [--anti-patterns SHARE]"
        + " [--resources N | --templates N] [--json] --out PATH");
    System.exit(2);
  }
}
