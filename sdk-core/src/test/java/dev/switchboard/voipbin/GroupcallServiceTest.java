package dev.switchboard.voipbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.errors.InvalidResponseException;
import dev.switchboard.core.paging.ListPage;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.voipbin.Address;
import dev.switchboard.models.voipbin.AddressType;
import dev.switchboard.models.voipbin.AnswerMethod;
import dev.switchboard.models.voipbin.Groupcall;
import dev.switchboard.models.voipbin.GroupcallCreateRequest;
import dev.switchboard.models.voipbin.GroupcallListParams;
import dev.switchboard.models.voipbin.GroupcallStatus;
import dev.switchboard.models.voipbin.RingMethod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every request pinned on the wire, and every documented response (the spec's own examples) parsed. */
class GroupcallServiceTest {
  static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.JWT-SECRET.sig";
  static final String ACCESS_KEY = "AK-SECRET-123";
  static final UUID ID = UUID.fromString("550e8400-e29b-41d4-a716-446655440000");
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeSleeper sleeper = new FakeSleeper();
  private final List<VoipbinClient> clients = new ArrayList<>();

  @AfterEach
  void close() {
    clients.forEach(VoipbinClient::close);
  }

  private VoipbinClient bearer() {
    return track(VoipbinClient.builder().token(TOKEN).baseUrl(server.url("/v1.0").toString())
        .clientOptions(ClientOptions.builder().sleeper(sleeper).build()).build());
  }

  private VoipbinClient accessKey() {
    return track(VoipbinClient.builder().accessKey(ACCESS_KEY).baseUrl(server.url("/v1.0").toString())
        .clientOptions(ClientOptions.builder().sleeper(sleeper).build()).build());
  }

  private VoipbinClient track(VoipbinClient c) {
    clients.add(c);
    return c;
  }

  static MockResponse json(JsonNode body) {
    return json(body.toString());
  }

  static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body).build();
  }

  static GroupcallCreateRequest ringAll() {
    return GroupcallCreateRequest.builder()
        .source(Address.tel("+14155550100"))
        .addDestinations(Address.tel("+14155550101"),
            Address.builder().type(AddressType.SIP).target("bob@example.com").build())
        .ringMethod(RingMethod.RING_ALL)
        .answerMethod(AnswerMethod.HANGUP_OTHERS)
        .build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("request").isNotNull();
    return r;
  }

  static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }

  private static void assertBearer(RecordedRequest r) {
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(r.getUrl().queryParameterNames()).doesNotContain("accesskey", "token");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("User-Agent")).startsWith("switchboard-java/");
  }

  // --- requests on the wire ------------------------------------------------------------------------------------

  @Test
  void createPostsTheBodyExactly() throws Exception {
    server.enqueue(json(VoipbinSpec.groupcallExample()));

    bearer().groupcalls().create(ringAll());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1.0/groupcalls");
    assertThat(r.getUrl().query()).isNull();
    assertBearer(r);
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(r.getHeaders().get("Idempotency-Key")).isNull();
    assertThat(r.getBody().utf8()).isEqualTo("{\"source\":{\"type\":\"tel\",\"target\":\"+14155550100\"},"
        + "\"destinations\":[{\"type\":\"tel\",\"target\":\"+14155550101\"},"
        + "{\"type\":\"sip\",\"target\":\"bob@example.com\"}],"
        + "\"ring_method\":\"ring_all\",\"answer_method\":\"hangup_others\"}");
  }

  @Test
  void createWithFlowIdOrActionsAndEmptyMethods() throws Exception {
    server.enqueue(json(VoipbinSpec.groupcallExample()));
    server.enqueue(json(VoipbinSpec.groupcallExample()));
    UUID flow = UUID.fromString("c1d2e3f4-a5b6-7890-cdef-1234567890ab");

    bearer().groupcalls().create(ringAll().toBuilder().ringMethod(RingMethod.LINEAR).answerMethod(AnswerMethod.NONE)
        .flowId(flow).build());
    bearer().groupcalls().create(ringAll().toBuilder()
        .actions(List.of(MAPPER.readTree("{\"type\":\"talk\",\"option\":{\"text\":\"hello\",\"language\":\"en-US\"}}")))
        .build());

    assertThat(take().getBody().utf8()).isEqualTo("{\"source\":{\"type\":\"tel\",\"target\":\"+14155550100\"},"
        + "\"destinations\":[{\"type\":\"tel\",\"target\":\"+14155550101\"},"
        + "{\"type\":\"sip\",\"target\":\"bob@example.com\"}],"
        + "\"flow_id\":\"c1d2e3f4-a5b6-7890-cdef-1234567890ab\",\"ring_method\":\"linear\",\"answer_method\":\"\"}");
    assertThat(take().getBody().utf8()).isEqualTo("{\"source\":{\"type\":\"tel\",\"target\":\"+14155550100\"},"
        + "\"destinations\":[{\"type\":\"tel\",\"target\":\"+14155550101\"},"
        + "{\"type\":\"sip\",\"target\":\"bob@example.com\"}],"
        + "\"actions\":[{\"type\":\"talk\",\"option\":{\"text\":\"hello\",\"language\":\"en-US\"}}],"
        + "\"ring_method\":\"ring_all\",\"answer_method\":\"hangup_others\"}");
  }

  @Test
  void getDeleteAndHangupAddressTheGroupcallById() throws Exception {
    server.enqueue(json(VoipbinSpec.groupcallExample()));
    server.enqueue(json(VoipbinSpec.groupcallExample()));
    server.enqueue(json(VoipbinSpec.groupcallExample()));
    GroupcallService groupcalls = bearer().groupcalls();

    groupcalls.get(ID);
    groupcalls.delete(ID);
    groupcalls.hangup(ID);

    RecordedRequest get = take();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getUrl().encodedPath()).isEqualTo("/v1.0/groupcalls/" + ID);
    assertThat(get.getUrl().query()).isNull();
    assertThat(body(get)).isEmpty();
    assertBearer(get);
    RecordedRequest delete = take();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getUrl().encodedPath()).isEqualTo("/v1.0/groupcalls/" + ID);
    assertThat(body(delete)).isEmpty();
    assertBearer(delete);
    RecordedRequest hangup = take();
    assertThat(hangup.getMethod()).isEqualTo("POST");
    assertThat(hangup.getUrl().encodedPath()).isEqualTo("/v1.0/groupcalls/" + ID + "/hangup");
    assertThat(body(hangup)).isEmpty();
    assertThat(hangup.getHeaders().get("Content-Length")).isEqualTo("0");
    assertBearer(hangup);
  }

  @Test
  void listSendsPageSizeAndTokenInOrder() throws Exception {
    server.enqueue(json("{\"result\":[]}"));
    server.enqueue(json("{\"result\":[]}"));

    bearer().groupcalls().list();
    bearer().groupcalls().list(GroupcallListParams.builder().pageSize(25).pageToken("2026-01-15 09:30:00.000000")
        .build());

    RecordedRequest first = take();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(first.getUrl().encodedPath()).isEqualTo("/v1.0/groupcalls");
    assertThat(first.getUrl().query()).isNull();
    RecordedRequest second = take();
    assertThat(second.getUrl().encodedQuery()).isEqualTo("page_size=25&page_token=2026-01-15%2009%3A30%3A00.000000");
    assertThat(second.getUrl().queryParameter("page_token")).isEqualTo("2026-01-15 09:30:00.000000");
  }

  @Test
  void accessKeyIsAQueryParameterOnEveryRequestAndNeverAHeader() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(VoipbinSpec.groupcallExample()));
    }
    server.enqueue(json("{\"result\":[]}"));
    GroupcallService groupcalls = accessKey().groupcalls();

    groupcalls.create(ringAll());
    groupcalls.get(ID);
    groupcalls.delete(ID);
    groupcalls.hangup(ID);
    groupcalls.getAsync(ID).get(5, TimeUnit.SECONDS);
    groupcalls.list(GroupcallListParams.builder().pageSize(10).build());

    for (int i = 0; i < 6; i++) {
      RecordedRequest r = take();
      assertThat(r.getUrl().queryParameterValues("accesskey")).containsExactly(ACCESS_KEY);
      assertThat(r.getHeaders().get("Authorization")).isNull();
      assertThat(r.getHeaders().toString()).doesNotContain(ACCESS_KEY);
      assertThat(body(r)).doesNotContain(ACCESS_KEY);
      if (i == 5) {
        assertThat(r.getUrl().queryParameterNames()).containsExactly("page_size", "accesskey");
      } else {
        assertThat(r.getUrl().queryParameterNames()).containsExactly("accesskey");
      }
    }
  }

  @Test
  void requestOptionsAddHeadersAndQueryParameters() throws Exception {
    server.enqueue(json(VoipbinSpec.groupcallExample()));
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t1").queryParameter("debug", "1").build();

    bearer().groupcalls().get(ID, options);

    RecordedRequest r = take();
    assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t1");
    assertThat(r.getUrl().queryParameter("debug")).isEqualTo("1");
  }

  // --- responses: the spec's examples ------------------------------------------------------------------------

  @Test
  void everyOperationParsesTheSpecsGroupcallExample() throws Exception {
    ObjectNode example = VoipbinSpec.groupcallExample();
    Groupcall expected = MAPPER.treeToValue(example, Groupcall.class);
    for (int i = 0; i < 10; i++) {
      server.enqueue(json(example));
    }
    GroupcallService groupcalls = bearer().groupcalls();

    List<Groupcall> results = List.of(groupcalls.create(ringAll()), groupcalls.get(ID), groupcalls.delete(ID),
        groupcalls.hangup(ID), groupcalls.createAsync(ringAll()).get(5, TimeUnit.SECONDS),
        groupcalls.getAsync(ID).get(5, TimeUnit.SECONDS), groupcalls.deleteAsync(ID).get(5, TimeUnit.SECONDS),
        groupcalls.hangupAsync(ID).get(5, TimeUnit.SECONDS));

    assertThat(results).allSatisfy(g -> assertThat(g).isEqualTo(expected));
    Groupcall g = results.get(0);
    assertThat(g.id()).contains(ID);
    assertThat(g.status()).contains(GroupcallStatus.PROGRESSING);
    assertThat(g.ringMethod()).contains(RingMethod.RING_ALL);
    assertThat(g.answerMethod()).contains(AnswerMethod.HANGUP_OTHERS);
    assertThat(g.source().flatMap(Address::target)).contains("+14155551234");
    assertThat(g.destinations()).hasSize(1);
    assertThat(g.callCount()).contains(2);
    assertThat(g.groupcallCount()).contains(1);
    assertThat(g.dialIndex()).contains(0);
    assertThat(g.tmCreate()).contains(Instant.parse("2026-01-15T09:30:00Z"));
    assertThat(g.tmDelete()).contains(Instant.parse("2026-01-15T09:30:00Z"));
    assertThat(g.additionalProperties()).isEmpty();
  }

  @Test
  void listParsesTheSpecsListResponse() throws Exception {
    ObjectNode page = MAPPER.createObjectNode();
    page.set("result", MAPPER.createArrayNode().add(VoipbinSpec.groupcallExample()));
    page.put("next_page_token", "");
    assertThat(VoipbinSpec.example(VoipbinSpec.responseSchema("/groupcalls", "get")).get("result"))
        .isEqualTo(page.get("result"));
    server.enqueue(json(page));
    server.enqueue(json(page));

    Page<Groupcall> sync = bearer().groupcalls().list();
    Page<Groupcall> async = bearer().groupcalls().listAsync(GroupcallListParams.defaults()).get(5, TimeUnit.SECONDS);

    Groupcall expected = MAPPER.treeToValue(VoipbinSpec.groupcallExample(), Groupcall.class);
    assertThat(sync.items()).containsExactly(expected);
    assertThat(async.items()).containsExactly(expected);
    assertThat(sync.hasNextPage()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aNullOrNonObjectBodyIsAnInvalidResponse() {
    server.enqueue(json("null"));
    server.enqueue(json("[1,2]"));
    server.enqueue(json("<html>"));

    assertThatThrownBy(() -> bearer().groupcalls().get(ID)).isInstanceOf(InvalidResponseException.class);
    assertThatThrownBy(() -> bearer().groupcalls().list()).isInstanceOf(InvalidResponseException.class);
    assertThatThrownBy(() -> bearer().groupcalls().hangup(ID)).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("voipbin groupcalls.hangup");
  }

  @Test
  void nullArgumentsFailFastAndAsyncFailsTheFuture() {
    GroupcallService groupcalls = bearer().groupcalls();
    assertThatThrownBy(() -> groupcalls.get(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> groupcalls.create(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> groupcalls.list(null)).isInstanceOf(NullPointerException.class);
    CompletableFuture<Groupcall> f = groupcalls.hangupAsync(null);
    assertThat(f).isCompletedExceptionally();
    assertThat(server.getRequestCount()).isZero();
  }

  // --- paging -------------------------------------------------------------------------------------------------

  private static String pageOf(int n, String token) {
    ObjectNode page = MAPPER.createObjectNode();
    var result = page.putArray("result");
    for (int i = 0; i < n; i++) {
      ObjectNode g = VoipbinSpec.groupcallExample();
      g.put("id", new UUID(7, token == null ? 1000 + i : token.hashCode() * 100L + i).toString());
      result.add(g);
    }
    if (token != null) {
      page.put("next_page_token", token);
    }
    return page.toString();
  }

  @Test
  void autoPagerFollowsTokensAndStopsAtAnEmptyTokenWithoutAnExtraRequest() throws Exception {
    server.enqueue(json(pageOf(2, "2026-01-15T09:30:02.000000Z")));
    server.enqueue(json(pageOf(2, "2026-01-15T09:30:04.000000Z")));
    server.enqueue(json(pageOf(1, "")));

    List<Groupcall> all = new ArrayList<>();
    bearer().groupcalls().list(GroupcallListParams.builder().pageSize(2).build()).autoPager().forEach(all::add);

    assertThat(all).hasSize(5);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(take().getUrl().encodedQuery()).isEqualTo("page_size=2");
    assertThat(take().getUrl().queryParameter("page_token")).isEqualTo("2026-01-15T09:30:02.000000Z");
    RecordedRequest third = take();
    assertThat(third.getUrl().queryParameter("page_size")).isEqualTo("2");
    assertThat(third.getUrl().queryParameter("page_token")).isEqualTo("2026-01-15T09:30:04.000000Z");
  }

  @Test
  void anAbsentTokenEndsPagingAndAnEmptyPageWithATokenStillAsksOnce() throws Exception {
    server.enqueue(json(pageOf(3, null)));
    Page<Groupcall> only = bearer().groupcalls().list();
    assertThat(only.hasNextPage()).isFalse();
    assertThat(only.autoPager().stream().count()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(json(pageOf(0, "t-1")));
    server.enqueue(json("{\"result\":[],\"next_page_token\":\"\"}"));
    assertThat(bearer().groupcalls().list().autoPager().stream().count()).isZero();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void nextPageReusesTheFirstCallsOptionsAndExposesTheToken() throws Exception {
    server.enqueue(json(pageOf(1, "tok-2")));
    server.enqueue(json(pageOf(1, null)));
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t9").build();

    Page<Groupcall> first = bearer().groupcalls().list(GroupcallListParams.defaults(), options);
    assertThat(((ListPage<?, ?>) first).nextPageQuery()).isPresent();
    Page<Groupcall> second = first.nextPage();

    assertThat(second.hasNextPage()).isFalse();
    take();
    RecordedRequest r = take();
    assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t9");
    assertThat(r.getUrl().encodedQuery()).isEqualTo("page_token=tok-2");
  }
}
