package dev.switchboard.telmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.AuthenticationException;
import dev.switchboard.core.errors.BadRequestException;
import dev.switchboard.core.errors.ConflictException;
import dev.switchboard.core.errors.InternalServerException;
import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.core.errors.UnexpectedStatusException;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.telmetrics.Group;
import dev.switchboard.models.telmetrics.GroupCreateRequest;
import dev.switchboard.models.telmetrics.GroupListParams;
import dev.switchboard.models.telmetrics.GroupStatus;
import dev.switchboard.models.telmetrics.GroupTimeZone;
import dev.switchboard.models.telmetrics.GroupUpdateRequest;
import dev.switchboard.models.telmetrics.RichDataType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupServiceTest {
  private static final String TOKEN = "org-token-secret";
  private static final ObjectMapper JSON = SwitchboardJson.mapper();
  private static final String GROUP_JSON = "{\"id\":12,\"name\":\"Spring\",\"time_zone\":\"Eastern\","
      + "\"rich_data_type\":\"Rich\",\"billing_group_id\":3,\"email_notifications\":\"a@x.com,b@x.com\","
      + "\"customer_id\":77,\"tracking_javascript\":\"<script></script>\",\"status\":\"active\","
      + "\"created_datetime\":\"2024-03-01T10:00:00\",\"modified_datetime\":\"2024-03-02T11:30:00.123Z\"}";

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeSleeper sleeper = new FakeSleeper();
  private TelmetricsClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private TelmetricsClient client() {
    client = TelmetricsClient.builder().organizationToken(TOKEN).baseUrl(server.url("/v3/api").toString())
        .clientOptions(ClientOptions.builder().sleeper(sleeper).build()).build();
    return client;
  }

  private void enqueue(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body)
        .addHeader("Content-Type", "application/json").build());
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("request").isNotNull();
    return r;
  }

  private static String page(int from, int count, int pageNumber, int pageSize, long total) {
    String results = IntStream.range(from, from + count)
        .mapToObj(i -> "{\"id\":" + i + ",\"name\":\"g" + i + "\"}").collect(Collectors.joining(",", "[", "]"));
    return "{\"results\":" + results + ",\"paging\":{\"pageNumber\":" + pageNumber + ",\"pageSize\":" + pageSize
        + ",\"total\":" + total + "}}";
  }

  // ---- requests

  @Test
  void createPostsExactJsonAndIsNotRetriedAfter503() throws Exception {
    enqueue(503, "{\"Message\":\"unavailable\"}");
    GroupCreateRequest request = GroupCreateRequest.builder().name("Spring campaign").timeZone(GroupTimeZone.EASTERN)
        .richDataType(RichDataType.BASIC).billingGroupId(3L).groupOwnerId(9L)
        .emailNotifications(List.of("a@example.com", "b@example.com")).customerId(77L).build();

    assertThatThrownBy(() -> client().groups().create(request))
        .isInstanceOf(InternalServerException.class)
        .satisfies(e -> {
          assertThat(((ApiException) e).rawBody()).isEqualTo("{\"Message\":\"unavailable\"}");
          assertThat(((ApiException) e).errorMessage()).contains("unavailable");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/v3/api/groups");
    assertThat(r.getHeaders().get("x-organization-token")).isEqualTo(TOKEN);
    assertThat(r.getHeaders().get("Authorization")).isNull();
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(JSON.readTree(r.getBody().utf8())).isEqualTo(JSON.readTree("{\"name\":\"Spring campaign\","
        + "\"time_zone\":\"Eastern\",\"group_owner_id\":9,\"rich_data_type\":\"Basic\",\"billing_group_id\":3,"
        + "\"email_notifications\":\"a@example.com,b@example.com\",\"customer_id\":77}"));
  }

  @Test
  void createReadsTheGroupWithCaseInsensitiveStatus() throws Exception {
    enqueue(201, GROUP_JSON);
    Group g = client().groups().create(GroupCreateRequest.builder().name("Spring").timeZone(GroupTimeZone.EASTERN)
        .build());
    assertThat(g.id()).contains(12L);
    assertThat(g.status().orElseThrow().value()).isEqualTo(GroupStatus.Value.ACTIVE); // matched case-insensitively
    assertThat(g.status().orElseThrow().raw()).isEqualTo("active"); // raw string kept
    assertThat(g.timeZone()).contains(GroupTimeZone.EASTERN);
    assertThat(g.richDataType()).contains(RichDataType.RICH);
    assertThat(g.createdDatetime()).contains(Instant.parse("2024-03-01T10:00:00Z"));
    assertThat(g.modifiedDatetime()).contains(Instant.parse("2024-03-02T11:30:00.123Z"));
    assertThat(g.trackingJavascript()).contains("<script></script>");
  }

  @Test
  void getAndUpdateUseTheIdPathAndAreRetriedAfter503() throws Exception {
    enqueue(503, "");
    enqueue(200, GROUP_JSON);
    enqueue(502, "<html>bad gateway</html>");
    enqueue(200, GROUP_JSON.replace("Spring", "Summer"));

    Group got = client().groups().get(12);
    Group updated = client.groups().update(12, GroupUpdateRequest.builder().name("Summer")
        .timeZone(GroupTimeZone.PACIFIC).build());

    assertThat(got.name()).contains("Spring");
    assertThat(updated.name()).contains("Summer");
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.delays()).hasSize(2);
    for (int i = 0; i < 2; i++) {
      RecordedRequest r = take();
      assertThat(r.getMethod()).isEqualTo("GET");
      assertThat(r.getTarget()).isEqualTo("/v3/api/groups/12");
      assertThat(r.getHeaders().get("x-organization-token")).isEqualTo(TOKEN);
    }
    for (int i = 0; i < 2; i++) {
      RecordedRequest r = take();
      assertThat(r.getMethod()).isEqualTo("PUT");
      assertThat(r.getTarget()).isEqualTo("/v3/api/groups/12");
      assertThat(r.getBody().utf8()).isEqualTo("{\"name\":\"Summer\",\"time_zone\":\"Pacific\"}");
    }
  }

  @Test
  void listSendsLowerCasePagingParameters() throws Exception {
    enqueue(200, page(1, 2, 3, 50, 102));
    client().groups().list(GroupListParams.builder().pageSize(50).pageNumber(3).build());
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/v3/api/groups?pagesize=50&pagenumber=3");
    assertThat(r.getHeaders().get("x-organization-token")).isEqualTo(TOKEN);
  }

  @Test
  void listWithDefaultsSendsNoQuery() throws Exception {
    enqueue(200, "{\"results\":[],\"paging\":{\"pageNumber\":1,\"pageSize\":10000,\"total\":0}}");
    GroupPage page = client().groups().list();
    assertThat(page.items()).isEmpty();
    assertThat(page.total()).hasValue(0L);
    assertThat(page.hasNextPage()).isFalse();
    assertThat(take().getTarget()).isEqualTo("/v3/api/groups");
  }

  @Test
  void listParamsAreValidated() {
    assertThatThrownBy(() -> GroupListParams.builder().pageSize(10_001).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pagesize");
    assertThatThrownBy(() -> GroupListParams.builder().pageSize(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupListParams.builder().pageNumber(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pagenumber");
    assertThat(GroupListParams.builder().pageSize(10_000).pageNumber(1).build().toQueryParameters())
        .containsExactly(Map.entry("pagesize", List.of("10000")), Map.entry("pagenumber", List.of("1")));
  }

  // ---- paging

  @Test
  void autoPagingMakesNoRequestAfterTheLastPageByTotal() throws Exception {
    enqueue(200, page(1, 2, 1, 2, 5));
    enqueue(200, page(3, 2, 2, 2, 5));
    enqueue(200, page(5, 1, 3, 2, 5));
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t-9").build();

    List<Long> ids = client().groups().list(GroupListParams.builder().pageSize(2).build(), options)
        .autoPager().stream().map(g -> g.id().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(take().getTarget()).isEqualTo("/v3/api/groups?pagesize=2");
    RecordedRequest second = take();
    assertThat(second.getTarget()).isEqualTo("/v3/api/groups?pagesize=2&pagenumber=2");
    assertThat(second.getHeaders().get("X-Trace")).isEqualTo("t-9");
    assertThat(second.getHeaders().get("x-organization-token")).isEqualTo(TOKEN);
    assertThat(take().getTarget()).isEqualTo("/v3/api/groups?pagesize=2&pagenumber=3");
  }

  @Test
  void exactMultipleOfPageSizeStopsWithoutAnEmptyPage() {
    enqueue(200, page(1, 2, 1, 2, 4));
    enqueue(200, page(3, 2, 2, 2, 4));
    GroupPage first = client().groups().list(GroupListParams.builder().pageSize(2).build());
    assertThat(first.total()).hasValue(4L);
    assertThat(first.pageNumber()).contains(1);
    assertThat(first.paging().orElseThrow().pageCount()).contains(2L);
    GroupPage second = first.nextPage();
    assertThat(second.hasNextPage()).isFalse();
    assertThat(second.nextPageParams()).isEmpty();
    enqueue(200, page(3, 2, 2, 2, 4));
    assertThat(first.autoPager().stream().count()).isEqualTo(4); // re-fetches page 2 only
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void serverPagingWinsOverRequestedSize() {
    // asked for 5000 per page, the server capped at 2: page math follows the server's pageSize
    enqueue(200, page(1, 2, 1, 2, 3));
    GroupPage first = client().groups().list(GroupListParams.builder().pageSize(5000).build());
    assertThat(first.hasNextPage()).isTrue();
    assertThat(first.nextPageParams().orElseThrow().pageNumber()).contains(2);
  }

  @Test
  void missingPagingFallsBackToShortPage() {
    enqueue(200, "{\"results\":[{\"id\":1},{\"id\":2}]}");
    GroupPage full = client().groups().list(GroupListParams.builder().pageSize(2).build());
    assertThat(full.hasNextPage()).isTrue();
    enqueue(200, "{\"results\":[{\"id\":1}]}");
    assertThat(client.groups().list(GroupListParams.builder().pageSize(2).build()).hasNextPage()).isFalse();
    enqueue(200, "{\"results\":[{\"id\":1}]}");
    assertThat(client.groups().list().hasNextPage()).isFalse();
  }

  @Test
  void emptyResultsNeverAskForMore() {
    enqueue(200, "{\"results\":[],\"paging\":{\"pageNumber\":2,\"pageSize\":2,\"total\":10}}");
    assertThat(client().groups().list(GroupListParams.builder().pageSize(2).pageNumber(2).build()).hasNextPage())
        .isFalse();
  }

  // ---- async

  @Test
  void asyncVariants() throws Exception {
    enqueue(200, GROUP_JSON);
    enqueue(200, page(1, 1, 1, 10, 1));
    enqueue(200, GROUP_JSON);
    enqueue(200, GROUP_JSON);
    GroupService groups = client().groups();
    assertThat(groups.createAsync(GroupCreateRequest.builder().name("a").timeZone(GroupTimeZone.CENTRAL).build())
        .get(5, TimeUnit.SECONDS).id()).contains(12L);
    assertThat(groups.listAsync(GroupListParams.builder().pageSize(10).build()).get(5, TimeUnit.SECONDS).items())
        .hasSize(1);
    assertThat(groups.getAsync(12).get(5, TimeUnit.SECONDS).id()).contains(12L);
    assertThat(groups.updateAsync(12, GroupUpdateRequest.builder().customerId(1L).build()).get(5, TimeUnit.SECONDS)
        .id()).contains(12L);
    assertThat(take().getMethod()).isEqualTo("POST");
    assertThat(take().getTarget()).isEqualTo("/v3/api/groups?pagesize=10");
    assertThat(take().getTarget()).isEqualTo("/v3/api/groups/12");
    assertThat(take().getMethod()).isEqualTo("PUT");
  }

  @Test
  void asyncCreateIsNotRetried() {
    enqueue(500, "oops");
    var future = client().groups().createAsync(GroupCreateRequest.builder().name("a")
        .timeZone(GroupTimeZone.CENTRAL).build());
    assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // ---- errors

  @Test
  void errorStatusesMapToTypedExceptionsWithRawBodies() {
    Map<Integer, Class<? extends ApiException>> cases = Map.of(400, BadRequestException.class,
        401, AuthenticationException.class, 404, NotFoundException.class, 409, ConflictException.class,
        418, UnexpectedStatusException.class);
    client();
    for (Map.Entry<Integer, Class<? extends ApiException>> c : cases.entrySet()) {
      String body = "plain text " + c.getKey();
      enqueue(c.getKey(), body);
      assertThatThrownBy(() -> client.groups().get(1))
          .isInstanceOf(c.getValue())
          .satisfies(e -> {
            ApiException a = (ApiException) e;
            assertThat(a.statusCode()).isEqualTo(c.getKey());
            assertThat(a.rawBody()).isEqualTo(body);
            assertThat(a.errorMessage()).isEmpty();
            assertThat(a.provider()).isEqualTo("telmetrics");
            assertThat(a.operation()).isEqualTo("groups.get");
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(cases.size()); // 4xx are never retried
  }

  @Test
  void jsonErrorMessageIsSurfacedAndTokenScrubbed() {
    enqueue(400, "{\"message\":\"name must be unique\"}");
    assertThatThrownBy(() -> client().groups().create(GroupCreateRequest.builder().name("dup")
        .timeZone(GroupTimeZone.EASTERN).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("name must be unique");
    enqueue(401, "{\"error\":\"invalid token " + TOKEN + "\"}");
    assertThatThrownBy(() -> client.groups().list())
        .isInstanceOf(AuthenticationException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
  }
}
