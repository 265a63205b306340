package dev.switchboard.benchmarks;

import dev.switchboard.benchmarks.plain.PlainGroupcall;
import dev.switchboard.benchmarks.plain.PlainSms;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.models.voipbin.Groupcall;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 1, call overhead: one typed SDK call of {@link CallTargets} against its bare OkHttp + Jackson baseline,
 * each side in its own benchmark. Target: SDK time at most 1.05 x baseline. The four main benchmarks also report
 * the client CPU per call ({@link ClientCpu}). On a machine whose loopback latency drifts, the sides measured minutes
 * apart differ by the drift: {@link PairedCallBenchmark} interleaves them instead.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallOverheadBenchmark {

  @Benchmark
  public Sms callrSdk(CallTargets targets, ClientCpu cpu) {
    return cpu.count(targets.callrSdk());
  }

  @Benchmark
  public PlainSms callrBaseline(CallTargets targets, ClientCpu cpu) {
    return cpu.count(targets.callrBaseline());
  }

  @Benchmark
  public Groupcall voipbinSdk(CallTargets targets, ClientCpu cpu) {
    return cpu.count(targets.voipbinSdk());
  }

  @Benchmark
  public PlainGroupcall voipbinBaseline(CallTargets targets, ClientCpu cpu) {
    return cpu.count(targets.voipbinBaseline());
  }

  /** Diagnostic: the SDK with its 60 s call timeout disabled. */
  @Benchmark
  public Groupcall voipbinSdkNoCallTimeout(CallTargets targets) {
    return targets.voipbinSdkNoCallTimeout();
  }

  /** Diagnostic: the baseline with the SDK's default 60 s call timeout. */
  @Benchmark
  public PlainGroupcall voipbinBaselineCallTimeout(CallTargets targets) {
    return targets.voipbinBaselineCallTimeout();
  }
}
