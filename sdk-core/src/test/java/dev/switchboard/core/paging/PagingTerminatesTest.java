package dev.switchboard.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.callr.CallrClient;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.errors.AuthenticationException;
import dev.switchboard.core.errors.BadRequestException;
import dev.switchboard.core.errors.InvalidResponseException;
import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.core.errors.RateLimitException;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.core.testing.LogCapture;
import dev.switchboard.models.callr.Job;
import dev.switchboard.models.callr.SearchOptions;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.models.telmetrics.GroupListParams;
import dev.switchboard.models.trackdrive.LeadListParams;
import dev.switchboard.telmetrics.TelmetricsClient;
import dev.switchboard.trackdrive.TrackdriveClient;
import dev.switchboard.voipbin.VoipbinClient;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile servers against the one pager, one test per paging style, counting the requests the server saw; and the
 * CALLR reader / error typing under odd responses.
 */
class PagingTerminatesTest {
  @StartStop
  final MockWebServer server = new MockWebServer();
  private final List<String> seen = new ArrayList<>();

  @BeforeEach
  void clearLogs() {
    LogCapture.clear();
  }

  private void answer(String body) {
    answer(200, body);
  }

  private void answer(int status, String body) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        synchronized (seen) {
          seen.add(request.getUrl().toString());
          if (seen.size() > 50) {
            return new MockResponse.Builder().code(500).body("too many").build();
          }
        }
        return new MockResponse.Builder().code(status).body(body).build();
      }
    });
  }

  private String warnings() {
    return LogCapture.text(Paging.LOGGER_NAME);
  }

  private CallrClient callr() {
    return CallrClient.builder().apiKey("k3y").baseUrl(server.url("/json-rpc/v1.1/").toString())
        .clientOptions(ClientOptions.builder().sleeper(new FakeSleeper()).maxRetries(0).build()).build();
  }

  @Test
  void voipbinRepeatingTheSameNextPageTokenStops() {
    answer("{\"result\":[{\"id\":\"d8596b14-4d8e-4a86-afde-642b46d59ac7\"}],\"next_page_token\":\"SAME\"}");
    try (VoipbinClient client = VoipbinClient.builder().token("t0k").baseUrl(server.url("/v1.0").toString())
        .build()) {
      long items = client.groupcalls().list().autoPager().stream().count();

      assertThat(seen).hasSize(2);     // the first page, then the page for SAME, which answers SAME again
      assertThat(items).isEqualTo(1);  // the second page repeats the first: not yielded
      assertThat(warnings()).contains("paging stops");
    }
  }

  @Test
  void callrOffsetThatDoesNotMoveStops() {
    answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"has_more\":true,\"offset\":0,\"total\":99,"
        + "\"hits\":[{\"hash\":\"A\"},{\"hash\":\"B\"}]}}");
    try (CallrClient client = callr()) {
      Page<Sms> first = client.sms().search(null, SearchOptions.builder().quantity(2).build());
      assertThat(first.total()).hasValue(99);
      Page<Sms> second = first.nextPage();

      assertThat(second.hasNextPage()).isFalse();   // sent offset 2, server says offset 0 → next 2 again
      assertThat(seen).hasSize(2);
      assertThat(warnings()).contains("is the one just sent");
    }
  }

  @Test
  void callrOffsetsGoingBackwardsOrOverflowingStop() {
    answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"has_more\":true,\"offset\":2147483647,"
        + "\"hits\":[{\"hash\":\"A\"}]}}");
    try (CallrClient client = callr()) {
      Page<Sms> page = client.sms().search(null, SearchOptions.builder().quantity(1).build());

      assertThat(page.hasNextPage()).isFalse();
      assertThat(page.autoPager().stream().count()).isEqualTo(1);
      assertThat(seen).hasSize(1);
    }
    answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"has_more\":true,\"offset\":-50,\"hits\":[{\"hash\":\"A\"}]}}");
    try (CallrClient client = callr()) {
      assertThat(client.sms().search(null, SearchOptions.builder().offset(10).quantity(1).build()).hasNextPage())
          .isFalse();
    }
  }

  @Test
  void trackdriveServerIgnoringThePageStops() {
    answer("{\"leads\":[{\"id\":1},{\"id\":2}],\"metadata\":{}}");
    try (TrackdriveClient client = TrackdriveClient.builder().baseUrl(server.url("/api/v1").toString())
        .keys("pub", "priv").build()) {
      long items = client.leads().list(LeadListParams.builder().perPage(2).build()).autoPager().stream().count();

      assertThat(items).isEqualTo(2);
      assertThat(seen).hasSize(2);
      assertThat(warnings()).contains("repeats the previous page");
    }
  }

  @Test
  void trackdriveLastIntPageDoesNotOverflow() {
    answer("{\"leads\":[{\"id\":1}],\"metadata\":{}}");
    try (TrackdriveClient client = TrackdriveClient.builder().baseUrl(server.url("/api/v1").toString())
        .keys("pub", "priv").build()) {
      Page<?> page = client.leads().list(LeadListParams.builder().perPage(1).page(Integer.MAX_VALUE).build());

      assertThat(page.hasNextPage()).isFalse();
      assertThat(seen).hasSize(1);
    }
  }

  private TelmetricsClient telmetrics() {
    return TelmetricsClient.builder().organizationToken("org").baseUrl(server.url("/v3/api").toString()).build();
  }

  @Test
  void telmetricsPageNumberThatDoesNotMoveStops() {
    answer("{\"results\":[{\"id\":1}],\"paging\":{\"pageNumber\":1,\"pageSize\":1,\"total\":1000}}");
    try (TelmetricsClient client = telmetrics()) {
      long items = client.groups().list(GroupListParams.builder().pageSize(1).build()).autoPager().stream().count();

      assertThat(items).isEqualTo(1);
      assertThat(seen).hasSize(2);
    }
  }

  @Test
  void telmetricsPagingValuesOutOfRangeEndPaging() {
    for (String paging : List.of("{\"pageNumber\":0,\"pageSize\":1,\"total\":5}",
        "{\"pageNumber\":-7,\"pageSize\":1,\"total\":5}",
        "{\"pageNumber\":2147483647,\"pageSize\":2147483647,\"total\":9223372036854775807}",
        "{\"pageNumber\":1,\"pageSize\":0,\"total\":5}", "{\"pageNumber\":1,\"pageSize\":-3,\"total\":5}",
        "{\"pageNumber\":1,\"pageSize\":1,\"total\":-5}")) {
      seen.clear();
      answer("{\"results\":[{\"id\":1}],\"paging\":" + paging + "}");
      try (TelmetricsClient client = telmetrics()) {
        Page<?> page = client.groups().list();

        assertThat(page.hasNextPage()).as(paging).isFalse();
        assertThat(page.autoPager().stream().count()).isEqualTo(1);
        assertThat(seen).hasSize(1);
      }
    }
  }

  @Test
  void nullItemsAreKeptAsNull() {
    answer("{\"result\":[null,{\"id\":\"d8596b14-4d8e-4a86-afde-642b46d59ac7\"}],\"next_page_token\":\"\"}");
    try (VoipbinClient client = VoipbinClient.builder().token("t0k").baseUrl(server.url("/v1.0").toString())
        .build()) {
      Page<?> page = client.groupcalls().list();

      assertThat(page.items()).hasSize(2);
      assertThat(page.items().get(0)).isNull();
      assertThat(page.autoPager().stream().count()).isEqualTo(2);
    }
    answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"has_more\":false,\"hits\":[null,{\"hash\":\"A\"}]}}");
    try (CallrClient client = callr()) {
      assertThat(client.sms().search(null, null).items()).hasSize(2).first().isNull();
    }
  }

  @Test
  void callrHitsThatAreNotObjectsAreAnInvalidResponse() {
    for (String hits : List.of("[1]", "[\"x\"]", "[[{}]]", "42")) {
      answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"has_more\":false,\"hits\":" + hits + "}}");
      try (CallrClient client = callr()) {
        assertThatThrownBy(() -> client.sms().search(null, null)).as(hits)
            .isInstanceOfSatisfying(InvalidResponseException.class, e -> assertThat(e.getMessage()).contains("200"));
        assertThatThrownBy(() -> client.sms().searchAsync(null, null).join()).as(hits)
            .hasCauseInstanceOf(InvalidResponseException.class);
      }
    }
  }

  @Test
  void callrEpochOutOfRangeIsAnInvalidResponse() {
    for (String value : List.of("31556889864403200", "-9223372036854775808", "1e300", "99999999999999999999")) {
      answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + value + "}");
      try (CallrClient client = callr()) {
        assertThatThrownBy(() -> client.system().getTimestamp()).as(value)
            .isInstanceOf(InvalidResponseException.class);
      }
    }
  }

  @Test
  void callrErrorCodesRaiseTypedExceptions() {
    String[][] cases = {{"20", "NOT_FOUND"}, {"-32602", "Invalid params"}, {"1", "AUTHENTICATION_REQUIRED"},
        {"999", "RATE_LIMIT_EXCEEDED"}};
    List<Class<? extends Throwable>> types = List.of(NotFoundException.class, BadRequestException.class, AuthenticationException.class,
        RateLimitException.class);
    for (int i = 0; i < cases.length; i++) {
      answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":" + cases[i][0] + ",\"message\":\"" + cases[i][1]
          + "\",\"data\":{\"type\":\"SMS\"}}}");
      String code = cases[i][0];
      try (CallrClient client = callr()) {
        assertThatThrownBy(() -> client.sms().get("H1")).isInstanceOf(types.get(i))
            .isInstanceOfSatisfying(dev.switchboard.core.errors.ApiException.class, e -> {
              assertThat(e.statusCode()).isEqualTo(200);
              assertThat(e.errorCode()).contains(code);
              assertThat(e.errorData().orElseThrow().get("type").asText()).isEqualTo("SMS");
            });
        assertThatThrownBy(() -> client.sms().getAsync("H1").join()).hasCauseInstanceOf(types.get(i));
      }
    }
    // a non-2xx status carrying a mapped code is typed by the code, keeping the status
    answer(500, "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":20,\"message\":\"NOT_FOUND\"}}");
    try (CallrClient client = callr()) {
      assertThatThrownBy(() -> client.sms().get("H1"))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
    }
  }

  @Test
  void aSuccessfulJobHasNoError() {
    answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"id\":\"J\",\"status\":\"DONE\",\"error\":null}}");
    try (CallrClient client = callr()) {
      Job job = client.jobs().get("J");
      assertThat(job.error()).isEmpty();
    }
  }
}
