package dev.switchboard.trackdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.AuthenticationException;
import dev.switchboard.core.errors.BadRequestException;
import dev.switchboard.core.errors.InternalServerException;
import dev.switchboard.core.errors.InvalidResponseException;
import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.core.errors.PermissionDeniedException;
import dev.switchboard.core.errors.RateLimitException;
import dev.switchboard.core.errors.UnprocessableEntityException;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.trackdrive.CreatedAtLabel;
import dev.switchboard.models.trackdrive.Lead;
import dev.switchboard.models.trackdrive.LeadColumn;
import dev.switchboard.models.trackdrive.LeadCreateRequest;
import dev.switchboard.models.trackdrive.LeadListParams;
import dev.switchboard.models.trackdrive.LeadSerializer;
import dev.switchboard.models.trackdrive.LeadUpdateRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LeadServiceTest {
  private static final String PUBLIC = "pub-key";
  private static final String PRIVATE = "priv-secret";
  private static final String BASIC =
      "Basic " + Base64.getEncoder().encodeToString((PUBLIC + ":" + PRIVATE).getBytes(StandardCharsets.UTF_8));
  private static final ObjectMapper JSON = SwitchboardJson.mapper();

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeSleeper sleeper = new FakeSleeper();
  private TrackdriveClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private TrackdriveClient client() {
    client = TrackdriveClient.builder().baseUrl(server.url("/api/v1").toString()).keys(PUBLIC, PRIVATE)
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

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s);
  }

  private static String leads(int from, int count) {
    return java.util.stream.IntStream.range(from, from + count)
        .mapToObj(i -> "{\"id\":" + i + ",\"uuid\":\"u-" + i + "\"}").collect(Collectors.joining(",", "[", "]"));
  }

  // ---- requests

  @Test
  void listSendsEveryParameterInDocumentedOrder() throws Exception {
    enqueue(200, "{\"leads\":[],\"metadata\":{}}");
    OffsetDateTime from = OffsetDateTime.of(2016, 1, 1, 12, 25, 15, 0, ZoneOffset.ofHours(-5));
    LeadListParams params = LeadListParams.builder()
        .serializer(LeadSerializer.LEAD_GRID).page(2).perPage(100)
        .createdAtTo(from.plusDays(1)).createdAtFrom(from)
        .fulltext("john doe").timeZone("Eastern Time (US & Canada)")
        .addColumns(LeadColumn.CREATED_AT, LeadColumn.UUID, LeadColumn.ID, LeadColumn.of("caller_id"))
        .root(true).createdAtLabel(CreatedAtLabel.LAST_5_MIN)
        .nextActionAtTo(from).nextActionAtFrom(from)
        .offerId(7).scheduleId("s-1").contactId(8).trafficSourceId(9).buyerId("b-uuid")
        .status("active").statusWait("waiting").number("+15551234567").email("a+b@example.com")
        .hasNextAction(true).buyerConverted(false).offerConverted(true).eitherConverted(false).optOut(false)
        .putAdditionalQueryParameter("cursor", "-1")
        .build();

    client().leads().list(params);

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/api/v1/leads");
    // every reserved character is percent-encoded: ':' %3A, ',' %2C, '(' %28, '+' %2B, '@' %40, ' ' %20
    assertThat(r.getTarget()).isEqualTo("/api/v1/leads"
        + "?serializer=lead_grid&page=2&per_page=100"
        + "&created_at_to=2016-01-02%2012%3A25%3A15%20-0500"
        + "&created_at_from=2016-01-01%2012%3A25%3A15%20-0500"
        + "&fulltext=john%20doe&time_zone=Eastern%20Time%20%28US%20%26%20Canada%29"
        + "&columns=id%2Cuuid%2Ccreated_at%2Ccaller_id"
        + "&root=true&created_at_label=Last%205%20Min"
        + "&next_action_at_to=2016-01-01%2012%3A25%3A15%20-0500"
        + "&next_action_at_from=2016-01-01%2012%3A25%3A15%20-0500"
        + "&offer_id=7&schedule_id=s-1&contact_id=8&traffic_source_id=9&buyer_id=b-uuid"
        + "&status=active&status_wait=waiting&number=%2B15551234567&email=a%2Bb%40example.com"
        + "&has_next_action=true&buyer_converted=false&offer_converted=true&either_converted=false&opt_out=false"
        + "&cursor=-1");
    assertThat(r.getUrl().queryParameter("columns")).isEqualTo("id,uuid,created_at,caller_id");
    assertThat(r.getUrl().queryParameter("created_at_from")).isEqualTo("2016-01-01 12:25:15 -0500");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(BASIC);
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getBodySize()).isZero();
  }

  @Test
  void listWithDefaultParamsSendsNoQuery() throws Exception {
    enqueue(200, "{\"leads\":[],\"metadata\":{}}");
    client().leads().list();
    assertThat(take().getTarget()).isEqualTo("/api/v1/leads");
  }

  @Test
  void tokenAuthSendsAuthorizationToken() throws Exception {
    enqueue(200, "[]");
    client = TrackdriveClient.builder().baseUrl(server.url("/api/v1/").toString()).token("dev-token-1").build();
    client.leads().list(LeadListParams.builder().root(false).build());
    RecordedRequest r = take();
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Token dev-token-1");
    assertThat(r.getTarget()).isEqualTo("/api/v1/leads?root=false");
  }

  @Test
  void createPostsExactJsonWithLeadTokensAndIsNotRetriedAfter503() throws Exception {
    enqueue(503, "{\"error\":\"busy\"}");
    LeadCreateRequest request = LeadCreateRequest.builder().leadToken("lt-secret").callerId("+15551234567")
        .email("jane@example.com").updateOnly(false)
        .nextActionAt(OffsetDateTime.of(2024, 5, 1, 9, 30, 0, 0, ZoneOffset.ofHours(-4)))
        .putLeadToken("first_name", "Jane").putLeadToken("age", 42).putLeadToken("vip", true)
        .putData("source", "web")
        .build();

    assertThatThrownBy(() -> client().leads().create(request))
        .isInstanceOf(InternalServerException.class)
        .satisfies(e -> assertThat(((ApiException) e).rawBody()).isEqualTo("{\"error\":\"busy\"}"));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/api/v1/leads");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(json(r.getBody().utf8())).isEqualTo(json("{\"lead_token\":\"lt-secret\",\"caller_id\":\"+15551234567\","
        + "\"email\":\"jane@example.com\",\"update_only\":false,\"next_action_at\":\"2024-05-01T09:30:00-04:00\","
        + "\"data\":{\"source\":\"web\"},\"first_name\":\"Jane\",\"age\":42,\"vip\":true}"));
  }

  @Test
  void createReadsTheSerializedLead() throws Exception {
    enqueue(200, "{\"id\":101,\"uuid\":\"e36e2da0-1\",\"caller_id\":\"+15551234567\",\"revenue\":\"12.50\","
        + "\"payout\":3,\"opt_out\":false,\"first_name\":\"Jane\"}");
    Lead lead = client().leads().create(LeadCreateRequest.builder().leadToken("lt").callerId("+15551234567").build());
    assertThat(lead.id()).contains(101L);
    assertThat(lead.uuid()).contains("e36e2da0-1");
    assertThat(lead.revenue()).contains(new BigDecimal("12.50"));
    assertThat(lead.payout()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("3"));
    assertThat(lead.additionalProperties()).containsKey("first_name");
  }

  @Test
  void createWorksOnAClientWithoutAccountCredentials() throws Exception {
    enqueue(200, "{\"lead\":{\"id\":5,\"uuid\":\"u-5\"}}");
    client = TrackdriveClient.builder().subdomain("acme").baseUrl(server.url("/api/v1").toString()).build();
    Lead lead = client.leads().create(LeadCreateRequest.builder().leadToken("lt").callerId("+15551234567").build());
    assertThat(lead.uuid()).contains("u-5"); // {"lead": {...}} is unwrapped
    RecordedRequest r = take();
    assertThat(r.getHeaders().get("Authorization")).isNull();
    assertThat(json(r.getBody().utf8()).get("lead_token").asText()).isEqualTo("lt");
  }

  @Test
  void updatePutsExactJsonWithExplicitNullAndIsRetriedAfter503() throws Exception {
    enqueue(503, "");
    enqueue(200, "{\"id\":1,\"uuid\":\"e36e2da0-0d68\",\"opt_out\":true}");
    LeadUpdateRequest request = LeadUpdateRequest.builder().optOut(true).email("x@example.com")
        .clearNextActionAt().putField("custom_flag", null).build();

    Lead lead = client().leads().update("e36e2da0-0d68", request);

    assertThat(lead.optOut()).contains(true);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.delays()).hasSize(1);
    for (int i = 0; i < 2; i++) {
      RecordedRequest r = take();
      assertThat(r.getMethod()).isEqualTo("PUT");
      assertThat(r.getTarget()).isEqualTo("/api/v1/leads/e36e2da0-0d68");
      assertThat(r.getHeaders().get("Authorization")).isEqualTo(BASIC);
      assertThat(r.getBody().utf8()).isEqualTo(
          "{\"opt_out\":true,\"email\":\"x@example.com\",\"next_action_at\":null,\"custom_flag\":null}");
    }
  }

  @Test
  void updateEncodesTheUuidAsOneSegment() throws Exception {
    enqueue(200, "{\"id\":1}");
    client().leads().update("a b?c#%2e", LeadUpdateRequest.builder().blocked(true).build());
    assertThat(take().getTarget()).isEqualTo("/api/v1/leads/a%20b%3Fc%23%252e");
  }

  @Test
  void getReadsALeadAndIsRetriedAfter503() throws Exception {
    enqueue(503, "<html>upstream</html>");
    enqueue(200, "{\"id\":42,\"uuid\":\"u-42\",\"created_at\":\"2016-01-01 12:25:15 -0500\","
        + "\"data\":{\"zip\":\"10001\"},\"revenue\":1.25}");
    Lead lead = client().leads().get("42");
    assertThat(lead.id()).contains(42L);
    assertThat(lead.createdAt()).contains(OffsetDateTime.of(2016, 1, 1, 12, 25, 15, 0, ZoneOffset.ofHours(-5)));
    assertThat(lead.data().get().get("zip").asText()).isEqualTo("10001");
    assertThat(lead.revenue()).contains(new BigDecimal("1.25"));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(take().getTarget()).isEqualTo("/api/v1/leads/42");
  }

  @Test
  void argumentsAreChecked() {
    LeadService leads = client().leads();
    assertThatThrownBy(() -> leads.get(" ")).isInstanceOf(IllegalArgumentException.class).hasMessage("leads.get(\" \"): id: must not be blank");
    assertThatThrownBy(() -> leads.update(null, LeadUpdateRequest.builder().build()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("uuid");
    assertThatThrownBy(() -> leads.list(null)).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  // ---- responses

  @Test
  void envelopeKeepsMetadata() throws Exception {
    enqueue(200, "{\"leads\":" + leads(1, 2) + ",\"metadata\":{\"total_count\":2,\"page\":1,\"custom\":{\"a\":[1]}}}");
    LeadPage page = client().leads().list(LeadListParams.builder().perPage(10).build());
    assertThat(page.items()).extracting(l -> l.uuid().orElseThrow()).containsExactly("u-1", "u-2");
    assertThat(page.metadata()).containsOnlyKeys("total_count", "page", "custom");
    assertThat(page.metadata().get("total_count").asLong()).isEqualTo(2);
    assertThat(page.pageNumber()).isEqualTo(1);
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void bareArrayOfRootFalseHasNoMetadata() throws Exception {
    enqueue(200, leads(1, 3));
    LeadPage page = client().leads().list(LeadListParams.builder().root(false).perPage(3).build());
    assertThat(page.items()).hasSize(3);
    assertThat(page.metadata()).isEmpty();
    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.nextPageParams().orElseThrow().page()).contains(2);
  }

  @Test
  void sparseLeadsFromColumnsAndMoneyAsNumberOrString() throws Exception {
    enqueue(200, "{\"leads\":[{\"uuid\":\"u-1\",\"revenue\":\"19.99\"},{\"uuid\":\"u-2\",\"revenue\":19.99,"
        + "\"payout\":null},{\"caller_id\":\"+15550000000\"}],\"metadata\":{}}");
    LeadPage page = client().leads().list(LeadListParams.builder()
        .addColumns(LeadColumn.UUID, LeadColumn.REVENUE, LeadColumn.CALLER_ID).build());
    List<Lead> leads = page.items();
    assertThat(leads.get(0).id()).isEmpty();
    assertThat(leads.get(0).createdAt()).isEmpty();
    assertThat(leads.get(0).revenue()).contains(new BigDecimal("19.99"));
    assertThat(leads.get(1).revenue()).contains(new BigDecimal("19.99"));
    assertThat(leads.get(1).payout()).isEmpty();
    assertThat(leads.get(2).callerId()).contains("+15550000000");
    assertThat(leads.get(2).uuid()).isEmpty();
  }

  @Test
  void nonJsonSuccessBodyIsAnInvalidResponse() {
    enqueue(200, "not json");
    assertThatThrownBy(() -> client().leads().list())
        .isInstanceOf(InvalidResponseException.class);
    enqueue(200, "\"a string\"");
    assertThatThrownBy(() -> client.leads().list())
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("leads");
  }

  // ---- paging

  @Test
  void autoPagingStopsOnAShortPageAndReusesParamsAndOptions() throws Exception {
    enqueue(200, "{\"leads\":" + leads(1, 3) + ",\"metadata\":{\"page\":1}}");
    enqueue(200, "{\"leads\":" + leads(4, 3) + ",\"metadata\":{\"page\":2}}");
    enqueue(200, "{\"leads\":" + leads(7, 1) + ",\"metadata\":{\"page\":3}}");
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").queryParameter("extra", "x").build();

    List<String> uuids = client().leads()
        .list(LeadListParams.builder().perPage(3).status("active").build(), options)
        .autoPager().stream().map(l -> l.uuid().orElseThrow()).collect(Collectors.toList());

    assertThat(uuids).containsExactly("u-1", "u-2", "u-3", "u-4", "u-5", "u-6", "u-7");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(take().getTarget()).isEqualTo("/api/v1/leads?per_page=3&status=active&extra=x");
    RecordedRequest second = take();
    assertThat(second.getTarget()).isEqualTo("/api/v1/leads?page=2&per_page=3&status=active&extra=x");
    assertThat(second.getHeaders().get("X-Trace")).isEqualTo("t-1");
    assertThat(second.getHeaders().get("Authorization")).isEqualTo(BASIC);
    assertThat(take().getTarget()).isEqualTo("/api/v1/leads?page=3&per_page=3&status=active&extra=x");
  }

  @Test
  void autoPagingStopsOnAnEmptyPage() throws Exception {
    enqueue(200, leads(1, 2));
    enqueue(200, "[]");
    LeadPage first = client().leads().list(LeadListParams.builder().root(false).perPage(2).page(1).build());
    assertThat(first.autoPager().stream().count()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(take().getTarget()).isEqualTo("/api/v1/leads?page=1&per_page=2&root=false");
    assertThat(take().getTarget()).isEqualTo("/api/v1/leads?page=2&per_page=2&root=false");
  }

  @Test
  void defaultPerPageIs25() throws Exception {
    enqueue(200, "{\"leads\":" + leads(1, 25) + ",\"metadata\":{}}");
    enqueue(200, "{\"leads\":" + leads(26, 24) + ",\"metadata\":{}}");
    LeadPage first = client().leads().list();
    assertThat(first.hasNextPage()).isTrue();
    LeadPage second = first.nextPage();
    assertThat(second.items()).hasSize(24);
    assertThat(second.pageNumber()).isEqualTo(2);
    assertThat(second.hasNextPage()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(2);
    take();
    assertThat(take().getTarget()).isEqualTo("/api/v1/leads?page=2");
  }

  @Test
  void listIsRetriedAfter503AndAutoPagingRetriesEachPage() throws Exception {
    enqueue(200, leads(1, 2));
    enqueue(503, "{\"message\":\"try later\"}");
    enqueue(200, leads(3, 1));
    long count = client().leads().list(LeadListParams.builder().root(false).perPage(2).build())
        .autoPager().stream().count();
    assertThat(count).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.delays()).hasSize(1);
  }

  @Test
  void autoPagerLimitRequestsNoMorePages() {
    enqueue(200, leads(1, 2));
    List<Lead> two = client().leads().list(LeadListParams.builder().root(false).perPage(2).build())
        .autoPager().limit(2).stream().collect(Collectors.toList());
    assertThat(two).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // ---- async

  @Test
  void asyncVariantsReturnTheSameResults() throws Exception {
    enqueue(200, "{\"leads\":" + leads(1, 1) + ",\"metadata\":{\"x\":1}}");
    enqueue(200, "{\"id\":1,\"uuid\":\"u-1\"}");
    enqueue(200, "{\"id\":1,\"uuid\":\"u-1\",\"opt_out\":true}");
    enqueue(200, "{\"id\":1,\"uuid\":\"u-1\"}");
    LeadService leads = client().leads();
    LeadPage page = leads.listAsync(LeadListParams.builder().perPage(5).build()).get(5, TimeUnit.SECONDS);
    assertThat(page.metadata()).containsKey("x");
    assertThat(leads.createAsync(LeadCreateRequest.builder().leadToken("t").callerId("+15550000001").build())
        .get(5, TimeUnit.SECONDS).uuid()).contains("u-1");
    assertThat(leads.updateAsync("u-1", LeadUpdateRequest.builder().optOut(true).build())
        .get(5, TimeUnit.SECONDS).optOut()).contains(true);
    assertThat(leads.getAsync("u-1").get(5, TimeUnit.SECONDS).id()).contains(1L);
    assertThat(take().getMethod()).isEqualTo("GET");
    assertThat(take().getMethod()).isEqualTo("POST");
    assertThat(take().getMethod()).isEqualTo("PUT");
    assertThat(take().getTarget()).isEqualTo("/api/v1/leads/u-1");
  }

  @Test
  void asyncCreateIsNotRetriedAndFailsWithTheTypedException() {
    enqueue(503, "{\"errors\":[\"down\"]}");
    var future = client().leads().createAsync(LeadCreateRequest.builder().leadToken("t").callerId("+15550000001").build());
    assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // ---- errors

  @Test
  void errorStatusesMapToTypedExceptionsKeepingTheRawBody() {
    Map<Integer, Class<? extends ApiException>> cases = Map.of(
        400, BadRequestException.class, 401, AuthenticationException.class, 403, PermissionDeniedException.class,
        404, NotFoundException.class, 422, UnprocessableEntityException.class);
    client();
    for (Map.Entry<Integer, Class<? extends ApiException>> c : cases.entrySet()) {
      String body = "{\"errors\":[\"Status " + c.getKey() + "\"]}";
      enqueue(c.getKey(), body);
      assertThatThrownBy(() -> client.leads().get("1"))
          .isInstanceOf(c.getValue())
          .satisfies(e -> {
            ApiException a = (ApiException) e;
            assertThat(a.statusCode()).isEqualTo(c.getKey());
            assertThat(a.rawBody()).isEqualTo(body);
            assertThat(a.errorMessage()).contains("Status " + c.getKey());
            assertThat(a.provider()).isEqualTo("trackdrive");
            assertThat(a.operation()).isEqualTo("leads.get");
          });
    }
  }

  @Test
  void errorMessagesAreSurfacedFromEveryKnownShape() {
    client();
    enqueue(401, "{\"errors\":[\"Unauthorized\"]}");
    assertThatThrownBy(() -> client.leads().list()).isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Unauthorized");
    enqueue(422, "{\"errors\":{\"caller_id\":[\"is invalid\",\"is blank\"]}}");
    assertThatThrownBy(() -> client.leads().create(LeadCreateRequest.builder().leadToken("t").callerId("+15550000001").build()))
        .isInstanceOf(UnprocessableEntityException.class)
        .satisfies(e -> assertThat(((ApiException) e).errorMessage()).contains("caller_id is invalid; is blank"));
    enqueue(400, "{\"error\":\"Invalid lead_token\"}");
    assertThatThrownBy(() -> client.leads().create(LeadCreateRequest.builder().leadToken("t").callerId("+15550000001").build()))
        .satisfies(e -> assertThat(((ApiException) e).errorMessage()).contains("Invalid lead_token"));
    enqueue(404, "{\"message\":\"Record not found\"}");
    assertThatThrownBy(() -> client.leads().get("9"))
        .satisfies(e -> assertThat(((ApiException) e).errorMessage()).contains("Record not found"));
    enqueue(404, "<html><body>Not Found</body></html>");
    assertThatThrownBy(() -> client.leads().get("9")).isInstanceOf(NotFoundException.class)
        .satisfies(e -> {
          assertThat(((ApiException) e).errorMessage()).isEmpty();
          assertThat(((ApiException) e).rawBody()).isEqualTo("<html><body>Not Found</body></html>");
        });
  }

  @Test
  void rateLimitIsRetriedEvenForCreate() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").body("{}").build());
    enqueue(200, "{\"id\":3}");
    Lead lead = client().leads().create(LeadCreateRequest.builder().leadToken("t").callerId("+15550000001").build());
    assertThat(lead.id()).contains(3L);
    assertThat(sleeper.delays()).containsExactly(java.time.Duration.ofSeconds(1));
  }

  @Test
  void rateLimitExhaustedIsARateLimitException() {
    for (int i = 0; i < 3; i++) {
      enqueue(429, "{\"error\":\"slow down\"}");
    }
    assertThatThrownBy(() -> client().leads().list()).isInstanceOf(RateLimitException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void secretsNeverAppearInExceptionMessages() {
    enqueue(401, "{\"error\":\"bad key " + PRIVATE + "\"}");
    assertThatThrownBy(() -> client().leads().list())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PRIVATE));
  }
}
