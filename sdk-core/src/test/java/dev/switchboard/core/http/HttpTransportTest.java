package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.errors.InvalidResponseException;
import dev.switchboard.core.testing.FakeSleeper;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpTransportTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HttpTransport transport;

  @AfterEach
  void closeTransport() {
    if (transport != null) {
      transport.close();
    }
  }

  private HttpTransport transport(ClientOptions.Builder options) {
    transport = new HttpTransport(options.sleeper(new FakeSleeper()).build(),
        ProviderProfile.builder("voipbin").requestIdHeader("X-Request-Id").build());
    return transport;
  }

  @Test
  void buildsUrlHeadersAndBody() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("X-Request-Id", "req_9").body("{\"id\":1}").build());
    HttpTransport t = transport(ClientOptions.builder().baseUrl(server.url("/v1.0/").toString())
        .credentials(Credentials.queryParameter("accesskey", "AK-secret"))
        .userAgentSuffix("acme/1.2"));
    ApiRequest request = ApiRequest.builder().method("post").path("groupcalls", "a/b c")
        .query("page_size", 10).query("skip", null).header("X-Extra", "1")
        .jsonBody(Map.of("name", "x")).operation("groupcalls.create").idempotent(false)
        .options(RequestOptions.builder().header("X-Opt", "o").queryParameter("flag", "y").build())
        .build();

    ApiResponse response = t.execute(request, r -> r);

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v1.0/groupcalls/a%2Fb%20c");
    assertThat(recorded.getUrl().queryParameter("page_size")).isEqualTo("10");
    assertThat(recorded.getUrl().queryParameterNames()).containsExactly("page_size", "flag", "accesskey");
    assertThat(recorded.getUrl().queryParameter("accesskey")).isEqualTo("AK-secret");
    assertThat(recorded.getHeaders().get("X-Extra")).isEqualTo("1");
    assertThat(recorded.getHeaders().get("X-Opt")).isEqualTo("o");
    assertThat(recorded.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(recorded.getBody().utf8()).isEqualTo("{\"name\":\"x\"}");
    assertThat(recorded.getHeaders().get("User-Agent"))
        .matches("switchboard-java/\\S+ \\(Java [^;]+; .+\\) okhttp/" + OkHttp.VERSION.replace(".", "\\.")
            + " acme/1\\.2")
        .doesNotContain("${");
    assertThat(response.requestId()).contains("req_9");
    assertThat(response.attempt()).isEqualTo(1);
    assertThat(response.readTree().get("id").asInt()).isEqualTo(1);
  }

  @Test
  void authorizationCredentialsAreSentOnEveryAttempt() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).build());
    server.enqueue(new MockResponse.Builder().code(200).build());
    HttpTransport t = transport(ClientOptions.builder().baseUrl(server.url("/json-rpc/v1.1/"))
        .credentials(Credentials.authorization("Api-Key", "k123")
            .and(Credentials.header("CALLR-Login-As", "user login"))));

    t.execute(ApiRequest.builder().method("POST").jsonBody(Map.of()).operation("sms.send").idempotent(false)
        .build(), ApiResponse::statusCode);

    for (int i = 0; i < 2; i++) {
      RecordedRequest r = server.takeRequest();
      assertThat(r.getUrl().encodedPath()).isEqualTo("/json-rpc/v1.1/");
      assertThat(r.getHeaders().get("Authorization")).isEqualTo("Api-Key k123");
      assertThat(r.getHeaders().get("CALLR-Login-As")).isEqualTo("user login");
    }
  }

  @Test
  void handlerIoExceptionBecomesInvalidResponseKeepingBody() {
    server.enqueue(new MockResponse.Builder().code(200).body("<html>oops</html>").build());
    HttpTransport t = transport(ClientOptions.builder().baseUrl(server.url("/")));

    assertThatThrownBy(() -> t.execute(ApiRequest.builder().method("GET").operation("x.get").idempotent(true)
        .build(), r -> r.readTree().get("id").asText()))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.rawBody()).isEqualTo("<html>oops</html>");
        });
  }

  @Test
  void perCallTimeoutSharesPoolAndDispatcher() {
    OkHttpClient user = new OkHttpClient();
    HttpTransport t = transport(ClientOptions.builder().baseUrl(server.url("/")).okHttpClient(user));

    OkHttpClient base = t.clientFor(RequestOptions.none());
    OkHttpClient perCall = t.clientFor(RequestOptions.builder().timeout(Duration.ofSeconds(3)).build());

    assertThat(perCall).isNotSameAs(base);
    assertThat(perCall.callTimeoutMillis()).isEqualTo(3000);
    assertThat(perCall.readTimeoutMillis()).isEqualTo(3000);
    assertThat(base.callTimeoutMillis()).isEqualTo(60_000);
    assertThat(perCall.connectionPool()).isSameAs(base.connectionPool()).isSameAs(user.connectionPool());
    assertThat(perCall.dispatcher()).isSameAs(base.dispatcher()).isSameAs(user.dispatcher());
  }

  @Test
  void defaultsAreAppliedToSdkClient() {
    HttpTransport t = transport(ClientOptions.builder().baseUrl(server.url("/")));
    OkHttpClient c = t.clientFor(RequestOptions.none());
    assertThat(c.connectTimeoutMillis()).isEqualTo(10_000);
    assertThat(c.readTimeoutMillis()).isEqualTo(30_000);
    assertThat(c.writeTimeoutMillis()).isEqualTo(30_000);
    assertThat(c.callTimeoutMillis()).isEqualTo(60_000);
  }

  @Test
  void requestBuilderValidates() {
    assertThatThrownBy(() -> ApiRequest.builder().method("GET").operation("a").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("idempotent");
    assertThatThrownBy(() -> ApiRequest.builder().method("GET").idempotent(true).build())
        .hasMessageContaining("operation");
    assertThatThrownBy(() -> ApiRequest.builder().path(".."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiRequest.builder().method("GET").operation("a").idempotent(true)
        .body(new byte[1], MediaType.get("text/plain")).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void missingBaseUrlUsesProfileDefault() {
    transport = new HttpTransport(ClientOptions.builder().build(),
        ProviderProfile.builder("callr").defaultBaseUrl("https://api.callr.com/json-rpc/v1.1/").build());
    assertThat(transport.baseUrl().toString()).isEqualTo("https://api.callr.com/json-rpc/v1.1/");
    assertThatThrownBy(() -> new HttpTransport(ClientOptions.builder().build(),
        ProviderProfile.builder("x").build())).hasMessageContaining("baseUrl");
  }
}
