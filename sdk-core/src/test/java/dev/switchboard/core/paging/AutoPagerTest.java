package dev.switchboard.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.HttpTransport;
import dev.switchboard.core.http.ProviderProfile;
import dev.switchboard.core.testing.FakeSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A VoIPBin-style cursor list served by MockWebServer: pages [1,2] → [3,4] → [5]. */
class AutoPagerTest {
  private static final Map<String, String> PAGES = Map.of(
      "", "{\"result\":[1,2],\"next_page_token\":\"b\"}",
      "b", "{\"result\":[3,4],\"next_page_token\":\"c\"}",
      "c", "{\"result\":[5],\"next_page_token\":\"\"}");

  @StartStop
  final MockWebServer server = new MockWebServer();

  private HttpTransport transport;

  @BeforeEach
  void setUp() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String token = Optional.ofNullable(request.getUrl().queryParameter("page_token")).orElse("");
        if (token.equals("missing")) {
          return new MockResponse.Builder().code(404).body("gone").build();
        }
        return new MockResponse.Builder().code(200).body(PAGES.get(token)).build();
      }
    });
    transport = new HttpTransport(ClientOptions.builder().baseUrl(server.url("/v1.0/")).sleeper(new FakeSleeper())
        .build(), ProviderProfile.builder("voipbin").build());
  }

  @AfterEach
  void tearDown() {
    transport.close();
  }

  /** What a provider's list method looks like. */
  private Page<Integer> list(String pageToken, RequestOptions options) {
    ApiRequest request = ApiRequest.builder().method("GET").path("groupcalls").query("page_size", 2)
        .query("page_token", pageToken).operation("groupcalls.list").idempotent(true).options(options).build();
    return transport.execute(request, response -> {
      JsonNode body = response.readTree();
      List<Integer> items = new ArrayList<>();
      body.get("result").forEach(n -> items.add(n.asInt()));
      return ListPage.of(items, Paging.nextCursor(body.path("next_page_token").asText(null)),
          token -> list(token, options));
    });
  }

  @Test
  void iteratesLazilyAndStopsAfterTheLastPage() {
    Page<Integer> first = list(null, RequestOptions.none());
    Iterator<Integer> it = first.autoPager().iterator();
    assertThat(server.getRequestCount()).isEqualTo(1);

    assertThat(it.next()).isEqualTo(1);
    assertThat(it.next()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(it.next()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(it.next()).isEqualTo(4);
    assertThat(it.next()).isEqualTo(5);
    assertThat(it.hasNext()).isFalse();
    assertThat(it.hasNext()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void streamAndLimitSendNoExtraRequest() {
    assertThat(list(null, RequestOptions.none()).autoPager().stream().collect(Collectors.toList()))
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(server.getRequestCount()).isEqualTo(3);

    Page<Integer> first = list(null, RequestOptions.none());
    assertThat(first.autoPager().limit(2).stream().collect(Collectors.toList())).containsExactly(1, 2);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(first.autoPager().limit(3).stream().collect(Collectors.toList())).containsExactly(1, 2, 3);
    assertThat(server.getRequestCount()).isEqualTo(5);
    assertThat(first.autoPager().limit(0)).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void everyPageReusesTheFirstCallsOptions() throws Exception {
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").queryParameter("lang", "fr")
        .timeout(Duration.ofSeconds(5)).build();
    List<Integer> all = new ArrayList<>();
    list(null, options).autoPager().forEach(all::add);

    assertThat(all).containsExactly(1, 2, 3, 4, 5);
    for (int i = 0; i < 3; i++) {
      RecordedRequest r = server.takeRequest();
      assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t-1");
      assertThat(r.getUrl().queryParameter("lang")).isEqualTo("fr");
      assertThat(r.getUrl().queryParameter("page_size")).isEqualTo("2");
    }
  }

  @Test
  void manualPagingAndTypedErrors() {
    Page<Integer> first = list(null, RequestOptions.none());
    Page<Integer> second = first.nextPage();
    Page<Integer> last = second.nextPage();
    assertThat(second.items()).containsExactly(3, 4);
    assertThat(last.hasNextPage()).isFalse();
    assertThatThrownBy(last::nextPage).isInstanceOf(NoSuchElementException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);

    Page<Integer> broken = ListPage.of(List.of(1), Optional.of("missing"), token -> list(token, RequestOptions.none()));
    Iterator<Integer> it = broken.autoPager().iterator();
    it.next();
    assertThatThrownBy(it::hasNext).isExactlyInstanceOf(NotFoundException.class);
  }

  @Test
  void emptyMiddlePageIsSkippedWithoutStopping() {
    List<String> fetched = new ArrayList<>();
    Page<String> first = ListPage.of(List.of("a"), Optional.of(2), new PageFetcher<Integer, String>() {
      @Override
      public Page<String> fetch(Integer page) {
        fetched.add("page" + page);
        return page == 2 ? ListPage.of(List.of(), Optional.of(3), this) : ListPage.of(List.of("b"), Optional.empty(),
            this);
      }
    });
    assertThat(first.autoPager()).containsExactly("a", "b");
    assertThat(fetched).containsExactly("page2", "page3");
  }

  @Test
  void helpersForTheFourStyles() {
    // CALLR offset + has_more
    assertThat(Paging.nextOffset(0, 50, true)).isEqualTo(OptionalLong.of(50));
    assertThat(Paging.nextOffset(50, 10, false)).isEmpty();
    assertThat(Paging.nextOffset(50, 0, true)).isEmpty();
    // TrackDrive page + per_page
    assertThat(Paging.nextPageIfFull(1, 25, 25)).isEqualTo(OptionalInt.of(2));
    assertThat(Paging.nextPageIfFull(2, 25, 24)).isEmpty();
    assertThat(Paging.nextPageIfFull(3, 25, 0)).isEmpty();
    // Telmetrics pageNumber * pageSize >= total
    assertThat(Paging.nextPageByTotal(1, 100, 895)).isEqualTo(OptionalInt.of(2));
    assertThat(Paging.nextPageByTotal(9, 100, 895)).isEmpty();
    assertThat(Paging.nextPageByTotal(1, 100, 100)).isEmpty();
    assertThat(Paging.nextPageByTotal(1, 100, 0)).isEmpty();
    // VoIPBin cursor
    assertThat(Paging.nextCursor("2024-01-01T00:00:00.000000Z")).contains("2024-01-01T00:00:00.000000Z");
    assertThat(Paging.nextCursor("")).isEmpty();
    assertThat(Paging.nextCursor(null)).isEmpty();
  }
}
