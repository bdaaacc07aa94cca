package io.netlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.InputPath;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

  @TempDir Path root;

  private Path touch(String relative) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "Resources: {}\n");
    return p;
  }

  private static List<String> displays(SourceFiles.Scan scan) {
    return scan.inputs().stream().map(InputPath::display).toList();
  }

  @Test
  void defaultDirectoriesAreThoseThatExist() throws IOException {
    Path module = root.resolve("module");
    touch("module/infra/a.yaml");
    touch("module/src/main/terraform/plan.json");
    Files.createFile(module.resolve("cloudformation")); // a file, not a directory
    assertThat(SourceFiles.directories(module, null))
        .containsExactly(module.resolve("src/main/terraform"), module.resolve("infra"));
    assertThat(SourceFiles.directories(module, List.of())).hasSize(2);
  }

  @Test
  void configuredDirectoriesAreTakenAsGivenAndResolvedAgainstBasedir() {
    Path module = root.resolve("module");
    Path absolute = root.resolve("elsewhere").toAbsolutePath();
    assertThat(SourceFiles.directories(module, List.of(new File("stacks"), absolute.toFile())))
        .containsExactly(module.resolve("stacks"), absolute);
  }

  @Test
  void walksTemplateExtensionsAndNamesFilesFromTheRoot() throws IOException {
    touch("infra/vpc.yaml");
    touch("infra/nested/peering.yml");
    touch("infra/plan.json");
    touch("infra/legacy.template");
    touch("infra/README.md");
    touch("infra/main.tf");
    SourceFiles.Scan scan = SourceFiles.scan(List.of(root.resolve("infra")), null, null, root);
    assertThat(displays(scan)).containsExactly("infra/legacy.template", "infra/nested/peering.yml",
        "infra/plan.json", "infra/vpc.yaml");
    assertThat(scan.inputs().get(0).path()).isAbsolute();
    assertThat(scan.missing()).isEmpty();
  }

  @Test
  void skipsTheDirectoriesTheCliSkips() throws IOException {
    touch("infra/keep.yaml");
    touch("infra/.terraform/modules/x.json");
    touch("infra/.git/config.json");
    touch("infra/.cache/y.yaml");
    touch("infra/node_modules/pkg/package.json");
    touch("infra/target/classes/z.json");
    SourceFiles.Scan scan = SourceFiles.scan(List.of(root.resolve("infra")), null, null, root);
    assertThat(displays(scan)).containsExactly("infra/keep.yaml");
  }

  @Test
  void includesReplaceTheDefaultsAndExcludesAddToTheSkippedDirectories() throws IOException {
    touch("infra/prod/vpc.yaml");
    touch("infra/prod/params.json");
    touch("infra/test/vpc.yaml");
    touch("infra/node_modules/n.yaml");
    SourceFiles.Scan scan = SourceFiles.scan(List.of(root.resolve("infra")),
        List.of("**/*.yaml", " "), List.of("test/**"), root);
    assertThat(displays(scan)).containsExactly("infra/prod/vpc.yaml");
  }

  @Test
  void overlappingDirectoriesLoadEachFileOnce() throws IOException {
    touch("infra/vpc/a.yaml");
    touch("infra/b.yaml");
    SourceFiles.Scan scan = SourceFiles.scan(
        List.of(root.resolve("infra"), root.resolve("infra/vpc")), null, null, root);
    assertThat(displays(scan)).containsExactly("infra/b.yaml", "infra/vpc/a.yaml");
  }

  @Test
  void reportsConfiguredDirectoriesThatAreMissing() throws IOException {
    touch("infra/a.yaml");
    SourceFiles.Scan scan = SourceFiles.scan(
        List.of(root.resolve("infra"), root.resolve("stacks")), null, null, root);
    assertThat(displays(scan)).containsExactly("infra/a.yaml");
    assertThat(scan.missing()).containsExactly(root.resolve("stacks"));
  }

  @Test
  void filesOutsideTheRootKeepTheirFullPath() {
    Path outside = root.getParent().resolve("other/x.yaml").toAbsolutePath();
    assertThat(SourceFiles.display(outside, root))
        .isEqualTo(outside.toString().replace(File.separatorChar, '/'));
    assertThat(SourceFiles.display(root.resolve("a/../b.yaml"), root)).isEqualTo("b.yaml");
  }
}
