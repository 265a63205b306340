package dev.switchboard.voipbin;

import static dev.switchboard.voipbin.GroupcallServiceTest.ACCESS_KEY;
import static dev.switchboard.voipbin.GroupcallServiceTest.ID;
import static dev.switchboard.voipbin.GroupcallServiceTest.json;
import static dev.switchboard.voipbin.GroupcallServiceTest.ringAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.AuthenticationException;
import dev.switchboard.core.errors.BadRequestException;
import dev.switchboard.core.errors.ConflictException;
import dev.switchboard.core.errors.ConnectionException;
import dev.switchboard.core.errors.InternalServerException;
import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.core.errors.RateLimitException;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.core.testing.LogCapture;
import dev.switchboard.models.voipbin.Groupcall;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Error envelopes, Retry-After, which operations are retried, and the access key kept out of logs and messages. */
class VoipbinErrorsTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeSleeper sleeper = new FakeSleeper();
  private VoipbinClient client;

  @BeforeEach
  void setUp() {
    client = VoipbinClient.builder().accessKey(ACCESS_KEY).baseUrl(server.url("/v1.0").toString())
        .clientOptions(ClientOptions.builder().sleeper(sleeper).build()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static MockResponse error(int code, String status, String reason, String requestId) {
    ObjectNode body = VoipbinSpec.errorExample(status);
    ObjectNode error = (ObjectNode) body.get("error");
    error.put("reason", reason).put("message", reason.toLowerCase() + " (accesskey=" + ACCESS_KEY + ")");
    if (requestId == null) {
      error.remove("request_id");
    } else {
      error.put("request_id", requestId);
    }
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body.toString())
        .build();
  }

  static Stream<Arguments> envelopes() {
    return Stream.of(
        Arguments.of(400, "INVALID_ARGUMENT", "INVALID_ID", BadRequestException.class),
        Arguments.of(401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED", AuthenticationException.class),
        Arguments.of(404, "NOT_FOUND", "GROUPCALL_NOT_FOUND", NotFoundException.class),
        Arguments.of(409, "FAILED_PRECONDITION", "CALL_ALREADY_HANGUP", ConflictException.class),
        Arguments.of(500, "INTERNAL", "INTERNAL", InternalServerException.class));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("envelopes")
  void envelopeMapsToTheTypedExceptionWithReasonAndRequestId(int code, String status, String reason,
      Class<? extends ApiException> type) {
    for (int i = 0; i < 3; i++) { // a 500 on an idempotent call is retried twice
      server.enqueue(error(code, status, reason, "req_" + code));
    }

    ApiException e = (ApiException) catchThrowable(() -> client.groupcalls().delete(ID));

    assertThat(e).isInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(code);
    assertThat(e.errorCode()).contains(reason);
    assertThat(e.requestId()).contains("req_" + code);
    assertThat(VoipbinErrorParser.status(e)).contains(status);
    assertThat(e.getMessage()).startsWith("voipbin groupcalls.delete: HTTP " + code + " " + reason + ": ")
        .endsWith("(request-id: req_" + code + ")")
        .doesNotContain(ACCESS_KEY);
    // rawBody() is the body exactly as received (runtime contract), so an echoing server could put a secret there
    assertThat(e.rawBody()).contains(reason);
  }

  @Test
  void rateLimitHonoursRetryAfterEndToEndAndExposesLimitedBy() {
    MockResponse limited = new MockResponse.Builder().code(429).setHeader("Retry-After", "7")
        .body("{\"error\":{\"status\":\"RESOURCE_EXHAUSTED\",\"reason\":\"RATE_LIMIT_EXCEEDED\","
            + "\"message\":\"Too many requests\",\"details\":[{\"limited_by\":\"customer\"}]}}")
        .build();
    server.enqueue(limited);
    server.enqueue(json(VoipbinSpec.groupcallExample()));

    Groupcall created = client.groupcalls().create(ringAll()); // 429 is retried even for non-idempotent create

    assertThat(created.id()).contains(ID);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(7));

    server.enqueue(limited);
    server.enqueue(limited);
    server.enqueue(limited);
    RateLimitException e = (RateLimitException) catchThrowable(() -> client.groupcalls().get(ID));
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.errorCode()).contains("RATE_LIMIT_EXCEEDED");
    assertThat(e.requestId()).isEmpty(); // the documented 429 example has no request_id
    assertThat(VoipbinErrorParser.limitedBy(e)).contains("customer");
    assertThat(VoipbinErrorParser.status(e)).contains("RESOURCE_EXHAUSTED");
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7), Duration.ofSeconds(7));
  }

  private MockResponse unavailable() {
    return error(503, "UNAVAILABLE", "SERVICE_UNAVAILABLE", "req_503");
  }

  private static MockResponse dropped() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  static Stream<Arguments> operations() {
    return Stream.of(
        Arguments.of("create", false, (Function<GroupcallService, Object>) s -> s.create(ringAll())),
        Arguments.of("hangup", false, (Function<GroupcallService, Object>) s -> s.hangup(ID)),
        Arguments.of("get", true, (Function<GroupcallService, Object>) s -> s.get(ID)),
        Arguments.of("delete", true, (Function<GroupcallService, Object>) s -> s.delete(ID)),
        Arguments.of("list", true, (Function<GroupcallService, Object>) s -> s.list()),
        Arguments.of("createAsync", false,
            (Function<GroupcallService, Object>) s -> s.createAsync(ringAll()).join()),
        Arguments.of("hangupAsync", false, (Function<GroupcallService, Object>) s -> s.hangupAsync(ID).join()),
        Arguments.of("getAsync", true, (Function<GroupcallService, Object>) s -> s.getAsync(ID).join()));
  }

  private static MockResponse success(String op) {
    return json(op.startsWith("list") ? "{\"result\":[]}" : VoipbinSpec.groupcallExample().toString());
  }

  @ParameterizedTest(name = "{0} idempotent={1}")
  @MethodSource("operations")
  void after503OnlyIdempotentCallsAreRetried(String op, boolean idempotent, Function<GroupcallService, Object> call) {
    server.enqueue(unavailable());
    server.enqueue(success(op));

    Throwable t = catchThrowable(() -> call.apply(client.groupcalls()));

    if (idempotent) {
      assertThat(t).isNull();
      assertThat(server.getRequestCount()).isEqualTo(2);
    } else {
      Throwable e = t instanceof CompletionException ? t.getCause() : t;
      assertThat(e).isInstanceOf(InternalServerException.class);
      assertThat(((ApiException) e).requestId()).contains("req_503");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0} idempotent={1}")
  @MethodSource("operations")
  void afterADroppedConnectionOnlyIdempotentCallsAreRetried(String op, boolean idempotent,
      Function<GroupcallService, Object> call) {
    server.enqueue(dropped());
    server.enqueue(success(op));

    Throwable t = catchThrowable(() -> call.apply(client.groupcalls()));

    if (idempotent) {
      assertThat(t).isNull();
      assertThat(server.getRequestCount()).isEqualTo(2);
    } else {
      Throwable e = t instanceof CompletionException ? t.getCause() : t;
      assertThat(e).isInstanceOf(ConnectionException.class);
      assertThat(e.getMessage()).doesNotContain(ACCESS_KEY).contains("voipbin groupcalls.");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void accessKeyNeverAppearsInLogsOrExceptionMessages() throws Exception {
    LogCapture.clear();
    server.enqueue(unavailable());
    server.enqueue(json(VoipbinSpec.groupcallExample()));
    server.enqueue(error(404, "NOT_FOUND", "GROUPCALL_NOT_FOUND", "req_404"));
    server.enqueue(dropped());

    client.groupcalls().get(ID);
    Throwable notFound = catchThrowable(() -> client.groupcalls().getAsync(ID).get(5, TimeUnit.SECONDS));
    Throwable dropped = catchThrowable(() -> client.groupcalls().hangup(ID));
    // the hangup reached the server once and was not re-sent (not even by OkHttp on the pooled connection)
    assertThat(server.getRequestCount()).isEqualTo(4);

    String logs = LogCapture.text("dev.switchboard.http");
    assertThat(logs).contains("voipbin groupcalls.get GET", "accesskey=****", "-> 503", "-> 200",
        "groupcalls.hangup");
    assertThat(logs).doesNotContain(ACCESS_KEY);
    assertThat(notFound.getCause()).isInstanceOf(NotFoundException.class);
    for (Throwable t = notFound; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(ACCESS_KEY);
    }
    assertThat(dropped).isInstanceOf(ConnectionException.class);
    assertThat(dropped.getMessage()).doesNotContain(ACCESS_KEY);
    assertThat(client.toString()).doesNotContain(ACCESS_KEY);
    assertThat(client.options().toString()).doesNotContain(ACCESS_KEY);
  }

  @Test
  void parserIgnoresWhatIsNotAnEnvelope() {
    VoipbinErrorParser p = VoipbinErrorParser.instance();
    assertThat(p.parse(502, Headers.of(), "<html>bad gateway</html>".getBytes())).isEmpty();
    assertThat(p.parse(500, Headers.of(), new byte[0])).isEmpty();
    assertThat(p.parse(500, Headers.of(), "{\"message\":\"x\"}".getBytes())).isEmpty();
    assertThat(p.parse(500, Headers.of(), "{\"error\":\"string\"}".getBytes())).isEmpty();
    assertThat(p.parse(404, Headers.of(), "{\"error\":{\"status\":\"NOT_FOUND\"}}".getBytes()))
        .hasValueSatisfying(e -> {
          assertThat(e.code()).contains("NOT_FOUND");
          assertThat(e.requestId()).isEmpty();
        });
  }

  @Test
  void nonEnvelopeErrorKeepsStatusAndRawBody() {
    server.enqueue(new MockResponse.Builder().code(502).body("<html>bad gateway</html>").build());
    client.close();
    client = VoipbinClient.builder().accessKey(ACCESS_KEY).baseUrl(server.url("/v1.0").toString())
        .clientOptions(ClientOptions.builder().maxRetries(0).build()).build();

    assertThatThrownBy(() -> client.groupcalls().get(ID)).isInstanceOf(InternalServerException.class)
        .hasMessageContaining("HTTP 502: <html>bad gateway</html>");
  }
}
