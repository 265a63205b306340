package dev.switchboard.benchmarks;

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
 * Benchmark 1, interleaved: each operation makes the SDK call and its baseline back to back (the order alternating
 * from one operation to the next) and times each side on its own, in wall time ({@link System#nanoTime()}) and in
 * the calling thread's CPU time ({@link PairedSides}). Both sides thus meet the same loopback latency, the same
 * machine load and the same JIT state, which {@link CallOverheadBenchmark} (sides measured one after the other)
 * cannot promise on a shared or virtualised machine.
 *
 * <p>Each iteration prints a {@code # paired} line with both sides' means, medians and ratios. Targets: wall time at
 * most 1.05 x, client CPU per call at most 1.1 x.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 6, time = 3)
public class PairedCallBenchmark {
  /** CALLR {@code sms.get}: one SDK call and one baseline call. */
  @Benchmark
  public void callr(CallTargets targets, PairedSides sides, Blackhole bh) {
    sides.pair(targets::callrSdk, targets::callrBaseline, bh);
  }

  /** VoIPBin {@code groupcalls.get}: one SDK call and one baseline call. */
  @Benchmark
  public void voipbin(CallTargets targets, PairedSides sides, Blackhole bh) {
    sides.pair(targets::voipbinSdk, targets::voipbinBaseline, bh);
  }
}
