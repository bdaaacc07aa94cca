package io.netlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files shared by the command-line tests. */
final class CliTestFiles {

  /** Two peered VPCs with overlapping CIDRs: one NET101 error. */
  static final String PEERED_OVERLAP = """
      Resources:
        VpcA:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
        VpcB:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.128.0/17
        Peering:
          Type: AWS::EC2::VPCPeeringConnection
          Properties:
            VpcId: !Ref VpcA
            PeerVpcId: !Ref VpcB
      """;

  private CliTestFiles() {}

  /** Writes the text as UTF-8 to {@code dir/name}, creating parent directories. */
  static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
