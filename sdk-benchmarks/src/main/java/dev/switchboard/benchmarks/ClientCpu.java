package dev.switchboard.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Client CPU per call, read from the JVM's per-thread CPU clocks ({@link ThreadMXBean#getCurrentThreadCpuTime()})
 * over each measured iteration, so nothing is added to the timed call itself but a counter increment.
 *
 * <ul>
 *   <li>{@code callerCpuNanos}: CPU time of the benchmark thread. A synchronous OkHttp call runs its whole
 *       interceptor chain, the socket reads and writes, and the SDK's or baseline's encoding and decoding on the
 *       calling thread, so this is the client's work per call, whatever the loopback's latency.</li>
 *   <li>{@code otherCpuNanos}: CPU time of every other live JVM thread except the loopback server's
 *       ({@code loopback-*} and the JDK server's {@code HTTP-Dispatcher}): Okio's timeout watchdog, OkHttp's task
 *       runner, JMH's own threads. It is the upper bound of what a call costs off the calling thread.</li>
 *   <li>{@code calls}: the calls made in the iteration.</li>
 * </ul>
 *
 * <p>JMH sums EVENTS counters over the measured iterations: CPU per call is {@code callerCpuNanos / calls}
 * (likewise for {@code otherCpuNanos}); each iteration also prints a {@code # cpu} line with its own figures.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ClientCpu {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Calls made in the iteration (incremented by the benchmark method). */
  public long calls;
  /** CPU nanoseconds of the calling thread over the iteration. */
  public long callerCpuNanos;
  /** CPU nanoseconds of the JVM's other non-server threads over the iteration. */
  public long otherCpuNanos;

  private long callerStart;
  private long otherStart;
  private long callerThreadId;

  /** Counts one call; returns {@code value} so a benchmark can end with {@code return cpu.count(call())}. */
  <T> T count(T value) {
    calls++;
    return value;
  }

  @Setup(Level.Iteration)
  public void start() {
    calls = 0;
    callerCpuNanos = 0;
    otherCpuNanos = 0;
    callerThreadId = Thread.currentThread().getId();
    otherStart = otherThreadsCpu();
    callerStart = THREADS.getCurrentThreadCpuTime();
  }

  @TearDown(Level.Iteration)
  public void stop() {
    callerCpuNanos = THREADS.getCurrentThreadCpuTime() - callerStart;
    otherCpuNanos = Math.max(0, otherThreadsCpu() - otherStart);
    if (calls > 0) {
      System.out.printf("%n# cpu: %,d calls, caller %.2f us/call, other client threads %.2f us/call%n", calls,
          callerCpuNanos / 1000.0 / calls, otherCpuNanos / 1000.0 / calls);
    }
  }

  private long otherThreadsCpu() {
    long sum = 0;
    long[] ids = THREADS.getAllThreadIds();
    ThreadInfo[] infos = THREADS.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      ThreadInfo info = infos[i];
      if (info == null || ids[i] == callerThreadId) {
        continue;
      }
      String name = info.getThreadName();
      if (name.startsWith("loopback-") || name.startsWith("HTTP-Dispatcher")) {
        continue;
      }
      long nanos = THREADS.getThreadCpuTime(ids[i]);
      if (nanos > 0) {
        sum += nanos;
      }
    }
    return sum;
  }
}
