package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule compiled into its own jar, outside netlint, is found through ServiceLoader. */
class PluginJarTest {

  @TempDir static Path dir;
  static Path jar;

  private static final String RULE = """
      package com.example.netrules;

      import io.netlint.model.Network;
      import io.netlint.model.Vpc;
      import io.netlint.rule.Rule;
      import io.netlint.rule.RuleContext;
      import io.netlint.rule.RuleInfo;
      import io.netlint.rule.Severity;

      @RuleInfo(id = "NET950", name = "vpc-inventory", summary = "Lists every VPC",
          severity = Severity.INFO)
      public final class VpcInventory implements Rule {
        @Override
        public void check(Network network, RuleContext ctx) {
          for (Vpc vpc : network.all(Vpc.class)) {
            ctx.report(vpc, "VPC '" + vpc.name() + "' is in the inventory");
          }
        }
      }
      """;

  private static final String PROVIDER = """
      package com.example.netrules;

      import io.netlint.rule.Rule;
      import io.netlint.rule.RuleProvider;
      import java.util.List;

      public final class ExampleRules implements RuleProvider {
        @Override
        public List<Rule> rules() {
          return List.of(new VpcInventory());
        }
      }
      """;

  @BeforeAll
  static void buildPluginJar() throws IOException {
    Path src = dir.resolve("src/com/example/netrules");
    Files.createDirectories(src);
    Files.writeString(src.resolve("VpcInventory.java"), RULE);
    Files.writeString(src.resolve("ExampleRules.java"), PROVIDER);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, "-d", classes.toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        src.resolve("VpcInventory.java").toString(), src.resolve("ExampleRules.java").toString());
    assertThat(rc).as("javac exit code").isZero();
    jar = dir.resolve("example-rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/io.netlint.rule.RuleProvider"));
      out.write("com.example.netrules.ExampleRules\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }

  @Test
  void pluginRulesAreListed() {
    CliRun run = CliRun.of("rules", "--plugin", jar.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("NET950  vpc-inventory").contains("NET101");
    assertThat(CliRun.of("rules").out()).doesNotContain("NET950");
  }

  @Test
  void pluginRulesRunInLint() throws IOException {
    Path template = dir.resolve("vpc.yaml");
    Files.writeString(template, "Resources:\n  AppVpc:\n    Type: AWS::EC2::VPC\n"
        + "    Properties:\n      CidrBlock: 10.1.0.0/16\n");
    CliRun run = CliRun.of("lint", "--plugin", jar.toString(), template.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(template + ":2:3: info NET950 VPC 'AppVpc' is in the inventory"
        + " [AppVpc]");
  }

  @Test
  void missingPluginJarIsAUsageError() {
    assertThat(CliRun.of("rules", "--plugin", dir.resolve("nope.jar").toString()).exitCode())
        .isEqualTo(2);
  }
}
