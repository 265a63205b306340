package dev.switchboard.callr.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.AuthenticationException;
import dev.switchboard.core.errors.BadRequestException;
import dev.switchboard.core.errors.ConnectionException;
import dev.switchboard.core.errors.InternalServerException;
import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.core.errors.PermissionDeniedException;
import dev.switchboard.core.errors.RateLimitException;
import dev.switchboard.core.errors.UnexpectedStatusException;
import dev.switchboard.models.callr.v2.ActionRunRequest;
import dev.switchboard.models.callr.v2.ActionSearchParams;
import dev.switchboard.models.callr.v2.CallrAction;
import dev.switchboard.models.callr.v2.NumberReserveRequest;
import dev.switchboard.models.callr.v2.SmsSearchParams;
import dev.switchboard.models.callr.v2.SmsSendRequest;
import dev.switchboard.models.callr.v2.V2Ids;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Errors, paging, authentication, retry safety and argument validation of the v2 client. */
class CallrV2BehaviourTest extends V2TestSupport {
  private static final SmsSendRequest SMS_REQUEST = SmsSendRequest.builder().to("+33612345678").text("Hi").build();

  // --- error envelope ----------------------------------------------------------------------------------------------

  @Test
  void theErrorEnvelopeMapsToTheExceptionOfItsStatus() {
    Map<Integer, Class<? extends ApiException>> statuses = Map.of(400, BadRequestException.class,
        401, AuthenticationException.class, 403, PermissionDeniedException.class, 404, NotFoundException.class,
        405, UnexpectedStatusException.class, 429, RateLimitException.class, 500, InternalServerException.class);
    CallrV2Client callr = track(CallrV2Client.builder().apiKey(KEY).baseUrl(server.url("/v2.0").toString())
        .clientOptions(ClientOptions.builder().maxRetries(0).build()).build());
    statuses.forEach((status, type) -> {
      server.enqueue(json(status, "{\"code\":\"invalid_parameter\",\"message\":\"to: invalid\"}"));
      assertThatThrownBy(() -> callr.sms().get("abcdef12"))
          .isInstanceOf(type)
          .satisfies(e -> {
            ApiException a = (ApiException) e;
            assertThat(a.statusCode()).isEqualTo(status);
            assertThat(a.errorCode()).contains("invalid_parameter");
            assertThat(a.errorMessage()).contains("to: invalid");
            assertThat(a.provider()).isEqualTo("callr-v2");
            assertThat(a.operation()).isEqualTo("sms.get");
          });
    });
  }

  @Test
  void emptyAndNonJsonErrorBodiesAreKeptRaw() {
    CallrV2Client callr = track(CallrV2Client.builder().apiKey(KEY).baseUrl(server.url("/v2.0").toString())
        .clientOptions(ClientOptions.builder().maxRetries(0).build()).build());
    server.enqueue(empty(403));
    assertThatThrownBy(() -> callr.system().ping()).isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
      assertThat(e.errorCode()).isEmpty();
      assertThat(e.rawBody()).isEmpty();
    });
    server.enqueue(new MockResponse.Builder().code(502).body("<html>Bad gateway</html>").build());
    assertThatThrownBy(() -> callr.system().ping()).isInstanceOfSatisfying(InternalServerException.class, e -> {
      assertThat(e.errorCode()).isEmpty();
      assertThat(e.rawBody()).isEqualTo("<html>Bad gateway</html>");
    });
  }

  @Test
  void theParserKeepsANumericCodeAsTextAndExtraFieldsAsData() {
    var error = CallrV2ErrorParser.instance().parse(400, okhttp3.Headers.of(),
        "{\"code\":42,\"message\":\"m\",\"field\":\"to\"}".getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(error.code()).contains("42");
    assertThat(error.data().orElseThrow().get("field").asText()).isEqualTo("to");
    assertThat(CallrV2ErrorParser.instance().parse(400, okhttp3.Headers.of(),
        "{\"other\":1}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(CallrV2ErrorParser.instance().parse(400, okhttp3.Headers.of(), "[1]".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void secretsNeverAppearInMessagesOrToString() {
    CallrV2Client callr = client();
    server.enqueue(json(401, "{\"code\":\"auth\",\"message\":\"bad key " + KEY + "\"}"));
    assertThatThrownBy(() -> callr.system().ping()).satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    assertThat(callr.toString()).doesNotContain(KEY).contains("auth=api-key");
  }

  @Test
  void logsShowTheEncodedNumberPathButNeverTheKey() {
    dev.switchboard.core.testing.LogCapture.clear();
    server.enqueue(json("{\"e164\":\"+33199001020\"}"));
    client().numbers().get("+33199001020");
    String logs = dev.switchboard.core.testing.LogCapture.text("dev.switchboard.http");
    assertThat(logs).contains("callr-v2 numbers.get GET", "/v2.0/numbers/%2B33199001020").doesNotContain(KEY);
  }

  // --- paging ------------------------------------------------------------------------------------------------------

  @Test
  void theAutoPagerFollowsOffsetsUntilHasMoreIsFalse() throws Exception {
    server.enqueue(json("{\"offset\":0,\"total\":5,\"hasMore\":true,\"hits\":[" + action("aaaaaaa1") + ","
        + action("aaaaaaa2") + "]}"));
    server.enqueue(json("{\"offset\":2,\"total\":5,\"hasMore\":true,\"hits\":[" + action("aaaaaaa3") + ","
        + action("aaaaaaa4") + "]}"));
    server.enqueue(json("{\"offset\":4,\"total\":5,\"hasMore\":false,\"hits\":[" + action("aaaaaaa5") + "]}"));
    V2SearchPage<CallrAction> first = client().actions().search(ActionSearchParams.builder().limit(2).build());
    List<String> sids = first.autoPager().stream().map(a -> a.sid().orElseThrow()).collect(Collectors.toList());
    assertThat(sids).containsExactly("aaaaaaa1", "aaaaaaa2", "aaaaaaa3", "aaaaaaa4", "aaaaaaa5");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(take().getUrl().encodedQuery()).isEqualTo("limit=2");
    assertThat(take().getUrl().encodedQuery()).isEqualTo("offset=2&limit=2");
    assertThat(take().getUrl().encodedQuery()).isEqualTo("offset=4&limit=2");
    assertThat(first.total()).hasValue(5);
  }

  @Test
  void theAutoPagerLimitRequestsNoMorePagesThanNeeded() {
    server.enqueue(json("{\"offset\":0,\"total\":4,\"hasMore\":true,\"hits\":[" + action("aaaaaaa1") + ","
        + action("aaaaaaa2") + "]}"));
    List<CallrAction> two = client().actions().search(ActionSearchParams.builder().limit(2).build())
        .autoPager().limit(2).stream().collect(Collectors.toList());
    assertThat(two).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anEmptyPageEndsPagingEvenIfHasMoreIsTrue() {
    server.enqueue(json("{\"offset\":0,\"total\":9,\"hasMore\":true,\"hits\":[]}"));
    V2SearchPage<CallrAction> page = client().actions().search();
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.autoPager().stream().count()).isZero();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static String action(String sid) {
    return "{\"sid\":\"" + sid + "\",\"name\":\"n\"}";
  }

  // --- authentication ----------------------------------------------------------------------------------------------

  @Test
  void threeAuthenticationSchemes() throws Exception {
    server.enqueue(json("{\"pong\":\"pong\"}"));
    server.enqueue(json("{\"pong\":\"pong\"}"));
    server.enqueue(json("{\"pong\":\"pong\"}"));
    String base = server.url("/v2.0").toString();
    track(CallrV2Client.builder().apiKey(KEY).baseUrl(base).build()).system().ping();
    RecordedRequest r = take();
    assertThat(r.getHeaders().get("x-api-key")).isEqualTo(KEY);
    assertThat(r.getHeaders().get("Authorization")).isNull();

    track(CallrV2Client.builder().basic("acct0001", KEY).baseUrl(base).build()).system().ping();
    r = take();
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(basic("acct0001:" + KEY));
    assertThat(r.getHeaders().get("x-api-key")).isNull();

    CallrV2Client sub = track(CallrV2Client.builder().subAccount("subacct1", KEY).baseUrl(base).build());
    sub.system().ping();
    assertThat(take().getHeaders().get("Authorization")).isEqualTo(basic("subacct1:" + KEY));
    assertThat(sub.toString()).contains("auth=sub-account").doesNotContain(KEY);
  }

  @Test
  void fromEnvChoosesTheSchemeAndBaseUrl() throws Exception {
    String base = server.url("/v2.0").toString();
    server.enqueue(json("{\"pong\":\"pong\"}"));
    server.enqueue(json("{\"pong\":\"pong\"}"));
    track(CallrV2Client.fromEnv(Map.of("CALLR_API_KEY", KEY, "CALLR_V2_BASE_URL", base))).system().ping();
    assertThat(take().getHeaders().get("x-api-key")).isEqualTo(KEY);
    track(CallrV2Client.fromEnv(Map.of("CALLR_API_KEY", KEY, "CALLR_SUBACCOUNT_SID", "subacct1",
        "CALLR_V2_BASE_URL", base))).system().ping();
    assertThat(take().getHeaders().get("Authorization")).isEqualTo(basic("subacct1:" + KEY));
    assertThatThrownBy(() -> CallrV2Client.fromEnv(Map.of())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CALLR_API_KEY");
    assertThat(track(CallrV2Client.builder().apiKey(KEY).build()).baseUrl().toString())
        .isEqualTo("https://api.callr.com/v2.0");
    assertThatThrownBy(() -> CallrV2Client.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  private static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  // --- retry safety ------------------------------------------------------------------------------------------------

  @Test
  void nonIdempotentOperationsAreNotRetriedAfterA500() {
    CallrV2Client callr = client();
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(500, "{\"code\":\"internal\",\"message\":\"oops\"}"));
    }
    assertThatThrownBy(() -> callr.sms().send(SMS_REQUEST)).isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() -> callr.actions().run("callrsid", ActionRunRequest.builder().build()))
        .isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() -> callr.numberStore().reserve(NumberReserveRequest.builder().prefix("+33").build()))
        .isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() -> callr.numberStore().buy("token-1")).isInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void anIdempotencyKeyMakesASendRetryable() throws Exception {
    server.enqueue(json(503, "{\"code\":\"unavailable\",\"message\":\"later\"}"));
    server.enqueue(json(201, SMS));
    assertThat(client().sms().send(SMS_REQUEST,
        dev.switchboard.core.RequestOptions.builder().idempotencyKey("send-1").build()).sid()).contains("abcdef12");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(take().getHeaders().get("Idempotency-Key")).isEqualTo("send-1");
    assertThat(take().getHeaders().get("Idempotency-Key")).isEqualTo("send-1");
  }

  @Test
  void aSendIsNotRetriedAfterADroppedConnection() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(201, SMS));
    assertThatThrownBy(() -> client().sms().send(SMS_REQUEST)).isInstanceOf(ConnectionException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void readsAreRetriedAfterA500AndADroppedConnection() throws Exception {
    server.enqueue(json(500, "{\"code\":\"internal\",\"message\":\"oops\"}"));
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(SMS));
    assertThat(client().sms().get("abcdef12").sid()).contains("abcdef12");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.delays()).isNotEmpty(); // the dropped connection may be re-sent by OkHttp itself
  }

  // --- validation --------------------------------------------------------------------------------------------------

  @Test
  void sidsAreValidatedBeforeAnyIo() throws Exception {
    CallrV2Client callr = client();
    assertThatThrownBy(() -> callr.sms().get("ABCDEF12")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sid: ").hasMessageContaining("sidFromV1Hash");
    assertThatThrownBy(() -> callr.actions().get("short")).hasMessageStartingWith("sid: ");
    assertThatThrownBy(() -> callr.actions().delete(null)).isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("sid: ");
    assertThatThrownBy(() -> callr.audioFiles().get("abc/def1")).hasMessageStartingWith("sid: ");
    ExecutionException async = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> callr.sms().getAsync("BAD").get());
    assertThat(async.getCause()).isInstanceOf(IllegalArgumentException.class);
    assertThat(V2Ids.sidFromV1Hash("ABCDEF12")).isEqualTo("abcdef12");
    assertThatThrownBy(() -> SmsSearchParams.builder().sid("ABCDEF12").build()).hasMessageStartingWith("sid: ");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void phoneNumbersAndIdsAreValidated() {
    CallrV2Client callr = client();
    assertThatThrownBy(() -> callr.numbers().get("0612345678")).hasMessageStartingWith("number: ");
    assertThatThrownBy(() -> callr.actions().assignNumber("callrsid", "+33 1 99")).hasMessageStartingWith("number: ");
    assertThatThrownBy(() -> callr.numberStore().buy("a/b")).hasMessageStartingWith("token: ");
    assertThatThrownBy(() -> callr.tasks().get(" ")).hasMessageStartingWith("taskId: ");
    assertThatThrownBy(() -> SmsSendRequest.builder().to("0612").text("x").build()).hasMessageStartingWith("to: ");
    assertThatThrownBy(() -> SmsSendRequest.builder().to("+33612345678").build()).hasMessageStartingWith("text: ");
    assertThatThrownBy(() -> SmsSendRequest.builder().to("+33612345678").text("x").sender("ABCDEFGHIJKL").build())
        .hasMessageStartingWith("from: ");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void limitAndOffsetAreValidated() {
    assertThatThrownBy(() -> ActionSearchParams.builder().limit(0).build()).hasMessageStartingWith("limit: ");
    assertThatThrownBy(() -> ActionSearchParams.builder().limit(101).build()).hasMessageStartingWith("limit: ");
    assertThatThrownBy(() -> SmsSearchParams.builder().offset(-1).build()).hasMessageStartingWith("offset: ");
    assertThat(ActionSearchParams.builder().limit(100).offset(0).build().limit()).contains(100);
  }
}
