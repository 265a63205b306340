package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Issue 11: {@code ClientOptions.maxConcurrentRequests} bounds what an SDK-owned client runs at once. */
class ConcurrencyTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private static ApiRequest get() {
    return ApiRequest.builder().method("GET").path("items").operation("items.list").idempotent(true).build();
  }

  private static Set<Thread> sdkThreads(String provider) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("switchboard-" + provider + "-http"))
        .collect(Collectors.toSet());
  }

  /** Holds every request until released, counting how many it holds at once. */
  private static final class HoldingDispatcher extends Dispatcher {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch arrived;
    final AtomicInteger holding = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();

    HoldingDispatcher(int expected) {
      arrived = new CountDownLatch(expected);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      peak.accumulateAndGet(holding.incrementAndGet(), Math::max);
      arrived.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } finally {
        holding.decrementAndGet();
      }
      return new MockResponse.Builder().code(200).body("ok").build();
    }
  }

  @Test
  void asyncCallsRunConcurrentlyUpToTheLimitAndNotBeyond() throws Exception {
    int limit = 4;
    int calls = 12;
    HoldingDispatcher holding = new HoldingDispatcher(limit);
    server.setDispatcher(holding);
    HttpTransport t = new HttpTransport(ClientOptions.builder().baseUrl(server.url("/"))
        .maxConcurrentRequests(limit).build(), ProviderProfile.builder("limited").build());
    try {
      okhttp3.Dispatcher dispatcher = t.clientFor(RequestOptions.none()).dispatcher();
      List<CompletableFuture<String>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        futures.add(t.executeAsync(get(), ApiResponse::bodyString));
      }

      assertThat(holding.arrived.await(30, TimeUnit.SECONDS)).as("%d requests held at once", limit).isTrue();
      assertThat(dispatcher.runningCallsCount()).isEqualTo(limit);
      assertThat(dispatcher.queuedCallsCount()).isEqualTo(calls - limit);
      assertThat(sdkThreads("limited")).hasSizeLessThanOrEqualTo(limit);

      holding.release.countDown();
      CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);

      assertThat(futures).allSatisfy(f -> assertThat(f.join()).isEqualTo("ok"));
      assertThat(server.getRequestCount()).isEqualTo(calls);
      assertThat(holding.peak.get()).isEqualTo(limit);
      assertThat(sdkThreads("limited")).hasSizeLessThanOrEqualTo(limit);
    } finally {
      holding.release.countDown();
      t.close();
    }
    for (Thread th : sdkThreads("limited")) {
      th.join(10_000);
    }
    assertThat(sdkThreads("limited")).as("SDK threads after close()").isEmpty();
  }

  @Test
  void manyMoreCallsThanOkHttpsPerHostDefaultRunAtOnce() throws Exception {
    int calls = 20;
    HoldingDispatcher holding = new HoldingDispatcher(calls);
    server.setDispatcher(holding);
    try (HttpTransport t = new HttpTransport(ClientOptions.builder().baseUrl(server.url("/")).build(),
        ProviderProfile.builder("wide").build())) {
      List<CompletableFuture<String>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        futures.add(t.executeAsync(get(), ApiResponse::bodyString));
      }
      try {
        assertThat(holding.arrived.await(30, TimeUnit.SECONDS)).as("all %d requests at once", calls).isTrue();
      } finally {
        holding.release.countDown();
      }
      CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);
      assertThat(holding.peak.get()).isEqualTo(calls);
    }
  }

  @Test
  void theSdkDispatcherIsSizedByTheOptionAndReclaimsIdleThreads() {
    try (HttpTransport t = new HttpTransport(ClientOptions.builder().baseUrl(server.url("/")).build(),
        ProviderProfile.builder("test").build())) {
      okhttp3.Dispatcher dispatcher = t.clientFor(RequestOptions.none()).dispatcher();
      assertThat(dispatcher.getMaxRequests()).isEqualTo(ClientOptions.DEFAULT_MAX_CONCURRENT_REQUESTS);
      assertThat(dispatcher.getMaxRequestsPerHost()).isEqualTo(ClientOptions.DEFAULT_MAX_CONCURRENT_REQUESTS);
      assertThat(dispatcher.executorService()).isInstanceOfSatisfying(ThreadPoolExecutor.class, pool -> {
        assertThat(pool.getMaximumPoolSize()).isEqualTo(ClientOptions.DEFAULT_MAX_CONCURRENT_REQUESTS);
        assertThat(pool.allowsCoreThreadTimeOut()).isTrue();
        assertThat(pool.getKeepAliveTime(TimeUnit.SECONDS)).isLessThanOrEqualTo(10);
      });
    }
  }

  @Test
  void aUserClientKeepsItsOwnDispatcher() {
    OkHttpClient user = new OkHttpClient();
    try (HttpTransport t = new HttpTransport(ClientOptions.builder().baseUrl(server.url("/")).okHttpClient(user)
        .maxConcurrentRequests(200).build(), ProviderProfile.builder("test").build())) {
      okhttp3.Dispatcher dispatcher = t.clientFor(RequestOptions.none()).dispatcher();
      assertThat(dispatcher).isSameAs(user.dispatcher());
      assertThat(dispatcher.getMaxRequestsPerHost()).isEqualTo(5);
      assertThat(dispatcher.getMaxRequests()).isEqualTo(64);
    } finally {
      user.dispatcher().executorService().shutdown();
    }
  }
}
