package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code netlint graph} in Mermaid and DOT on the example estate and on fixtures, compared byte
 * for byte with {@code src/test/resources/graph/}. {@code -Dnetlint.updateGolden=true} rewrites
 * the expected files.
 */
class GraphGoldenTest {

  private static final Path ROOT =
      Path.of(System.getProperty("netlint.projectRoot", "..")).toAbsolutePath().normalize();
  private static final Path GOLDEN = ROOT.resolve("cli/src/test/resources/graph");
  private static final String FIXTURES = "fixtures/src/main/resources/fixtures/";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("estate.mmd", "examples/estate", List.of("--format", "mermaid")),
        Arguments.of("estate.dot", "examples/estate", List.of("--format", "dot")),
        Arguments.of("estate-findings-only-subnets.mmd", "examples/estate",
            List.of("--findings-only", "--detail", "subnets")),
        Arguments.of("direct-connect.mmd", FIXTURES + "direct-connect-unencrypted/dx-and-network",
            List.of()),
        Arguments.of("direct-connect.dot", FIXTURES + "direct-connect-unencrypted/dx-and-network",
            List.of("--format", "dot")),
        Arguments.of("client-vpn.mmd",
            FIXTURES + "client-vpn-cidr-conflict/reachable-networks.cfn.yaml", List.of()),
        Arguments.of("cross-region-privatelink.dot", FIXTURES + "cross-region-privatelink",
            List.of("--format", "dot")),
        Arguments.of("tgw-collapsed.mmd", FIXTURES + "tgw-attachment-quota",
            List.of("--collapse-above", "5")),
        Arguments.of("transit-vpc.mmd", FIXTURES + "transit-vpc-pattern", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesTheGoldenFile(String golden, String input, List<String> flags) throws IOException {
    List<String> args = new ArrayList<>(List.of("graph", "--no-config"));
    args.addAll(flags);
    args.add(ROOT.resolve(input).toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path expected = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("netlint.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(expected, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  /**
   * The picture in README.md and docs/graph.md is what {@code netlint graph} draws today, byte
   * for byte: the layout is the same in every run.
   */
  @Test
  void theDocumentedPictureIsCurrent() throws IOException {
    CliRun run = CliRun.of("graph", "--no-config", "--format", "svg",
        ROOT.resolve("examples/estate").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path picture = ROOT.resolve("docs/images/estate-graph.svg");
    if (Boolean.getBoolean("netlint.updateGolden")) {
      Files.writeString(picture, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.out()).isEqualTo(Files.readString(picture, StandardCharsets.UTF_8));
  }
}
