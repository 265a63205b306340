package dev.switchboard.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Two sides of one benchmark, the SDK's and its baseline's, measured interleaved: {@link #pair} runs both back to
 * back, the order alternating from one operation to the next, and times each on its own in wall time
 * ({@link System#nanoTime()}) and in the calling thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}).
 * Both sides thus meet the same machine load and the same JIT state, which benchmarks measured one after the other
 * cannot promise on a shared or virtualised machine.
 *
 * <p>The counters are sums over the measured iterations (JMH EVENTS); each iteration prints a {@code # paired} line
 * with its means, medians and SDK/baseline ratios. The clocks' own cost (calibrated at the start and printed) is the
 * same on both sides and is subtracted in those lines.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PairedSides {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Operations (each one SDK call and one baseline call). */
  public long pairs;
  /** Wall nanoseconds of the SDK calls. */
  public long sdkWallNanos;
  /** Wall nanoseconds of the baseline calls. */
  public long baselineWallNanos;
  /** Calling-thread CPU nanoseconds of the SDK calls. */
  public long sdkCpuNanos;
  /** Calling-thread CPU nanoseconds of the baseline calls. */
  public long baselineCpuNanos;

  private long[] sdkWall = new long[1 << 16];
  private long[] baselineWall = new long[1 << 16];
  private long[] sdkCpu = new long[1 << 16];
  private long[] baselineCpu = new long[1 << 16];
  private long clockWallNanos;
  private long clockCpuNanos;

  @Setup(Level.Trial)
  public void calibrate() {
    int n = 20_000;
    long sink = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      sink += THREADS.getCurrentThreadCpuTime();
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      sink += System.nanoTime();
    }
    long t2 = System.nanoTime();
    // each side reads both clocks twice: the CPU clock read once costs (t1 - t0) / n, nanoTime (t2 - t1) / n
    clockCpuNanos = (t1 - t0) / n;
    clockWallNanos = (t2 - t1) / n;
    System.out.printf("%n# paired: clock reads cost %d ns (thread CPU) and %d ns (nanoTime) each [%d]%n",
        clockCpuNanos, clockWallNanos, sink & 1);
  }

  @Setup(Level.Iteration)
  public void reset() {
    pairs = 0;
    sdkWallNanos = 0;
    baselineWallNanos = 0;
    sdkCpuNanos = 0;
    baselineCpuNanos = 0;
  }

  private void record(boolean sdk, long wall, long cpu) {
    int i = (int) pairs;
    if (i == sdkWall.length) {
      sdkWall = Arrays.copyOf(sdkWall, i * 2);
      baselineWall = Arrays.copyOf(baselineWall, i * 2);
      sdkCpu = Arrays.copyOf(sdkCpu, i * 2);
      baselineCpu = Arrays.copyOf(baselineCpu, i * 2);
    }
    if (sdk) {
      sdkWall[i] = wall;
      sdkCpu[i] = cpu;
      sdkWallNanos += wall;
      sdkCpuNanos += cpu;
    } else {
      baselineWall[i] = wall;
      baselineCpu[i] = cpu;
      baselineWallNanos += wall;
      baselineCpuNanos += cpu;
    }
  }

  @TearDown(Level.Iteration)
  public void report() {
    int n = (int) pairs;
    if (n == 0) {
      return;
    }
    // both clocks are read around each side; what one side's measurement costs itself
    long overhead = clockCpuNanos * 2 + clockWallNanos * 2;
    double sw = sdkWallNanos / (double) n - overhead;
    double bw = baselineWallNanos / (double) n - overhead;
    double sc = sdkCpuNanos / (double) n - overhead;
    double bc = baselineCpuNanos / (double) n - overhead;
    double swm = median(sdkWall, n) - overhead;
    double bwm = median(baselineWall, n) - overhead;
    double scm = median(sdkCpu, n) - overhead;
    double bcm = median(baselineCpu, n) - overhead;
    System.out.printf("%n# paired: %,d pairs; wall mean sdk %.1f / baseline %.1f us = %.3f x, median %.1f / %.1f"
            + " = %.3f x; cpu mean %.1f / %.1f us = %.3f x, median %.1f / %.1f = %.3f x%n", n,
        sw / 1e3, bw / 1e3, sw / bw, swm / 1e3, bwm / 1e3, swm / bwm,
        sc / 1e3, bc / 1e3, sc / bc, scm / 1e3, bcm / 1e3, scm / bcm);
  }

  private static double median(long[] values, int n) {
    long[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /** Runs {@code sdk} and {@code baseline} once each, timing each side. */
  void pair(Supplier<?> sdk, Supplier<?> baseline, Blackhole bh) {
    if ((pairs & 1) == 0) {
      timed(true, sdk, bh);
      timed(false, baseline, bh);
    } else {
      timed(false, baseline, bh);
      timed(true, sdk, bh);
    }
    pairs++;
  }

  private void timed(boolean sdk, Supplier<?> call, Blackhole bh) {
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    bh.consume(call.get());
    long wall1 = System.nanoTime();
    long cpu1 = THREADS.getCurrentThreadCpuTime();
    record(sdk, wall1 - wall0, cpu1 - cpu0);
  }
}
