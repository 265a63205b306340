package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.ApiTimeoutException;
import dev.switchboard.core.errors.ConnectionException;
import dev.switchboard.core.errors.SwitchboardException;
import dev.switchboard.core.testing.FakeSleeper;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12 item 2: the SDK's retry policy is the only thing that retries. Under a persistent fault a read reaches the
 * server exactly {@code 1 + maxRetries} times (OkHttp's own 408 / 503 {@code Retry-After: 0} follow-ups and silent
 * connection-failure retries are off), sync and async.
 */
class RetryCountTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeSleeper sleeper = new FakeSleeper();
  private HttpTransport transport;

  @AfterEach
  void close() {
    if (transport != null) {
      transport.close();
    }
  }

  static Stream<Arguments> faults() {
    Supplier<MockResponse> timeout408 = () -> new MockResponse.Builder().code(408).body("slow").build();
    Supplier<MockResponse> unavailableNow = () -> new MockResponse.Builder().code(503)
        .setHeader("Retry-After", "0").body("busy").build();
    Supplier<MockResponse> error500 = () -> new MockResponse.Builder().code(500).body("oops").build();
    Supplier<MockResponse> dropped = () -> new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    Stream.Builder<Arguments> b = Stream.builder();
    for (int maxRetries : new int[] {0, 2}) {
      for (boolean async : new boolean[] {false, true}) {
        b.add(Arguments.of("408", timeout408, maxRetries, async, 408));
        b.add(Arguments.of("503 Retry-After: 0", unavailableNow, maxRetries, async, 503));
        b.add(Arguments.of("500", error500, maxRetries, async, 500));
        b.add(Arguments.of("dropped connection", dropped, maxRetries, async, 0));
      }
    }
    return b.build();
  }

  private void always(Supplier<MockResponse> response) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response.get();
      }
    });
  }

  private HttpTransport transport(ClientOptions.Builder options) {
    transport = new HttpTransport(options.baseUrl(server.url("/v1/")).sleeper(sleeper).build(),
        ProviderProfile.builder("test").build());
    return transport;
  }

  @ParameterizedTest(name = "{0}, maxRetries={2}, async={3}")
  @MethodSource("faults")
  void aReadUnderAPersistentFaultReachesTheServerOnePlusMaxRetriesTimes(
      String name, Supplier<MockResponse> fault, int maxRetries, boolean async, int status) {
    always(fault);

    Throwable thrown = Calls.thrown(transport(ClientOptions.builder().maxRetries(maxRetries)), Calls.read(),
        ApiResponse::bodyString, async);

    assertThat(server.getRequestCount()).as("requests the server saw").isEqualTo(1 + maxRetries);
    assertThat(sleeper.delays()).hasSize(maxRetries);
    if (status == 0) {
      assertThat(thrown).isInstanceOf(ConnectionException.class);
    } else {
      assertThat(thrown).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(status));
    }
  }

  @Test
  void perCallMaxRetriesZeroMeansExactlyOneRequestUnderRetryAfterZero() {
    always(() -> new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());

    Throwable thrown = Calls.thrown(transport(ClientOptions.builder()),
        Calls.read().toBuilder().options(RequestOptions.builder().maxRetries(0).build()).build(),
        ApiResponse::bodyString, false);

    assertThat(thrown).isInstanceOf(ApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theSdkStillSeesTheRealRetryAfterOfA503() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").body("busy").build());
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "3").build());
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());

    String body = transport(ClientOptions.builder()).execute(Calls.read(), ApiResponse::bodyString);

    assertThat(body).isEqualTo("ok");
    assertThat(sleeper.delays()).containsExactly(Duration.ZERO, Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void theRetryAfterHeaderOfA503IsKeptOnTheException() {
    always(() -> new MockResponse.Builder().code(503).setHeader("Retry-After", "0").body("busy").build());

    Throwable thrown = Calls.thrown(transport(ClientOptions.builder().maxRetries(0)), Calls.read(),
        ApiResponse::bodyString, false);

    assertThat(thrown).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.headers().get("Retry-After")).isEqualTo("0");
      assertThat(e.headers().names()).noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("switchboard"));
    });
  }

  @Test
  void aCallTimeoutOfAnIdempotentReadIsRetried() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(new MockResponse.Builder().code(200).body("second").build());

    String body = transport(ClientOptions.builder().callTimeout(Duration.ofMillis(300)).maxRetries(1))
        .execute(Calls.read(), ApiResponse::bodyString);

    assertThat(body).isEqualTo("second");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCallTimeoutOfAnIdempotentReadIsRetriedAsync() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(new MockResponse.Builder().code(200).body("second").build());

    String body = transport(ClientOptions.builder().callTimeout(Duration.ofMillis(300)).maxRetries(1))
        .executeAsync(Calls.read(), ApiResponse::bodyString).get(20, TimeUnit.SECONDS);

    assertThat(body).isEqualTo("second");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCallTimeoutOfANonIdempotentCallIsNotRetried() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(new MockResponse.Builder().code(200).body("second").build());
    ApiRequest send = ApiRequest.builder().method("POST").path("messages").jsonBody(Map.of("to", "+33600000000"))
        .operation("sms.send").idempotent(false).build();

    Throwable thrown = Calls.thrown(transport(ClientOptions.builder().callTimeout(Duration.ofMillis(300))), send,
        ApiResponse::bodyString, false);

    assertThat(thrown).isInstanceOf(ApiTimeoutException.class).isInstanceOf(SwitchboardException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(thrown).isNotInstanceOf(CompletionException.class);
  }
}
