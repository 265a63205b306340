package dev.switchboard.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.benchmarks.plain.PlainLead;
import dev.switchboard.benchmarks.plain.PlainLeadList;
import dev.switchboard.models.trackdrive.Lead;
import dev.switchboard.models.trackdrive.LeadListParams;
import dev.switchboard.trackdrive.TrackdriveClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3, auto-paging at scale: iterate 1,000,000 TrackDrive leads through
 * {@code leads().list(params).autoPager()} from a loopback server, in a JVM limited to 64 MB of heap. The server
 * renders each page on demand from the page number (nothing holds the million leads); the last page is full, so
 * the pager also fetches the empty page after it, as it would against TrackDrive. Score = seconds per million
 * leads (SingleShotTime); each invocation prints "# auto-paging" with items per second and the peak heap: the sum
 * of every heap pool's {@link MemoryPoolMXBean#getPeakUsage()} after {@link MemoryPoolMXBean#resetPeakUsage()}
 * (an upper bound of the peak of their sum).
 *
 * <p>Baseline, in the same run: the same pages fetched with a bare OkHttp loop and read with Jackson into plain POJOs,
 * one page held at a time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 1, batchSize = 1)
@Measurement(iterations = 2, batchSize = 1)
public class AutoPagingBenchmark {
  /** Leads served in total. */
  public static final long TOTAL = 1_000_000;

  /** Leads per page ({@code per_page}). */
  @Param({"200"})
  public int perPage;

  private Loopback server;
  private TrackdriveClient client;
  private List<MemoryPoolMXBean> heapPools;
  private OkHttpClient okHttp;
  private ObjectMapper plain;
  private String basicAuth;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = Loopback.start((path, query) -> {
      int page = intParam(query, "page", 1);
      int size = intParam(query, "per_page", 25);
      long from = (long) (page - 1) * size;
      int count = (int) Math.max(0, Math.min(size, TOTAL - from));
      return Fixtures.utf8(Fixtures.leadPage(from, count, page, size));
    });
    client = TrackdriveClient.builder().keys("bench-public", "bench-private").baseUrl(server.url("api/v1")).build();
    okHttp = new OkHttpClient();
    plain = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    basicAuth = okhttp3.Credentials.basic("bench-public", "bench-private");
    heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).collect(Collectors.toList());
  }

  private static int intParam(String query, String name, int otherwise) {
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith(name + "=")) {
          return Integer.parseInt(pair.substring(name.length() + 1));
        }
      }
    }
    return otherwise;
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public long sdkAutoPager() {
    return measure("sdk", () -> {
      long[] countAndSum = new long[2];
      for (Lead lead : client.leads().list(LeadListParams.builder().perPage(perPage).build()).autoPager()) {
        countAndSum[0]++;
        countAndSum[1] += lead.id().orElse(0L);
      }
      return countAndSum;
    });
  }

  @Benchmark
  public long baseline() {
    return measure("baseline", () -> {
      long[] countAndSum = new long[2];
      for (int page = 1; ; page++) {
        HttpUrl url = HttpUrl.get(server.url("api/v1/leads")).newBuilder()
            .addQueryParameter("page", Integer.toString(page))
            .addQueryParameter("per_page", Integer.toString(perPage)).build();
        Request request = new Request.Builder().url(url).header("Authorization", basicAuth)
            .header("Accept", "application/json").build();
        PlainLeadList list;
        try (Response response = okHttp.newCall(request).execute()) {
          if (!response.isSuccessful()) {
            throw new IllegalStateException("HTTP " + response.code());
          }
          list = plain.readValue(response.body().bytes(), PlainLeadList.class);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        for (PlainLead lead : list.leads) {
          countAndSum[0]++;
          countAndSum[1] += lead.id;
        }
        if (list.leads.size() < perPage) {
          return countAndSum;
        }
      }
    });
  }

  private long measure(String name, Supplier<long[]> iterate) {
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    long[] countAndSum = iterate.get();
    long count = countAndSum[0];
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    String pools = heapPools.stream()
        .map(p -> p.getName() + "=" + p.getPeakUsage().getUsed() / (1024 * 1024) + "MB")
        .collect(Collectors.joining(", "));
    System.out.printf("# auto-paging %s: %d leads in %.2f s = %.0f items/s; peak heap %.1f MB (%s) of max %d MB%n",
        name, count, seconds, count / seconds, peak / (1024.0 * 1024), pools, Runtime.getRuntime().maxMemory() >> 20);
    if (count != TOTAL) {
      throw new IllegalStateException("iterated " + count + " leads, expected " + TOTAL);
    }
    return countAndSum[1];
  }
}
