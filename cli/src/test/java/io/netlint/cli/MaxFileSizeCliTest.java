package io.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-file-size}, and {@code max-file-size} of the configuration file. */
class MaxFileSizeCliTest {

  private static final String TEMPLATE = """
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aFileAboveTheFlagsSizeIsRefusedAndTheRunExitsTwo() throws IOException {
    Path big = write("big.yaml", TEMPLATE + "#" + "x".repeat(2_000) + "\n");
    Path small = write("small.yaml", TEMPLATE);
    CliRun run = CliRun.of("lint", "--no-config", "--max-file-size", "1KB", big.toString(),
        small.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out() + run.err()).contains("file too large: " + Files.size(big)
        + " bytes, above the maximum of 1024 bytes");
    assertThat(CliRun.of("lint", "--no-config", "--max-file-size", "1MB", big.toString())
        .exitCode()).isZero();
  }

  @Test
  void theConfigurationFileSetsItAndTheFlagWins() throws IOException {
    Path big = write("big.yaml", TEMPLATE + "#" + "x".repeat(2_000) + "\n");
    Path cfg = write("limits.yml", "max-file-size: 1kb\n");
    CliRun fromFile = CliRun.of("lint", "--config", cfg.toString(), big.toString());
    assertThat(fromFile.exitCode()).isEqualTo(2);
    assertThat(fromFile.out() + fromFile.err()).contains("above the maximum of 1024 bytes");
    assertThat(CliRun.of("lint", "--config", cfg.toString(), "--max-file-size", "4096",
        big.toString()).exitCode()).isZero();
  }

  @Test
  void aSizeThatIsNoSizeIsAUsageError() throws IOException {
    Path small = write("small.yaml", TEMPLATE);
    CliRun run = CliRun.of("lint", "--no-config", "--max-file-size", "lots", small.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--max-file-size: 'lots' is not a size such as 256MB");
    Path cfg = write("bad.yml", "max-file-size: -3\n");
    CliRun badFile = CliRun.of("lint", "--config", cfg.toString(), small.toString());
    assertThat(badFile.exitCode()).isEqualTo(2);
    assertThat(badFile.err()).contains("max-file-size: ");
  }
}
