package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import dev.switchboard.core.errors.ApiError;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.AuthenticationException;
import dev.switchboard.core.errors.BadRequestException;
import dev.switchboard.core.errors.ConflictException;
import dev.switchboard.core.errors.ErrorParser;
import dev.switchboard.core.errors.InternalServerException;
import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.core.errors.PermissionDeniedException;
import dev.switchboard.core.errors.RateLimitException;
import dev.switchboard.core.errors.UnexpectedStatusException;
import dev.switchboard.core.errors.UnprocessableEntityException;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.core.testing.LogCapture;
import dev.switchboard.models.SwitchboardJson;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorAndLoggingTest {
  /** A VoIPBin-like envelope parser: {"error":{"status","message","request_id"}}. */
  static final ErrorParser PARSER = (status, headers, body) -> {
    try {
      JsonNode error = SwitchboardJson.mapper().readTree(body).get("error");
      if (error == null || !error.isObject()) {
        return Optional.empty();
      }
      return Optional.of(ApiError.builder().code(error.path("status").asText(null))
          .message(error.path("message").asText(null)).requestId(error.path("request_id").asText(null))
          .data(error.get("details")).build());
    } catch (Exception e) {
      return Optional.empty();
    }
  };

  @StartStop
  final MockWebServer server = new MockWebServer();

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(402, UnexpectedStatusException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, InternalServerException.class),
        Arguments.of(503, InternalServerException.class));
  }

  private HttpTransport transport(Credentials credentials) {
    return new HttpTransport(ClientOptions.builder().baseUrl(server.url("/v1.0/")).credentials(credentials)
        .maxRetries(0).sleeper(new FakeSleeper()).build(),
        ProviderProfile.builder("voipbin").errorParser(PARSER).requestIdHeader("X-Request-Id").build());
  }

  private static ApiRequest request() {
    return ApiRequest.builder().method("POST").path("groupcalls").jsonBody(Map.of("a", 1))
        .operation("groupcalls.create").idempotent(false).build();
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void statusMapsToException(int status, Class<? extends ApiException> type) {
    server.enqueue(new MockResponse.Builder().code(status).setHeader("X-Request-Id", "hdr_1")
        .body("{\"error\":{\"status\":\"CODE_" + status + "\",\"message\":\"went wrong\",\"request_id\":\"req_1\","
            + "\"details\":[{\"limited_by\":\"ip\"}]}}").build());
    try (HttpTransport t = transport(Credentials.none())) {
      assertThatThrownBy(() -> t.execute(request(), ApiResponse::statusCode))
          .isExactlyInstanceOf(type)
          .hasMessage("voipbin groupcalls.create: HTTP " + status + " CODE_" + status
              + ": went wrong (request-id: req_1)")
          .satisfies(e -> {
            ApiException api = (ApiException) e;
            assertThat(api.statusCode()).isEqualTo(status);
            assertThat(api.errorCode()).contains("CODE_" + status);
            assertThat(api.errorMessage()).contains("went wrong");
            assertThat(api.errorData().get().get(0).get("limited_by").asText()).isEqualTo("ip");
            assertThat(api.requestId()).contains("req_1");
            assertThat(api.operation()).isEqualTo("groupcalls.create");
            assertThat(api.provider()).isEqualTo("voipbin");
            assertThat(api.headers().get("X-Request-Id")).isEqualTo("hdr_1");
          });
    }
  }

  @Test
  void nonJsonBodyIsKeptRaw() {
    server.enqueue(new MockResponse.Builder().code(502).setHeader("X-Request-Id", "hdr_2")
        .body("<html>Bad Gateway</html>").build());
    try (HttpTransport t = transport(Credentials.none())) {
      assertThatThrownBy(() -> t.execute(request(), ApiResponse::statusCode))
          .isInstanceOfSatisfying(InternalServerException.class, e -> {
            assertThat(e.rawBody()).isEqualTo("<html>Bad Gateway</html>");
            assertThat(e.errorCode()).isEmpty();
            assertThat(e.requestId()).contains("hdr_2");
            assertThat(e.getMessage()).isEqualTo(
                "voipbin groupcalls.create: HTTP 502: <html>Bad Gateway</html> (request-id: hdr_2)");
          });
    }
  }

  @Test
  void messageNeverContainsSecrets() {
    server.enqueue(new MockResponse.Builder().code(401)
        .body("{\"error\":{\"status\":\"UNAUTHENTICATED\",\"message\":\"bad key SECRET-KEY-42 for alice\"}}")
        .build());
    try (HttpTransport t = transport(Credentials.queryParameter("accesskey", "SECRET-KEY-42"))) {
      assertThatThrownBy(() -> t.execute(request(), ApiResponse::statusCode))
          .isInstanceOf(AuthenticationException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET-KEY-42").contains("****"));
    }
  }

  @Test
  void errorEnvelopeOnHttp200ViaResponseHelper() {
    server.enqueue(new MockResponse.Builder().code(200)
        .body("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":22,\"message\":\"bad\"}}").build());
    try (HttpTransport t = transport(Credentials.none())) {
      assertThatThrownBy(() -> t.execute(request(), r -> {
        JsonNode error = r.readTree().get("error");
        throw r.toException(ApiError.of(error.get("code").asText(), error.get("message").asText()));
      })).isExactlyInstanceOf(ApiException.class)
          .hasMessage("voipbin groupcalls.create: HTTP 200 22: bad")
          .satisfies(e -> assertThat(((ApiException) e).rawBody()).contains("jsonrpc"));
    }
  }

  @Test
  void exceptionsCanBeBuiltInUserTests() {
    ApiException e = ApiException.builder().provider("callr").operation("sms.send").statusCode(400)
        .error(ApiError.builder().code("INVALID_ARGUMENT").message("message").requestId("req_1").build())
        .build();
    assertThat(e).isInstanceOf(BadRequestException.class)
        .hasMessage("callr sms.send: HTTP 400 INVALID_ARGUMENT: message (request-id: req_1)");
    ApiException limited = ApiException.builder().statusCode(429).retryAfter(java.time.Duration.ofSeconds(3))
        .build();
    assertThat(((RateLimitException) limited).retryAfter()).contains(java.time.Duration.ofSeconds(3));
  }

  @Test
  void logsAreRedactedAtEveryLevel() {
    server.enqueue(new MockResponse.Builder().code(500).setHeader("Set-Cookie", "session=COOKIE-VALUE")
        .body("{\"token\":\"RESPONSE-TOKEN\",\"echo\":\"PASS-WORD-1\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());
    LogCapture.clear();
    Credentials credentials = Credentials.basic("alice", "PASS-WORD-1")
        .and(Credentials.queryParameter("accesskey", "ACCESS-KEY-1"))
        .and(Credentials.header("x-organization-token", "ORG-TOKEN-1"));
    try (HttpTransport t = new HttpTransport(ClientOptions.builder().baseUrl(server.url("/v1/"))
        .credentials(credentials).sleeper(new FakeSleeper()).build(),
        ProviderProfile.builder("trackdrive").build())) {
      ApiRequest request = ApiRequest.builder().method("PUT").path("leads", "1").query("token", "QUERY-TOKEN")
          .header("X-Signature", "SIG-VALUE")
          .jsonBody(Map.of("password", "BODY-PASSWORD", "nested", Map.of("api_key", "BODY-KEY"), "name", "Bob"))
          .operation("leads.update").idempotent(true).build();
      t.execute(request, ApiResponse::statusCode);
    }

    String logs = LogCapture.text("dev.switchboard.http");
    assertThat(LogCapture.events("dev.switchboard.http"))
        .filteredOn(e -> e.level() == org.slf4j.event.Level.DEBUG).hasSize(2);
    assertThat(logs).contains("trackdrive leads.update PUT", "-> 500", "-> 200", "attempt 1/3", "attempt 2/3",
        "retrying in", "\"name\":\"Bob\"", "/v1/leads/1");
    assertThat(logs).doesNotContain("PASS-WORD-1", "ACCESS-KEY-1", "ORG-TOKEN-1", "QUERY-TOKEN", "SIG-VALUE",
        "BODY-PASSWORD", "BODY-KEY", "RESPONSE-TOKEN", "COOKIE-VALUE", "YWxpY2U6UEFTUy1XT1JELTE=");
  }
}
