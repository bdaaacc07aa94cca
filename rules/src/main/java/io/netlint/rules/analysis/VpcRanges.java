package io.netlint.rules.analysis;

import io.netlint.model.Cidr;
import io.netlint.model.Network;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.model.VpcCidrBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ranges of a VPC for one address family, or nothing when they cannot all be known: a subnet
 * outside the known ranges may lie in an unknown one.
 */
public final class VpcRanges {

  private final Map<String, List<VpcCidrBlock>> blocksByVpc;
  /** Blocks whose VPC is not among the inputs or not known: they may belong to any such VPC. */
  private final List<VpcCidrBlock> stray = new ArrayList<>();

  public VpcRanges(Network network) {
    List<VpcCidrBlock> blocks = network.all(VpcCidrBlock.class);
    this.blocksByVpc = network.groupBy(blocks, VpcCidrBlock::vpc);
    for (VpcCidrBlock b : blocks) {
      if (network.resolve(b.vpc(), Vpc.class).isEmpty() && !b.vpc().isAbsent()) stray.add(b);
    }
  }

  /** Every range of the family, primary first; empty when one of them is unknown. */
  public Optional<List<Cidr>> of(Vpc vpc, Cidr.Family family) {
    List<Cidr> out = new ArrayList<>();
    Value<Cidr> primary = family == Cidr.Family.IPV4 ? vpc.cidr() : vpc.ipv6Cidr();
    if (primary.isUnknown()) return Optional.empty();
    if (primary.isKnown()) out.add(primary.get());
    for (VpcCidrBlock b : blocksByVpc.getOrDefault(vpc.key(), List.of())) {
      if (!add(b, family, out)) return Optional.empty();
    }
    return Optional.of(out);
  }

  /**
   * Ranges that may belong to this VPC without saying so: blocks whose VPC link is unknown, or
   * names an AWS ID that this VPC may have. Empty when one of them is unknown.
   */
  public Optional<List<Cidr>> maybeOf(Vpc vpc, Cidr.Family family) {
    List<Cidr> out = new ArrayList<>();
    for (VpcCidrBlock b : stray) {
      boolean otherVpc = b.vpc().isKnown() && b.vpc().awsId() != null
          && vpc.meta().awsId().isKnown() && !vpc.meta().awsId().get().equals(b.vpc().awsId());
      if (!otherVpc && !add(b, family, out)) return Optional.empty();
    }
    return Optional.of(out);
  }

  /** Adds the block when it is of the family; false when it is unknown and may be of it. */
  private static boolean add(VpcCidrBlock b, Cidr.Family family, List<Cidr> out) {
    if (b.cidr().isKnown()) {
      if (b.cidr().get().family() == family) out.add(b.cidr().get());
      return true;
    }
    if (b.cidr().isAbsent()) return true;
    Cidr.Family declared = declaredFamily(b);
    return declared != null && declared != family;
  }

  /**
   * Terraform has one resource type per family, so even an unknown block's family is known there.
   * A CloudFormation {@code VPCCidrBlock} can be either.
   */
  private static Cidr.Family declaredFamily(VpcCidrBlock b) {
    return switch (b.meta().kind()) {
      case "aws_vpc_ipv4_cidr_block_association" -> Cidr.Family.IPV4;
      case "aws_vpc_ipv6_cidr_block_association" -> Cidr.Family.IPV6;
      default -> null;
    };
  }
}
