package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import dev.switchboard.core.errors.RedirectException;
import dev.switchboard.core.testing.FakeSleeper;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12 item 1: no redirect is followed for an API call, so a credential never reaches another host. */
class RedirectTest {
  private static final String TOKEN = "org-token-7f3a";

  @StartStop
  final MockWebServer api = new MockWebServer();

  @StartStop
  final MockWebServer elsewhere = new MockWebServer();

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

  private HttpTransport transport(OkHttpClient user) {
    transport = new HttpTransport(ClientOptions.builder().baseUrl(api.url("/v1/"))
        .credentials(Credentials.header("x-organization-token", TOKEN)).okHttpClient(user)
        .sleeper(new FakeSleeper()).build(), ProviderProfile.builder("test").build());
    return transport;
  }

  private MockResponse redirect(int code) {
    return new MockResponse.Builder().code(code).setHeader("Location", elsewhere.url("/stolen").toString())
        .setHeader("X-Trace", "r1").body("moved").build();
  }

  private static ApiRequest get() {
    return ApiRequest.builder().method("GET").path("items", "1").operation("items.get").idempotent(true).build();
  }

  private static ApiRequest post() {
    return ApiRequest.builder().method("POST").path("messages").jsonBody(Map.of("to", "+33600000000"))
        .operation("sms.send").idempotent(false).build();
  }

  private void assertNothingReachedTheOtherHost() {
    assertThat(elsewhere.getRequestCount()).as("requests on the other host").isZero();
    assertThat(api.getRequestCount()).isEqualTo(1);
  }

  private static void assertRedirect(Throwable e, int code, String location) {
    assertThat(e).isInstanceOfSatisfying(RedirectException.class, r -> {
      assertThat(r.statusCode()).isEqualTo(code);
      assertThat(r.location()).contains(location);
      assertThat(r.rawBody()).isEqualTo("moved");
      assertThat(r.headers().get("X-Trace")).isEqualTo("r1");
      assertThat(r.getMessage()).doesNotContain(TOKEN);
    });
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void aRedirectIsRaisedAndTheCredentialHeaderNeverReachesAnotherHost(int code) throws Exception {
    api.enqueue(redirect(code));
    elsewhere.enqueue(new MockResponse.Builder().code(200).body("{\"stolen\":true}").build());

    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> transport(null).execute(get(), ApiResponse::bodyString));

    assertRedirect(thrown, code, elsewhere.url("/stolen").toString());
    assertNothingReachedTheOtherHost();
    RecordedRequest sent = api.takeRequest(5, TimeUnit.SECONDS);
    assertThat(sent.getHeaders().get("x-organization-token")).isEqualTo(TOKEN);
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void aUserClientThatFollowsRedirectsIsDerivedWithoutThem(int code) {
    userClient = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();
    api.enqueue(redirect(code));
    elsewhere.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> transport(userClient).execute(get(), ApiResponse::bodyString));

    assertRedirect(thrown, code, elsewhere.url("/stolen").toString());
    assertNothingReachedTheOtherHost();
    assertThat(transport.clientFor(dev.switchboard.core.RequestOptions.none()).followRedirects()).isFalse();
    assertThat(transport.clientFor(dev.switchboard.core.RequestOptions.none()).followSslRedirects()).isFalse();
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {302, 303})
  void aRedirectAfterAPostIsNeverTurnedIntoAGet(int code) throws Exception {
    api.enqueue(redirect(code));
    elsewhere.enqueue(new MockResponse.Builder().code(200).body("\"looks like a result\"").build());

    assertThatThrownBy(() -> transport(null).execute(post(), ApiResponse::bodyString))
        .satisfies(e -> assertRedirect(e, code, elsewhere.url("/stolen").toString()));

    assertNothingReachedTheOtherHost();
    assertThat(api.takeRequest(5, TimeUnit.SECONDS).getMethod()).isEqualTo("POST");
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {302, 307})
  void asyncCallsRaiseTheRedirectToo(int code) {
    api.enqueue(redirect(code));
    elsewhere.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    assertThat(transport(null).executeAsync(post(), ApiResponse::bodyString))
        .failsWithin(Duration.ofSeconds(10))
        .withThrowableOfType(ExecutionException.class)
        .satisfies(e -> assertRedirect(e.getCause(), code, elsewhere.url("/stolen").toString()));
    assertNothingReachedTheOtherHost();
  }
}
