package io.netlint.bench;

import io.netlint.model.Cidr;
import io.netlint.model.CidrOverlaps;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every overlapping pair among N ranges ({@link CidrOverlaps}): VPC-sized and subnet-sized
 * prefixes of 10.0.0.0/8, so that about one range in twenty overlaps another, as in an estate
 * with some reuse. Time should grow as N log N.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CidrOverlapBenchmark {

  @Param({"1000", "10000", "100000"})
  public int ranges;

  private List<Cidr> cidrs;

  @Setup
  public void generate() {
    Random rng = new Random(42);
    cidrs = new ArrayList<>(ranges);
    for (int i = 0; i < ranges; i++) {
      int prefix = 16 + rng.nextInt(13);
      // spread over 2^21 /29 slots, so that density and overlaps stay alike at every N
      long address = (10L << 24) | ((long) rng.nextInt(1 << 21) << 3);
      address &= -(1L << (32 - prefix));
      cidrs.add(Cidr.of(((address >> 24) & 255) + "." + ((address >> 16) & 255) + "."
          + ((address >> 8) & 255) + "." + (address & 255) + "/" + prefix));
    }
  }

  @Benchmark
  public List<CidrOverlaps.Pair<Cidr>> overlaps() {
    return CidrOverlaps.find(cidrs, Function.identity());
  }
}
