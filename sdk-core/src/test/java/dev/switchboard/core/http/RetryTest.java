package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.Sleeper;
import dev.switchboard.core.errors.ConnectionException;
import dev.switchboard.core.errors.InternalServerException;
import dev.switchboard.core.errors.RateLimitException;
import dev.switchboard.core.errors.SwitchboardException;
import dev.switchboard.core.testing.FakeSleeper;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeSleeper sleeper = new FakeSleeper();
  private HttpTransport transport;

  @AfterEach
  void closeTransport() {
    if (transport != null) {
      transport.close();
    }
  }

  private HttpTransport transport() {
    return transport(ClientOptions.builder().baseUrl(server.url("/v1/")).sleeper(sleeper)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
  }

  private HttpTransport transport(ClientOptions options) {
    transport = new HttpTransport(options, ProviderProfile.builder("test").build());
    return transport;
  }

  private static ApiRequest post(boolean idempotent) {
    return post(idempotent, RequestOptions.none());
  }

  private static ApiRequest post(boolean idempotent, RequestOptions options) {
    return ApiRequest.builder().method("POST").path("messages").jsonBody(java.util.Map.of("to", "+33600000000"))
        .operation("sms.send").idempotent(idempotent).options(options).build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{}").build();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void status429IsAlwaysRetried(boolean idempotent) {
    server.enqueue(status(429));
    server.enqueue(status(200));

    String body = transport().execute(post(idempotent), ApiResponse::bodyString);

    assertThat(body).isEqualTo("{}");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.delays()).hasSize(1);
  }

  @Test
  void status503IsRetriedWhenIdempotentUntilExhausted() {
    server.enqueue(status(503));
    server.enqueue(status(502));
    server.enqueue(new MockResponse.Builder().code(500).body("last").build());

    assertThatThrownBy(() -> transport().execute(post(true), ApiResponse::bodyString))
        .isInstanceOf(InternalServerException.class)
        .satisfies(e -> assertThat(((InternalServerException) e).statusCode()).isEqualTo(500))
        .satisfies(e -> assertThat(((InternalServerException) e).rawBody()).isEqualTo("last"));
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.delays()).hasSize(2);
  }

  @Test
  void status503IsNotRetriedWhenNotIdempotent() {
    server.enqueue(status(503));
    server.enqueue(status(200));

    assertThatThrownBy(() -> transport().execute(post(false), ApiResponse::bodyString))
        .isInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void status503IsRetriedWhenNotIdempotentButKeyGiven() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(201));

    RequestOptions options = RequestOptions.builder().idempotencyKey("key-123").build();
    transport().execute(post(false, options), ApiResponse::statusCode);

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("key-123");
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("key-123");
  }

  @Test
  void droppedConnectionAfterRequestIsNotRetriedWhenNotIdempotent() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(status(200));

    assertThatThrownBy(() -> transport().execute(post(false), ApiResponse::statusCode))
        .isInstanceOf(ConnectionException.class)
        .hasCauseInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void droppedConnectionAfterRequestIsRetriedWhenIdempotent() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(status(200));
    server.enqueue(status(200));

    int status = transport().execute(post(true), ApiResponse::statusCode);

    assertThat(status).isEqualTo(200);
    assertThat(sleeper.delays()).hasSize(1);
  }

  @Test
  void connectionRefusedIsRetriedEvenWhenNotIdempotent() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    HttpTransport t = transport(ClientOptions.builder().baseUrl("http://127.0.0.1:" + port + "/").sleeper(sleeper)
        .build());

    assertThatThrownBy(() -> t.execute(post(false), ApiResponse::statusCode))
        .isInstanceOf(ConnectionException.class)
        .hasRootCauseInstanceOf(java.net.ConnectException.class);
    assertThat(sleeper.delays()).hasSize(2);
  }

  @Test
  void retryAfterSecondsIsHonoured() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
    server.enqueue(status(200));

    transport().execute(post(false), ApiResponse::statusCode);

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterHttpDateIsHonoured() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(NOW.plusSeconds(30),
        ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", date).build());
    server.enqueue(status(200));

    transport().execute(post(true), ApiResponse::statusCode);

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void retryAfterMsTakesPrecedence() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After-Ms", "250")
        .setHeader("Retry-After", "9").build());
    server.enqueue(status(200));

    transport().execute(post(false), ApiResponse::statusCode);

    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void retryAfterAboveCapFailsAtOnceWithRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "120").build());
    server.enqueue(status(200));

    assertThatThrownBy(() -> transport().execute(post(true), ApiResponse::statusCode))
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void backoffGrowsWithinJitterBounds() {
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(status(200));
    HttpTransport t = transport(ClientOptions.builder().baseUrl(server.url("/")).sleeper(sleeper).maxRetries(3)
        .build());

    t.execute(post(true), ApiResponse::statusCode);

    assertThat(sleeper.delays()).hasSize(3);
    assertThat(sleeper.delays().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(sleeper.delays().get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    assertThat(sleeper.delays().get(2)).isBetween(Duration.ofMillis(1500), Duration.ofMillis(2000));
  }

  @Test
  void backoffFormulaIsCappedAndJittered() {
    RetryPolicy policy = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8));
    for (int retry = 1; retry <= 10; retry++) {
      Duration base = Duration.ofMillis(Math.min(500L << (retry - 1), 8000));
      assertThat(policy.baseDelay(retry)).isEqualTo(base);
      for (int i = 0; i < 50; i++) {
        Duration d = policy.backoff(retry);
        assertThat(d.toNanos()).isBetween((long) (base.toNanos() * 0.75), base.toNanos());
      }
    }
  }

  @Test
  void requestOptionsMaxRetriesOverridesClient() {
    server.enqueue(status(503));
    server.enqueue(status(200));

    RequestOptions noRetry = RequestOptions.builder().maxRetries(0).build();
    assertThatThrownBy(() -> transport().execute(post(true, noRetry), ApiResponse::statusCode))
        .isInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void interruptedSleepRestoresFlagAndAborts() {
    server.enqueue(status(503));
    server.enqueue(status(200));
    Sleeper interrupting = new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        throw new InterruptedException("test");
      }

      @Override
      public CompletableFuture<Void> delay(Duration duration) {
        return CompletableFuture.completedFuture(null);
      }
    };
    HttpTransport t = transport(ClientOptions.builder().baseUrl(server.url("/")).sleeper(interrupting).build());
    try {
      assertThatThrownBy(() -> t.execute(post(true), ApiResponse::statusCode))
          .isInstanceOf(SwitchboardException.class)
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(server.getRequestCount()).isEqualTo(1);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void asyncRetriesThroughTheSleeper() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(429));
    server.enqueue(new MockResponse.Builder().code(200).body("done").build());

    String body = transport().executeAsync(post(true), ApiResponse::bodyString).get();

    assertThat(body).isEqualTo("done");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.delays()).hasSize(2);
  }

  @Test
  void asyncNonIdempotent503FailsWithTypedException() {
    server.enqueue(status(503));

    CompletableFuture<Integer> future = transport().executeAsync(post(false), ApiResponse::statusCode);

    assertThat(future).failsWithin(Duration.ofSeconds(10))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
