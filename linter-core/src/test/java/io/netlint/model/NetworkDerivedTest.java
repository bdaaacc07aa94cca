package io.netlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.testing.TestNetworks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NetworkDerivedTest {

  record Count(int vpcs) {}

  record Twice(Count count) {}

  @Test
  void anAnalysisIsComputedOnceAndSharedByEveryCaller() {
    TestNetworks t = new TestNetworks();
    t.vpc("A", "10.0.0.0/16");
    t.vpc("B", "10.1.0.0/16");
    Network network = t.network();
    AtomicInteger runs = new AtomicInteger();
    Count first = network.derived(Count.class, n -> {
      runs.incrementAndGet();
      return new Count(n.all(Vpc.class).size());
    });
    Count second = network.derived(Count.class, n -> {
      runs.incrementAndGet();
      return new Count(-1);
    });
    assertThat(first.vpcs()).isEqualTo(2);
    assertThat(second).isSameAs(first);
    assertThat(runs).hasValue(1);
  }

  @Test
  void anAnalysisMayAskForAnother() {
    TestNetworks t = new TestNetworks();
    t.vpc("A", "10.0.0.0/16");
    Network network = t.network();
    Twice twice = network.derived(Twice.class,
        n -> new Twice(n.derived(Count.class, m -> new Count(m.all(Vpc.class).size()))));
    assertThat(twice.count()).isSameAs(network.derived(Count.class, m -> new Count(-1)));
    // another network computes its own
    assertThat(new TestNetworks().network().derived(Count.class, m -> new Count(7)).vpcs())
        .isEqualTo(7);
  }

  @Test
  void rulesRunningInParallelShareOneComputation() throws Exception {
    TestNetworks t = new TestNetworks();
    t.vpc("A", "10.0.0.0/16");
    Network network = t.network();
    AtomicInteger runs = new AtomicInteger();
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Count>> asked = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        asked.add(pool.submit(() -> {
          start.await();
          return network.derived(Count.class, n -> {
            runs.incrementAndGet();
            sleep(50); // long enough for every other thread to ask meanwhile
            return new Count(n.all(Vpc.class).size());
          });
        }));
      }
      start.countDown();
      Count first = asked.get(0).get();
      for (Future<Count> f : asked) assertThat(f.get()).isSameAs(first);
      assertThat(runs).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
