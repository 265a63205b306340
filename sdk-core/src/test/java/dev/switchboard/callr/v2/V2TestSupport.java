package dev.switchboard.callr.v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.testing.FakeSleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;

/** A MockWebServer at {@code /v2.0} and clients on it with a fake sleeper. */
abstract class V2TestSupport {
  static final String KEY = "v2-SECRET-key-123";
  static final String ACTION = "{\"sid\":\"callrsid\",\"name\":\"Call Forwarding\",\"script\":\"defaults:\\n  language: en-US\\n\","
      + "\"format\":\"yaml\",\"numbers\":[{\"e164\":\"+33199001234\",\"class\":\"classic\",\"type\":\"geographic\","
      + "\"assigned\":\"2024-04-24T17:42:28Z\",\"country\":\"FR\"}],\"version\":\"1.0\","
      + "\"created\":\"2024-04-24T17:42:28Z\",\"updated\":\"2024-04-24T12:00:42.000Z\"}";
  static final String SMS = "{\"sid\":\"abcdef12\",\"direction\":\"outbound\",\"fromNumber\":\"SMS\",\"toNumber\":\"+33612345678\","
      + "\"status\":\"created\",\"encoding\":\"gsm\",\"bodyText\":\"Hello\",\"parts\":1,\"billingDebit\":\"1.00\","
      + "\"billingPaymentType\":\"prepaid\",\"createdAt\":\"2024-04-24T17:42:28Z\",\"deliveredAt\":null,"
      + "\"futureField\":{\"x\":1}}";

  @StartStop
  final MockWebServer server = new MockWebServer();

  final FakeSleeper sleeper = new FakeSleeper();
  private final List<CallrV2Client> clients = new ArrayList<>();

  @AfterEach
  void closeClients() {
    clients.forEach(CallrV2Client::close);
  }

  CallrV2Client client() {
    return track(CallrV2Client.builder().apiKey(KEY).baseUrl(server.url("/v2.0").toString())
        .clientOptions(ClientOptions.builder().sleeper(sleeper).build()).build());
  }

  CallrV2Client track(CallrV2Client c) {
    clients.add(c);
    return c;
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse json(String body) {
    return json(200, body);
  }

  static MockResponse empty(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("request").isNotNull();
    return r;
  }

  static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }

  /** Asserts method, encoded path (below /v2.0), encoded query (null for none) and the v2 headers. */
  static void assertWire(RecordedRequest r, String method, String path, String query) {
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v2.0" + path);
    assertThat(r.getUrl().encodedQuery()).isEqualTo(query);
    assertThat(r.getHeaders().get("x-api-key")).isEqualTo(KEY);
    assertThat(r.getHeaders().get("Authorization")).isNull();
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("User-Agent")).startsWith("switchboard-java/");
  }
}
