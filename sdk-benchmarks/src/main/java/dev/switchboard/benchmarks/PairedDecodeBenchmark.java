package dev.switchboard.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 2, interleaved: the pages of {@link DecodeBenchmark} (1,000 TrackDrive leads, 10,000 CALLR CDR.Out)
 * decoded by the SDK and by the plain-POJO baseline back to back in each operation, each side timed on its own
 * ({@link PairedSides}), so that both meet the same machine load. Target: SDK time at most 1.1 x; the allocation
 * figures come from {@link DecodeBenchmark} with {@code -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 6, time = 3)
public class PairedDecodeBenchmark {

  /** One page decode of {@link DecodeBenchmark}. */
  @FunctionalInterface
  private interface Decode {
    Object run() throws IOException;
  }

  private static java.util.function.Supplier<Object> unchecked(Decode decode) {
    return () -> {
      try {
        return decode.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** 1,000 leads, every column: SDK then baseline (or the reverse). */
  @Benchmark
  public void leads(DecodeBenchmark pages, PairedSides sides, Blackhole bh) {
    sides.pair(unchecked(pages::leadsSdk), unchecked(pages::leadsBaseline), bh);
  }

  /** 10,000 CDR.Out: SDK then baseline (or the reverse). */
  @Benchmark
  public void cdrs(DecodeBenchmark pages, PairedSides sides, Blackhole bh) {
    sides.pair(unchecked(pages::cdrsSdk), unchecked(pages::cdrsBaseline), bh);
  }
}
