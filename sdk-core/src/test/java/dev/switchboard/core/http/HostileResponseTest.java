package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.errors.InvalidResponseException;
import dev.switchboard.core.errors.RateLimitException;
import dev.switchboard.core.errors.SwitchboardException;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.core.testing.RawHttpServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 item 3 (transport): only a {@link SwitchboardException} escapes, sync and async, whatever the status line,
 * the {@code Retry-After} value or the response handler does; OkHttp's dispatcher threads never die of it.
 */
class HostileResponseTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeSleeper sleeper = new FakeSleeper();
  private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private HttpTransport transport;
  private OkHttpClient userClient;

  @AfterEach
  void close() {
    if (transport != null) {
      transport.close();
    }
    if (userClient != null) {
      userClient.dispatcher().executorService().shutdown();
    }
  }

  /** A user client whose dispatcher threads record what kills them. */
  private OkHttpClient watchedClient() {
    ExecutorService executor = new ThreadPoolExecutor(0, 16, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "watched-dispatcher");
      t.setDaemon(true);
      t.setUncaughtExceptionHandler((th, e) -> uncaught.add(e));
      return t;
    });
    userClient = new OkHttpClient.Builder().dispatcher(new Dispatcher(executor)).build();
    return userClient;
  }

  private HttpTransport transport(okhttp3.HttpUrl baseUrl) {
    transport = new HttpTransport(ClientOptions.builder().baseUrl(baseUrl).sleeper(sleeper)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).okHttpClient(watchedClient()).build(),
        ProviderProfile.builder("test").build());
    return transport;
  }

  @ParameterizedTest(name = "[{0}] async={1}")
  @CsvSource(delimiter = '|', value = {
      "HTTP/1.1 999 Odd|false|999|{}", "HTTP/1.1 999 Odd|true|999|{}",
      "HTTP/1.1 042 Low|false|42|{}", "HTTP/1.1 042 Low|true|42|{}",
      "HTTP/1.1 000 Zero|false|0|{}", "HTTP/1.1 000 Zero|true|0|{}",
      "HTTP/1.1 -12 Negative|false|0|", "HTTP/1.1 -12 Negative|true|0|",
      "HTTP/1.1 2x0 Letters|false|0|", "HTTP/1.1 2x0 Letters|true|0|",
      "SPDY/9 200 OK|false|0|", "SPDY/9 200 OK|true|0|",
      "HTTP/1.1 20|false|0|", "HTTP/1.1 20|true|0|"})
  void oddStatusLinesRaiseInvalidResponseException(String statusLine, boolean async, int status, String body) {
    try (RawHttpServer raw = RawHttpServer.answering(
        statusLine + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")) {
      Throwable thrown = Calls.thrown(transport(raw.url("/v1/")), Calls.send(), ApiResponse::bodyString, async);

      assertThat(thrown).isInstanceOfSatisfying(InvalidResponseException.class, e -> {
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.rawBody()).isEqualTo(body == null ? "" : body);
        assertThat(e.getMessage()).startsWith("test sms.send POST /v1/messages");
      });
      assertThat(raw.requestCount()).isEqualTo(1);
      assertThat(uncaught).as("exceptions that killed a dispatcher thread").isEmpty();
    }
  }

  @ParameterizedTest(name = "handler throws {0}, async={1}")
  @CsvSource({"npe,false", "npe,true", "iae,false", "iae,true", "cce,false", "cce,true", "soe,false", "soe,true"})
  void anExceptionInTheResponseHandlerBecomesInvalidResponseException(String kind, boolean async) {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":1}").build());
    ResponseHandler<Object> handler = r -> {
      switch (kind) {
        case "npe": throw new NullPointerException("no field");
        case "iae": throw new IllegalArgumentException("bad shape");
        case "cce": throw new ClassCastException("not an object");
        default: throw new StackOverflowError();
      }
    };

    Throwable thrown = Calls.thrown(transport(server.url("/v1/")), Calls.send(), handler, async);

    assertThat(thrown).isInstanceOfSatisfying(InvalidResponseException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(200);
      assertThat(e.rawBody()).isEqualTo("{\"id\":1}");
      assertThat(e.getMessage()).contains("test sms.send");
    });
    assertThat(uncaught).isEmpty();
  }

  @ParameterizedTest(name = "Retry-After: {0}")
  @ValueSource(strings = {"99999999999999999999", "1e300", "9223372036854775807", "Fri, 31 Dec 9999 23:59:59 GMT"})
  void aRetryAfterOverTheCapFailsAtOnceWithRetryAfter(String value) {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", value).build());
    server.enqueue(new MockResponse.Builder().code(200).build());

    Throwable thrown = Calls.thrown(transport(server.url("/v1/")), Calls.send(), ApiResponse::bodyString, false);

    assertThat(thrown).isInstanceOfSatisfying(RateLimitException.class, e -> {
      assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofSeconds(60)));
      assertThat(e.retryAfter().get().toNanos()).isPositive();
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @ParameterizedTest(name = "Retry-After-Ms: {0}")
  @ValueSource(strings = {"99999999999999999999", "1e300", "1E308"})
  void aRetryAfterMsOverTheCapFailsAtOnce(String value) {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After-Ms", value).build());
    server.enqueue(new MockResponse.Builder().code(200).build());

    Throwable thrown = Calls.thrown(transport(server.url("/v1/")), Calls.send(), ApiResponse::bodyString, true);

    assertThat(thrown).isInstanceOfSatisfying(RateLimitException.class,
        e -> assertThat(e.retryAfter().get().toNanos()).isGreaterThan(Duration.ofSeconds(60).toNanos()));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}: [{1}]")
  @CsvSource(delimiter = '|', value = {
      "Retry-After|-5", "Retry-After|soon", "Retry-After|NaN", "Retry-After|Infinity", "Retry-After|-1e300",
      "Retry-After|1,5", "Retry-After|Mon, 32 Jan 2025 00:00:00 GMT", "Retry-After|Wed, 01 Jan 2025 00:00:00 XYZ",
      "Retry-After-Ms|-1", "Retry-After-Ms|NaN", "Retry-After-Ms|0x10", "Retry-After-Ms|-Infinity"})
  void anUnparseableRetryAfterFallsBackToBackoff(String header, String value) {
    server.enqueue(new MockResponse.Builder().code(429).setHeader(header, value).build());
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());

    Throwable thrown = Calls.thrown(transport(server.url("/v1/")), Calls.send(), ApiResponse::bodyString, false);

    assertThat(thrown).isNull();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.delays()).singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
  }

  @Test
  void aRetryAfterDateFarInThePastMeansRetryNow() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "Mon, 01 Jan 0001 00:00:00 GMT")
        .build());
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());

    Throwable thrown = Calls.thrown(transport(server.url("/v1/")), Calls.send(), ApiResponse::bodyString, false);

    assertThat(thrown).isNull();
    assertThat(sleeper.delays()).containsExactly(Duration.ZERO);
  }

  @ParameterizedTest(name = "503 Retry-After: {0}, async={1}")
  @CsvSource({"99999999999999999999,false", "99999999999999999999,true", "00000000000000000000000,false"})
  void anAbsurdRetryAfterOnA503NeverEscapes(String value, boolean async) {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", value).body("busy").build());
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());

    Throwable thrown = Calls.thrown(transport(server.url("/v1/")), Calls.send(), ApiResponse::bodyString, async);

    assertThat(thrown).isInstanceOf(SwitchboardException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(uncaught).isEmpty();
  }
}
