package dev.switchboard.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.benchmarks.plain.PlainGroupcall;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.voipbin.VoipbinClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5, async fan-out: 1,000 concurrent {@code VoipbinClient.groupcalls().getAsync(id)} calls against a loopback server
 * that answers each request 50 ms after it arrived. The server holds no thread per pending request: its handler
 * returns at once and the answer is written by a single {@code ScheduledExecutorService} thread. Score = wall time
 * of the 1,000 calls (SingleShotTime); the aux counters give the JVM's peak live threads during them
 * ({@link ThreadMXBean#getPeakThreadCount()} after {@link ThreadMXBean#resetPeakThreadCount()}), the live threads
 * just before, and the difference. Each invocation builds fresh clients (new dispatcher, new connection pool) and
 * closes them afterwards, so no thread or connection survives from one measurement into the next.
 *
 * <p>Variants: the SDK with its own client (dispatcher: at most 5 calls per host on 5 daemon threads), the SDK
 * given a user {@link OkHttpClient} whose dispatcher allows 64 calls per host, and the baseline: bare OkHttp
 * {@code enqueue} plus Jackson into a POJO, with OkHttp's default dispatcher (5 per host) and with 64 per host.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, batchSize = 1)
@Measurement(iterations = 3, batchSize = 1)
public class AsyncFanOutBenchmark {
  /** Concurrent calls per invocation. */
  public static final int CALLS = 1_000;
  /** Server answer delay. */
  public static final long DELAY_MS = 50;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final UUID ID = UUID.fromString("6f7a3c52-8a0e-4b57-9d5e-1f2a3b4c5d6e");

  private Loopback server;
  private ObjectMapper plain;

  // per invocation
  private VoipbinClient voipbin;
  private OkHttpClient userClient;

  /**
   * Thread figures of one invocation, reported next to the wall time. JMH sums EVENTS counters over the measured
   * iterations: divide the reported value by Cnt (the per-invocation values are also printed as "# fan-out" lines).
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class ThreadCounters {
    /** JVM-wide peak live threads during the 1,000 calls. */
    public long peakThreads;
    /** Live threads just before the calls (JMH, the loopback server, idle OkHttp housekeeping). */
    public long threadsBefore;
    /** peakThreads - threadsBefore: the threads the fan-out added. */
    public long addedThreads;
  }

  @Setup(Level.Trial)
  public void startServer() throws IOException {
    server = Loopback.delayed(Fixtures.utf8(Fixtures.groupcall(ID)), DELAY_MS);
    plain = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  @TearDown(Level.Trial)
  public void stopServer() {
    server.close();
  }

  private static OkHttpClient client64() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    return new OkHttpClient.Builder().dispatcher(dispatcher).build();
  }

  private VoipbinClient voipbin(OkHttpClient user) {
    VoipbinClient.Builder builder = VoipbinClient.builder().accessKey("bench-access-key").baseUrl(server.url("v1.0"));
    if (user != null) {
      builder.clientOptions(ClientOptions.builder().okHttpClient(user).build());
    }
    return builder.build();
  }

  @Setup(Level.Invocation)
  public void newClients(org.openjdk.jmh.infra.BenchmarkParams params) {
    String name = params.getBenchmark();
    if (name.endsWith("sdkDefault")) {
      voipbin = voipbin(null);
    } else if (name.endsWith("sdkUserClient64")) {
      userClient = client64();
      voipbin = voipbin(userClient);
    } else if (name.endsWith("baselineOkHttp64")) {
      userClient = client64();
    } else {
      userClient = new OkHttpClient();
    }
  }

  @TearDown(Level.Invocation)
  public void closeClients() throws InterruptedException {
    if (voipbin != null) {
      voipbin.close();
      voipbin = null;
    }
    if (userClient != null) {
      ExecutorService executor = userClient.dispatcher().executorService();
      executor.shutdown();
      executor.awaitTermination(5, TimeUnit.SECONDS);
      userClient.connectionPool().evictAll();
      userClient = null;
    }
    Thread.sleep(200); // let the SDK-owned dispatcher's threads exit after shutdown()
  }

  private List<CompletableFuture<?>> sdkFanOut() {
    List<CompletableFuture<?>> futures = new ArrayList<>(CALLS);
    for (int i = 0; i < CALLS; i++) {
      futures.add(voipbin.groupcalls().getAsync(ID));
    }
    return futures;
  }

  private List<CompletableFuture<?>> okHttpFanOut() {
    List<CompletableFuture<?>> futures = new ArrayList<>(CALLS);
    String url = server.url("v1.0/groupcalls/" + ID + "?accesskey=bench-access-key");
    for (int i = 0; i < CALLS; i++) {
      CompletableFuture<PlainGroupcall> future = new CompletableFuture<>();
      userClient.newCall(new Request.Builder().url(url).header("Accept", "application/json").build())
          .enqueue(new Callback() {
            @Override
            public void onResponse(Call call, Response response) {
              try (response) {
                if (!response.isSuccessful()) {
                  throw new IOException("HTTP " + response.code());
                }
                future.complete(plain.readValue(response.body().bytes(), PlainGroupcall.class));
              } catch (IOException | RuntimeException e) {
                future.completeExceptionally(e);
              }
            }

            @Override
            public void onFailure(Call call, IOException e) {
              future.completeExceptionally(e);
            }
          });
      futures.add(future);
    }
    return futures;
  }

  private static Object measure(
      String name, ThreadCounters counters, java.util.function.Supplier<List<CompletableFuture<?>>> run) {
    long start = System.nanoTime();
    counters.threadsBefore = THREADS.getThreadCount();
    THREADS.resetPeakThreadCount();
    List<CompletableFuture<?>> futures = run.get();
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    counters.peakThreads = THREADS.getPeakThreadCount();
    counters.addedThreads = counters.peakThreads - counters.threadsBefore;
    long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.println("# fan-out " + name + ": " + CALLS + " calls in " + wallMillis + " ms, live threads before "
        + counters.threadsBefore + ", peak " + counters.peakThreads + " (+" + counters.addedThreads + ")");
    return futures.get(CALLS - 1).join();
  }

  /** The SDK with its own OkHttpClient. */
  @Benchmark
  public Object sdkDefault(ThreadCounters counters) {
    return measure("sdkDefault", counters, this::sdkFanOut);
  }

  /** The SDK given a user OkHttpClient whose dispatcher runs 64 calls per host. */
  @Benchmark
  public Object sdkUserClient64(ThreadCounters counters) {
    return measure("sdkUserClient64", counters, this::sdkFanOut);
  }

  /** Bare OkHttp (dispatcher: 64 per host) + Jackson into a POJO. */
  @Benchmark
  public Object baselineOkHttp64(ThreadCounters counters) {
    return measure("baselineOkHttp64", counters, this::okHttpFanOut);
  }

  /** Bare OkHttp with its default dispatcher (5 per host) + Jackson into a POJO. */
  @Benchmark
  public Object baselineOkHttpDefault(ThreadCounters counters) {
    return measure("baselineOkHttpDefault", counters, this::okHttpFanOut);
  }
}
