package dev.switchboard.callr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.core.testing.LogCapture;
import dev.switchboard.models.callr.ApiKeyInfo;
import dev.switchboard.models.callr.AuthenticationSession;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** No CALLR secret reaches a log line (TRACE included), an exception message or a toString (issue 12 item 6). */
class CallrSecretsTest {
  private static final String API_KEY = "k\"ey\\/API-KEY-0123456789";

  @StartStop
  final MockWebServer server = new MockWebServer();

  private CallrClient client() {
    return CallrClient.builder().apiKey(API_KEY).baseUrl(server.url("/json-rpc/v1.1/").toString())
        .clientOptions(ClientOptions.builder().sleeper(new FakeSleeper()).maxRetries(0).build()).build();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json-rpc; charset=utf-8")
        .body(body).build();
  }

  @Test
  void refreshTokenSentAsPositionalParamIsMaskedAtTrace() throws Exception {
    server.enqueue(json(200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"token\":\"NEW-SESSION-TOKEN-1\","
        + "\"refresh_token\":\"NEW-REFRESH-TOKEN-1\"}}"));
    server.enqueue(json(200, "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":true}"));
    LogCapture.clear();
    try (CallrClient callr = client()) {
      AuthenticationSession session = callr.sessions().refresh("OLD-REFRESH-TOKEN-1");
      assertThat(session.toString()).doesNotContain("NEW-SESSION-TOKEN-1", "NEW-REFRESH-TOKEN-1");
      assertThat(callr.didStore().cancelOrder("RESERVATION-TOKEN-1")).isTrue();
    }
    assertThat(server.takeRequest().getBody().utf8()).contains("OLD-REFRESH-TOKEN-1");
    String logs = LogCapture.text("dev.switchboard.http");
    assertThat(logs).contains("session.refresh", "did/store.cancel_order", "\"params\":[\"****\"]")
        .doesNotContain("OLD-REFRESH-TOKEN-1", "NEW-SESSION-TOKEN-1", "NEW-REFRESH-TOKEN-1", "RESERVATION-TOKEN-1",
            "API-KEY-0123456789");
  }

  @Test
  void credentialEchoedJsonEscapedByTheServerIsScrubbedEverywhere() {
    String escaped = "k\\\"ey\\\\\\/API-KEY-0123456789";
    server.enqueue(json(401, "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":1,\"message\":\"unknown key "
        + escaped + "\",\"data\":{\"key\":\"" + escaped + "\"}}}"));
    server.enqueue(new MockResponse.Builder().code(500).addHeader("Content-Type", "text/html")
        .body("<pre>Api-Key " + escaped + " rejected</pre>").build());
    LogCapture.clear();
    try (CallrClient callr = client()) {
      assertThatThrownBy(() -> callr.system().getTimestamp()).isInstanceOf(ApiException.class)
          .satisfies(e -> assertThat(e.getMessage()).contains("unknown key ****").doesNotContain("API-KEY-01"));
      assertThatThrownBy(() -> callr.system().getTimestamp()).isInstanceOf(ApiException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("API-KEY-01"));
      assertThat(callr.toString()).doesNotContain("API-KEY-01");
    }
    assertThat(LogCapture.text("dev.switchboard.http")).contains("system.get_timestamp")
        .doesNotContain("API-KEY-01");
  }

  @Test
  void createdApiKeyTokenNeverPrints() {
    server.enqueue(json(200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"id\":3,\"name\":\"ci\","
        + "\"token\":\"CREATED-KEY-TOKEN-abcdef0123456789\"}}"));
    LogCapture.clear();
    try (CallrClient callr = client()) {
      ApiKeyInfo key = callr.apiKeys().create("ci");
      assertThat(key.token()).contains("CREATED-KEY-TOKEN-abcdef0123456789");
      assertThat(key.toString()).contains("id=3").doesNotContain("CREATED-KEY-TOKEN");
    }
    assertThat(LogCapture.text("dev.switchboard.http")).doesNotContain("CREATED-KEY-TOKEN");
  }
}
