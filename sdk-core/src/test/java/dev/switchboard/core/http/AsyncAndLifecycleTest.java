package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class AsyncAndLifecycleTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private static ApiRequest get() {
    return ApiRequest.builder().method("GET").path("items").operation("items.list").idempotent(true).build();
  }

  private static Set<Thread> liveThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
  }

  @Test
  void hundredConcurrentAsyncCallsUseFewThreads() throws Exception {
    Set<Thread> before = liveThreads();
    AtomicInteger peak = new AtomicInteger();
    AtomicInteger peakRunning = new AtomicInteger();
    java.util.Set<String> names = java.util.concurrent.ConcurrentHashMap.newKeySet();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        List<Thread> added = liveThreads().stream()
            .filter(th -> !before.contains(th) && !th.getName().startsWith("MockWebServer"))
            .collect(Collectors.toList());
        added.forEach(th -> names.add(th.getName() + "#" + th.getId()));
        peak.accumulateAndGet(added.size(), Math::max);
        int running = (int) added.stream().filter(th -> th.getName().startsWith("OkHttp http")).count(); // OkHttp names a thread after the call it runs
        peakRunning.accumulateAndGet(running, Math::max);
        return new MockResponse.Builder().code(200).body("ok").build();
      }
    });
    try (HttpTransport t = new HttpTransport(ClientOptions.builder().baseUrl(server.url("/"))
        .maxConcurrentRequests(5).build(), ProviderProfile.builder("test").build())) {
      List<CompletableFuture<String>> futures = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        futures.add(t.executeAsync(get(), ApiResponse::bodyString));
      }
      CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);

      assertThat(futures).allSatisfy(f -> assertThat(f.join()).isEqualTo("ok"));
      assertThat(server.getRequestCount()).isEqualTo(100);
      // The SDK's dispatcher pool is bounded by maxConcurrentRequests (5), not by the 100 calls.
      assertThat(peakRunning.get()).as("dispatcher threads: %s", names).isBetween(1, 5);
      // Every new live thread, OkHttp's TaskRunner and the retry scheduler included.
      assertThat(peak.get()).as("new threads: %s", names).isLessThan(10);
    }
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    CountDownLatch canceled = new CountDownLatch(1);
    OkHttpClient user = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void canceled(Call call) {
        canceled.countDown();
      }
    }).build();
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    try (HttpTransport t = new HttpTransport(
        ClientOptions.builder().baseUrl(server.url("/")).okHttpClient(user).build(),
        ProviderProfile.builder("test").build())) {
      CompletableFuture<String> future = t.executeAsync(get(), ApiResponse::bodyString);
      assertThat(server.takeRequest(10, TimeUnit.SECONDS)).isNotNull();

      assertThat(future.cancel(true)).isTrue();

      assertThat(canceled.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(future).isCancelled();
    } finally {
      user.dispatcher().cancelAll();
    }
  }

  @Test
  void cancellingDuringRetryWaitCancelsTheWait() throws Exception {
    CompletableFuture<Void> pendingWait = new CompletableFuture<>();
    CountDownLatch waiting = new CountDownLatch(1);
    Sleeper sleeper = new Sleeper() {
      @Override
      public void sleep(Duration duration) {}

      @Override
      public CompletableFuture<Void> delay(Duration duration) {
        waiting.countDown();
        return pendingWait;
      }
    };
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(200).build());
    try (HttpTransport t = new HttpTransport(
        ClientOptions.builder().baseUrl(server.url("/")).sleeper(sleeper).build(),
        ProviderProfile.builder("test").build())) {
      CompletableFuture<String> future = t.executeAsync(get(), ApiResponse::bodyString);
      assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

      future.cancel(true);

      assertThatThrownBy(() -> pendingWait.get(10, TimeUnit.SECONDS))
          .isInstanceOf(java.util.concurrent.CancellationException.class);
      assertThat(pendingWait).isCancelled();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void closeStopsEverySdkThread() throws Exception {
    Set<Thread> before = liveThreads();
    server.enqueue(new MockResponse.Builder().code(200).build());
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(200).build());
    HttpTransport t = new HttpTransport(ClientOptions.builder().baseUrl(server.url("/"))
        .initialRetryDelay(Duration.ofMillis(1)).build(), ProviderProfile.builder("test").build());
    t.execute(get(), ApiResponse::statusCode);
    assertThat(t.executeAsync(get(), ApiResponse::statusCode).get(10, TimeUnit.SECONDS)).isEqualTo(200);
    List<Thread> started = liveThreads().stream()
        .filter(th -> !before.contains(th) && !th.getName().startsWith("MockWebServer"))
        .collect(Collectors.toList());
    assertThat(started).anyMatch(th -> th.getName().startsWith("switchboard-test-http"));
    assertThat(started).anyMatch(th -> th.getName().equals("switchboard-retry-scheduler"));

    t.close();

    for (Thread th : started) {
      if (!th.isDaemon() || th.getName().startsWith("switchboard-")) {
        th.join(10_000);
      }
    }
    assertThat(started).noneMatch(th -> th.isAlive() && !th.isDaemon());
    assertThat(started).noneMatch(th -> th.isAlive() && th.getName().startsWith("switchboard-"));
    assertThatThrownBy(() -> t.execute(get(), ApiResponse::statusCode)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closeNeverShutsDownUserClient() throws IOException {
    OkHttpClient user = new OkHttpClient();
    server.enqueue(new MockResponse.Builder().code(200).build());
    server.enqueue(new MockResponse.Builder().code(200).body("still works").build());
    HttpTransport t = new HttpTransport(ClientOptions.builder().baseUrl(server.url("/")).okHttpClient(user).build(),
        ProviderProfile.builder("test").build());
    t.execute(get(), ApiResponse::statusCode);

    t.close();

    assertThat(user.dispatcher().executorService().isShutdown()).isFalse();
    try (Response r = user.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
      assertThat(r.body().string()).isEqualTo("still works");
    }
    user.dispatcher().executorService().shutdown();
  }
}
