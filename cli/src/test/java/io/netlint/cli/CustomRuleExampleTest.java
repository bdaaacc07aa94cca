package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code examples/custom-rule} as its pom would (compile, run its test, package the jar
 * with its service entry) without a nested Maven, then lints with the jar through
 * {@code --rules-jar}.
 */
class CustomRuleExampleTest {

  static final Path EXAMPLE = Path.of(System.getProperty("netlint.projectRoot", ".."))
      .resolve("examples/custom-rule");

  @TempDir static Path dir;
  static Path classes;
  static Path testClasses;
  static Path jar;

  @BeforeAll
  static void build() throws IOException {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    classes = compile(EXAMPLE.resolve("src/main/java"), dir.resolve("classes"), classPath);
    testClasses = compile(EXAMPLE.resolve("src/test/java"), dir.resolve("test-classes"),
        classes + java.io.File.pathSeparator + classPath);
    jar = dir.resolve("example-netlint-rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      add(out, classes);
      add(out, EXAMPLE.resolve("src/main/resources"));
    }
  }

  private static Path compile(Path sources, Path target, String classPath) throws IOException {
    Files.createDirectories(target);
    List<String> args = new ArrayList<>(List.of("-d", target.toString(), "-cp", classPath,
        "--release", "17", "-Xlint:all", "-Werror"));
    try (Stream<Path> s = Files.walk(sources)) {
      s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new)))
        .as("javac exit code for " + sources).isZero();
    return target;
  }

  private static void add(JarOutputStream out, Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }

  /** The pom is for users: it must at least parse and depend on netlint-core as provided. */
  @Test
  void thePomParsesAndProvidesNetlintCore() throws Exception {
    org.w3c.dom.Document pom = javax.xml.parsers.DocumentBuilderFactory.newInstance()
        .newDocumentBuilder().parse(EXAMPLE.resolve("pom.xml").toFile());
    var deps = pom.getElementsByTagName("dependency");
    boolean provided = false;
    for (int i = 0; i < deps.getLength(); i++) {
      String text = deps.item(i).getTextContent();
      provided |= text.contains("netlint-core") && text.contains("provided");
    }
    assertThat(provided).isTrue();
  }

  /** The example's own test methods, run as surefire would run them (they need no lifecycle). */
  @Test
  void theExamplesOwnTestsPass() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {testClasses.toUri().toURL(),
        classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> test = loader.loadClass("com.example.netlint.VpcAddressHeadroomTest");
      int run = 0;
      for (Method m : test.getDeclaredMethods()) {
        if (!m.isAnnotationPresent(Test.class)) continue;
        var ctor = test.getDeclaredConstructor();
        ctor.setAccessible(true);
        m.setAccessible(true);
        try {
          m.invoke(ctor.newInstance());
        } catch (InvocationTargetException e) {
          throw new AssertionError(test.getSimpleName() + "." + m.getName() + " failed",
              e.getCause());
        }
        run++;
      }
      assertThat(run).isEqualTo(3);
    }
  }

  @Test
  void theJarsRuleIsListedUnderItsId() {
    CliRun run = CliRun.of("rules", "--rules-jar", jar.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("NET951  vpc-address-headroom");
  }

  @Test
  void theJarsRuleFiresInLint() throws IOException {
    Path template = dir.resolve("crowded.cfn.yaml");
    Files.writeString(template, """
        Resources:
          CrowdedVpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/24
          SubnetA:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref CrowdedVpc
              CidrBlock: 10.0.0.0/25
          SubnetB:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref CrowdedVpc
              CidrBlock: 10.0.0.128/26
          SubnetC:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref CrowdedVpc
              CidrBlock: 10.0.0.192/27
        """);
    CliRun run = CliRun.of("lint", "--fail-on", "warning", "--rules-jar", jar.toString(),
        template.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(template + ":2:3: warning NET951 VPC 'CrowdedVpc' has 224 of"
        + " its 256 IPv4 addresses in 3 subnets (88%)");
  }
}
