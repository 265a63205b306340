package dev.switchboard.callr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.AuthenticationException;
import dev.switchboard.core.errors.ConnectionException;
import dev.switchboard.core.errors.InternalServerException;
import dev.switchboard.core.errors.InvalidResponseException;
import dev.switchboard.core.errors.SwitchboardException;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.callr.SearchOptions;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.models.callr.SmsSendParams;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallrBehaviourTest {
  private static final ObjectMapper JSON = SwitchboardJson.mapper();
  private static final SmsSendParams SEND =
      SmsSendParams.builder().sender("SMS").recipient("+33612345678").text("Hello").build();

  @StartStop
  final MockWebServer server = new MockWebServer();
  private final FakeSleeper sleeper = new FakeSleeper();
  private final List<CallrClient> clients = new ArrayList<>();

  @AfterEach
  void close() {
    clients.forEach(CallrClient::close);
  }

  private CallrClient.Builder builder() {
    return CallrClient.builder().baseUrl(server.url("/json-rpc/v1.1/").toString())
        .clientOptions(ClientOptions.builder().sleeper(sleeper).build());
  }

  private CallrClient client() {
    return track(builder().apiKey("k3y").build());
  }

  private CallrClient track(CallrClient c) {
    clients.add(c);
    return c;
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json-rpc; charset=utf-8")
        .body(body).build();
  }

  private static MockResponse result(String result) {
    return json(200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + result + "}");
  }

  private static final String ERROR_22 =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":22,\"message\":\"INSUFFICIENT_CREDIT\","
          + "\"data\":{\"credit\":\"0.00\"}}}";

  @Test
  void errorEnvelopeOnHttp200IsAnApiExceptionWithCodeMessageAndData() {
    server.enqueue(json(200, ERROR_22));

    assertThatThrownBy(() -> client().sms().send(SEND))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.errorCode()).contains("22");
          assertThat(e.errorMessage()).contains("INSUFFICIENT_CREDIT");
          assertThat(e.errorData().map(d -> d.get("credit").asText())).contains("0.00");
          assertThat(e.operation()).isEqualTo("sms.send");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void errorEnvelopeOn401And500KeepsTheJsonRpcError() {
    server.enqueue(json(401, "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":1,"
        + "\"message\":\"AUTHENTICATION_REQUIRED\"}}"));
    assertThatThrownBy(() -> client().sms().send(SEND))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.errorCode()).contains("1");
          assertThat(e.errorMessage()).contains("AUTHENTICATION_REQUIRED");
        });

    server.enqueue(json(500, "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32603,"
        + "\"message\":\"Internal error\"}}"));
    assertThatThrownBy(() -> client().sms().send(SEND))
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(500);
          assertThat(e.errorCode()).contains("-32603");
        });
  }

  @Test
  void nonJsonBodyOn502IsKeptRaw() {
    server.enqueue(new MockResponse.Builder().code(502).body("<html>Bad Gateway</html>").build());

    assertThatThrownBy(() -> client().sms().send(SEND))
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(502);
          assertThat(e.rawBody()).isEqualTo("<html>Bad Gateway</html>");
          assertThat(e.errorCode()).isEmpty();
        });
  }

  @Test
  void nonJsonOrMissingResultOn2xxIsInvalidResponse() {
    server.enqueue(new MockResponse.Builder().code(200).body("OK").build());
    assertThatThrownBy(() -> client().sms().get("H1")).isInstanceOfSatisfying(InvalidResponseException.class,
        e -> assertThat(e.rawBody()).isEqualTo("OK"));

    server.enqueue(json(200, "{\"jsonrpc\":\"2.0\",\"id\":1}"));
    assertThatThrownBy(() -> client().sms().get("H1")).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("neither result nor error");
  }

  @Test
  void eachAuthSchemeAndLoginAsHeader() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.enqueue(result("1735562976"));
    }
    track(builder().apiKey("k3y").build()).system().getTimestamp();
    track(builder().login("alice", "pa:ss").build()).system().getTimestamp();
    track(builder().sessionToken("s3ss").build()).system().getTimestamp();
    track(builder().apiKey("k3y").loginAs(LoginAs.user("bob")).build()).system().getTimestamp();
    track(builder().login("alice", "pw").loginAs(LoginAs.account("ACC1")).build()).system().getTimestamp();

    RecordedRequest r1 = server.takeRequest();
    assertThat(r1.getHeaders().get("Authorization")).isEqualTo("Api-Key k3y");
    assertThat(r1.getHeaders().get("CALLR-Login-As")).isNull();
    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("Basic " + java.util.Base64.getEncoder().encodeToString("alice:pa:ss".getBytes()));
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Session s3ss");
    RecordedRequest r4 = server.takeRequest();
    assertThat(r4.getHeaders().get("Authorization")).isEqualTo("Api-Key k3y");
    assertThat(r4.getHeaders().get("CALLR-Login-As")).isEqualTo("user.login bob");
    assertThat(server.takeRequest().getHeaders().get("CALLR-Login-As")).isEqualTo("account.hash ACC1");
  }

  @Test
  void toStringNeverPrintsSecretsAndHttpUrlsWork() {
    CallrClient c = track(builder().login("alice", "hunter2").build());
    assertThat(c.toString()).doesNotContain("hunter2").startsWith("CallrClient{baseUrl=http://");
    assertThat(track(builder().apiKey("k3y-secret").build()).toString()).doesNotContain("k3y-secret");
    assertThat(track(builder().sessionToken("tok-secret").build()).toString()).doesNotContain("tok-secret");
  }

  @Test
  void buildWithoutCredentialsAndFromEnvWithoutVariablesFailClearly() {
    assertThatThrownBy(() -> builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey");
    assertThatThrownBy(() -> CallrClient.fromEnv(Map.of())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CALLR_API_KEY").hasMessageContaining("CALLR_LOGIN")
        .hasMessageContaining("CALLR_PASSWORD");
  }

  @Test
  void fromEnvReadsApiKeyOrLoginAndBaseUrl() throws Exception {
    server.enqueue(result("true"));
    server.enqueue(result("true"));
    String url = server.url("/json-rpc/v1.1/").toString();
    track(CallrClient.fromEnv(Map.of("CALLR_API_KEY", "envkey", "CALLR_BASE_URL", url))).sessions().delete();
    track(CallrClient.fromEnv(Map.of("CALLR_LOGIN", "u", "CALLR_PASSWORD", "p", "CALLR_BASE_URL", url)))
        .sessions().delete();
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Api-Key envkey");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).startsWith("Basic ");
  }

  @Test
  void defaultBaseUrlIsCallrProduction() {
    CallrClient c = track(CallrClient.builder().apiKey("k").build());
    assertThat(c.toString()).contains("https://api.callr.com/json-rpc/v1.1/");
  }

  @Test
  void genericCallIsNotIdempotentByDefault() throws Exception {
    server.enqueue(json(500, "oops"));
    assertThatThrownBy(() -> client().call("sms.send", List.of("SMS", "+33612345678", "Hi"), String.class))
        .isInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(json(500, "oops"));
    server.enqueue(result("{\"a\":[1,2]}"));
    Map<String, List<Integer>> value = client().call("x.get", List.of(1), new TypeReference<>() {}, true,
        RequestOptions.none());
    assertThat(value).isEqualTo(Map.of("a", List.of(1, 2)));
    server.takeRequest();
    JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
    assertThat(body.get("method").asText()).isEqualTo("x.get");
    assertThat(body.get("params").toString()).isEqualTo("[1]");
  }

  @Test
  void smsSendIsNotRetriedAfter500() {
    server.enqueue(json(500, "{}"));
    server.enqueue(result("\"H1\""));
    assertThatThrownBy(() -> client().sms().send(SEND)).isInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void smsSendIsNotRetriedAfterDroppedConnection() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(result("\"H1\""));
    assertThatThrownBy(() -> client().sms().send(SEND)).isInstanceOf(ConnectionException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void smsGetIsRetriedAfter500AndDroppedConnection() {
    server.enqueue(json(500, "{}"));
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(result("{\"hash\":\"H1\",\"status\":\"SENT\"}"));

    Sms sms = client().sms().get("H1");

    assertThat(sms.hash()).contains("H1");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.delays()).isNotEmpty(); // OkHttp may itself retry a dropped pooled connection once
  }

  @Test
  void requestIdsAreUniquePerCall() throws Exception {
    CallrClient c = client();
    for (int i = 0; i < 3; i++) {
      server.enqueue(result("1"));
    }
    c.system().getTimestamp();
    c.system().getTimestamp();
    c.system().getTimestamp();
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      ids.add(JSON.readTree(server.takeRequest().getBody().utf8()).get("id").asLong());
    }
    assertThat(ids).hasSize(3);
  }

  @Test
  void searchAutoPagerFollowsOffsetsAndStopsAfterHasMoreFalse() throws Exception {
    server.enqueue(result("{\"has_more\":true,\"hits\":[{\"hash\":\"A\"},{\"hash\":\"B\"}],\"offset\":0,"
        + "\"total\":5}"));
    server.enqueue(result("{\"has_more\":true,\"hits\":[{\"hash\":\"C\"},{\"hash\":\"D\"}],\"offset\":2,"
        + "\"total\":5}"));
    server.enqueue(result("{\"has_more\":false,\"hits\":[{\"hash\":\"E\"}],\"offset\":4,\"total\":5}"));
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t1").build();

    Page<Sms> first = client().sms().search(null, SearchOptions.builder().quantity(2).build(), options);
    List<String> hashes = new ArrayList<>();
    first.autoPager().forEach(s -> hashes.add(s.hash().orElseThrow()));

    assertThat(hashes).containsExactly("A", "B", "C", "D", "E");
    assertThat(server.getRequestCount()).isEqualTo(3);
    for (int offset : new int[] {0, 2, 4}) {
      RecordedRequest r = server.takeRequest();
      assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t1");
      JsonNode params = JSON.readTree(r.getBody().utf8()).get("params");
      assertThat(params.get(1).get("quantity").asInt()).isEqualTo(2);
      assertThat(params.get(1).path("offset").asInt(0)).isEqualTo(offset);
    }
  }

  @Test
  void asyncErrorsCompleteExceptionally() {
    server.enqueue(json(200, ERROR_22));
    assertThatThrownBy(() -> client().sms().sendAsync(SEND).join())
        .hasCauseInstanceOf(ApiException.class);
  }

  @Test
  void paramsAreValidatedNamingTheField() {
    assertThatThrownBy(() -> SmsSendParams.builder().sender("SMS").recipient("0612").text("x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("recipient (wire \"to\"): must be an E.164");
    assertThatThrownBy(() -> SmsSendParams.builder().sender("SMS").recipient("+33612345678").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("text (wire \"body\"): is required");
    assertThatThrownBy(() -> SmsSendParams.builder().recipient("+33612345678").text("x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sender (wire \"from\"): is required");
    assertThatThrownBy(() -> client().sms().get(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hash");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void mapShapedResultsAcceptArrayOrObjectKeyedById() {
    server.enqueue(result("{\"1\":{\"id\":1,\"label\":\"UTC\"},\"2\":{\"id\":2}}"));
    server.enqueue(result("[{\"id\":1}]"));
    server.enqueue(result("[]"));
    CallrClient c = client();
    assertThat(c.lists().timezones()).hasSize(2);
    assertThat(c.lists().timezones()).hasSize(1);
    assertThat(c.lists().timezones()).isEmpty();
  }

  @Test
  void lenientScalars() {
    server.enqueue(result("100.5"));
    assertThat(client().billing().getPrepaidCredit()).isEqualByComparingTo("100.5");
    server.enqueue(result("\"oops\""));
    assertThatThrownBy(() -> client().billing().getPrepaidCredit()).isInstanceOf(SwitchboardException.class);
  }
}
