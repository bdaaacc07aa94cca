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
 * Every overlapping pair among N ranges ({@link CidrOverlaps}). Range i lies in the i-th /20 of the
 * IPv4 space, with a prefix of /20 to /28; one in twenty also covers its neighbour's block (a /19)
 * or repeats its neighbour's range. Overlaps thus grow with N, not with N squared, and time should
 * grow as N log N.
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
      long block = (long) i << 12;
      int prefix = 20 + rng.nextInt(9);
      long address = block | ((long) rng.nextInt(1 << 12) & -(1L << (32 - prefix)));
      if (i > 0 && rng.nextInt(20) == 0) {
        if (rng.nextBoolean()) {
          cidrs.add(cidrs.get(i - 1));
          continue;
        }
        prefix = 19;
        address = block & -(1L << 13);
      }
      cidrs.add(Cidr.of(((address >> 24) & 255) + "." + ((address >> 16) & 255) + "."
          + ((address >> 8) & 255) + "." + (address & 255) + "/" + prefix));
    }
  }

  @Benchmark
  public List<CidrOverlaps.Pair<Cidr>> overlaps() {
    return CidrOverlaps.find(cidrs, Function.identity());
  }
}
