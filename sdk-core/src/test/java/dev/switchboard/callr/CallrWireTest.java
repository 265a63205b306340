package dev.switchboard.callr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.callr.AppCreateParams;
import dev.switchboard.models.callr.AppEditParams;
import dev.switchboard.models.callr.CallId;
import dev.switchboard.models.callr.CallsBroadcastParams;
import dev.switchboard.models.callr.CallsRealtimeParams;
import dev.switchboard.models.callr.CdrGetParams;
import dev.switchboard.models.callr.ClickToCallListParams;
import dev.switchboard.models.callr.ClickToCallStartParams;
import dev.switchboard.models.callr.Direction;
import dev.switchboard.models.callr.DidStoreQuoteParams;
import dev.switchboard.models.callr.DidStoreReserveParams;
import dev.switchboard.models.callr.MediaLibraryContentParams;
import dev.switchboard.models.callr.MediaTtsContentParams;
import dev.switchboard.models.callr.SearchOptions;
import dev.switchboard.models.callr.SmsGetListParams;
import dev.switchboard.models.callr.SmsSendParams;
import dev.switchboard.models.callr.SmsSettings;
import dev.switchboard.models.callr.Target;
import dev.switchboard.models.callr.WebhookOptions;
import dev.switchboard.models.callr.WebhookSubscribeParams;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the exact wire request of every typed method and reads its typed result from a canned response. */
class CallrWireTest {
  private static final ObjectMapper JSON = SwitchboardJson.mapper();
  private static final Instant T1 = Instant.parse("2025-01-02T03:04:05Z");
  private static final Instant T2 = Instant.parse("2025-01-03T00:00:00Z");
  private static final Target TARGET = Target.builder().number("+33612345678").timeout(30).build();
  private static final String TARGET_JSON = "{\"number\":\"+33612345678\",\"timeout\":30}";
  private static final String MODEL = "{\"hash\":\"H1\",\"extra\":1}";
  private static final String PAGE = "{\"has_more\":false,\"hits\":[{\"hash\":\"H1\"}],\"offset\":0,\"total\":1}";
  private static final String NO_SEARCH = "{}";

  @StartStop
  final MockWebServer server = new MockWebServer();
  private CallrClient client;

  @BeforeEach
  void setUp() {
    client = CallrClient.builder().apiKey("k3y").baseUrl(server.url("/json-rpc/v1.1/").toString())
        .clientOptions(ClientOptions.builder().sleeper(new FakeSleeper()).build()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** One typed method: how to call it, the expected method and params, a canned result and the expected value. */
  static Arguments row(String method, Function<CallrClient, Object> call, String params, String result,
      Function<Object, Object> view, Object expected) {
    return Arguments.of(method, call, params, result, view, expected);
  }

  static Arguments model(String method, Function<CallrClient, Object> call, String params) {
    return row(method, call, params, MODEL, r -> r.getClass().getSimpleName().startsWith("Immutable")
        && r.toString().contains("H1"), true);
  }

  static Arguments list(String method, Function<CallrClient, Object> call, String params) {
    return row(method, call, params, "[" + MODEL + "]", r -> ((Collection<?>) r).size(), 1);
  }

  static Arguments bool(String method, Function<CallrClient, Object> call, String params) {
    return row(method, call, params, "true", r -> r, true);
  }

  static Arguments page(String method, Function<CallrClient, Object> call, String params) {
    return row(method, call, params, PAGE, r -> ((Page<?>) r).items().size() + "/" + ((Page<?>) r).hasNextPage(),
        "1/false");
  }

  static Stream<Arguments> methods() {
    SmsSendParams send = SmsSendParams.builder().sender("SMS").recipient("+33612345678").text("Hello, world").build();
    String sendJson = "[\"SMS\",\"+33612345678\",\"Hello, world\",null]";
    CallsRealtimeParams rt = CallsRealtimeParams.builder().app("APP1").target(TARGET).build();
    CdrGetParams cdr = CdrGetParams.builder().since(T1).until(T2).number("+33612345678").build();
    DidStoreQuoteParams quote = DidStoreQuoteParams.builder().areaCodeId(42).didClass("GOLD").quantity(2).build();
    return Stream.of(
        row("sms.send", c -> c.sms().send(send), sendJson, "\"8242D945\"", r -> r, "8242D945"),
        model("sms.get", c -> c.sms().get("H1"), "[\"H1\"]"),
        page("sms.search", c -> c.sms().search(null, SearchOptions.builder().quantity(25).build()),
            "[null,{\"quantity\":25}]"),
        list("sms.get_list", c -> c.sms().getList(SmsGetListParams.builder().type(Direction.of("OUT")).since(T1)
            .until(T2).build()), "[\"OUT\",\"2025-01-02 03:04:05\",\"2025-01-03 00:00:00\"]"),
        model("sms.get_quote", c -> c.sms().getQuote(send), sendJson),
        row("sms.get_count_for_body", c -> deprecatedCount(c), "[\"Hi\"]", "2", r -> r, 2L),
        row("sms.get_gsm_charset_mapping", c -> c.sms().getGsmCharsetMapping(), "[]", "{\"é\":\"e\"}",
            r -> r, Map.of("é", "e")),
        row("sms.export_async", c -> c.sms().startExport(null, null), "[null,null]", "\"JOB1\"", r -> r, "JOB1"),
        row("sms.get_settings", c -> deprecatedGetSettings(c), "[]", "{\"push_dlr_enabled\":true}",
            r -> ((SmsSettings) r).pushDlrEnabled().orElseThrow(), true),
        row("sms.set_settings", c -> deprecatedSetSettings(c), "[{\"push_mo_enabled\":false}]",
            "{\"push_mo_enabled\":false}", r -> ((SmsSettings) r).pushMoEnabled().orElseThrow(), false),
        row("calls.broadcast_1", c -> c.calls().broadcast(CallsBroadcastParams.builder().target(TARGET)
            .addMessages(131, "TTS|TTS_EN-GB_SERENA|Hello").build()),
            "[" + TARGET_JSON + ",[131,\"TTS|TTS_EN-GB_SERENA|Hello\"],null]", "\"REQ1\"", r -> r, "REQ1"),
        row("calls.get_status_1", c -> c.calls().getStatus("REQ1"), "[\"REQ1\"]", "\"DONE\"", r -> r, "DONE"),
        row("calls.realtime", c -> c.calls().realtime(rt), "[\"APP1\"," + TARGET_JSON + ",null]",
            "18446744073709551615", Object::toString, "18446744073709551615"),
        bool("calls.realtime_break", c -> c.calls().realtimeBreak(CallId.of(7)), "[7,{}]"),
        bool("calls.hangup", c -> c.calls().hangup(CallId.of("18446744073709551615")),
            "[18446744073709551615,{}]"),
        row("dialr/call.realtime", c -> c.calls().dialrRealtime(rt), "[\"APP1\"," + TARGET_JSON + ",null]",
            "12", Object::toString, "12"),
        row("clicktocall/calls.start_2", c -> c.clickToCall().start(ClickToCallStartParams.builder().app("C2C")
            .addATargets(TARGET).addBTargets(TARGET).build()),
            "[\"C2C\",[" + TARGET_JSON + "],[" + TARGET_JSON + "],null]", "\"CALL1\"", r -> r, "CALL1"),
        bool("clicktocall/calls.cancel", c -> c.clickToCall().cancel("CALL1"), "[\"CALL1\"]"),
        model("clicktocall/calls.get_status", c -> c.clickToCall().getStatus("CALL1"), "[\"CALL1\"]"),
        list("clicktocall/calls.get_list", c -> c.clickToCall().getList(ClickToCallListParams.builder().app("C2C")
            .since(T1).until(T2).build()), "[\"C2C\",\"2025-01-02 03:04:05\",\"2025-01-03 00:00:00\"]"),
        model("apps.create", c -> c.apps().create(AppCreateParams.builder().appPackage("REALTIME10").name("rt")
            .params(Map.of("url", "https://example.com/rt")).build()),
            "[\"REALTIME10\",\"rt\",{\"url\":\"https://example.com/rt\"}]"),
        model("apps.edit", c -> c.apps().edit(AppEditParams.builder().hash("A1").name("n").build()),
            "[\"A1\",\"n\",{}]"),
        model("apps.get", c -> c.apps().get("A1"), "[\"A1\"]"),
        bool("apps.delete", c -> c.apps().delete("A1"), "[\"A1\"]"),
        list("apps.get_list", c -> c.apps().getList(true), "[true]"),
        page("apps.search", c -> c.apps().search(null, null), "[null,{}]"),
        bool("apps.assign_did", c -> c.apps().assignDid("A1", "D1"), "[\"A1\",\"D1\"]"),
        bool("apps.remove_did", c -> c.apps().removeDid("D1"), "[\"D1\"]"),
        list("apps.get_dids", c -> c.apps().getDids(false), "[false]"),
        list("apps.get_authorized_clis", c -> c.apps().getAuthorizedClis("NUMBER"), "[\"NUMBER\"]"),
        page("did.search", c -> c.did().search(null, SearchOptions.builder().offset(0).quantity(10).build()),
            "[null,{\"offset\":0,\"quantity\":10}]"),
        list("did/areacode.countries", c -> c.didAreaCodes().countries(), "[]"),
        list("did/areacode.get_list", c -> c.didAreaCodes().getList("FR", null), "[\"FR\",null]"),
        list("did/areacode.types", c -> c.didAreaCodes().types("FR"), "[\"FR\"]"),
        model("did/store.get_quote", c -> c.didStore().getQuote(quote), "[42,\"GOLD\",2]"),
        model("did/store.reserve", c -> c.didStore().reserve(DidStoreReserveParams.builder().areaCodeId(42)
            .build()), "[42,\"CLASSIC\",1,\"RANDOM\"]"),
        model("did/store.view_order", c -> c.didStore().viewOrder("TOK"), "[\"TOK\"]"),
        model("did/store.buy_order", c -> c.didStore().buyOrder("TOK"), "[\"TOK\"]"),
        bool("did/store.cancel_order", c -> c.didStore().cancelOrder("TOK"), "[\"TOK\"]"),
        bool("did/store.cancel_subscription", c -> c.didStore().cancelSubscription("D1"), "[\"D1\"]"),
        model("did/store.get_quota_status", c -> c.didStore().getQuotaStatus(), "[]"),
        row("media.import_file_from_base64_async", c -> c.media().importFileFromBase64("AAAA", null),
            "[\"AAAA\",null]", "\"JOB2\"", r -> r, "JOB2"),
        row("media/library.create", c -> c.mediaLibrary().create("hello"), "[\"hello\"]", "131", r -> r, 131L),
        model("media/library.get", c -> c.mediaLibrary().get(131), "[131]"),
        row("media/library.get_list", c -> c.mediaLibrary().getList(List.of("MUSIC")), "[[\"MUSIC\"]]",
            "{\"131\":{\"id\":131},\"132\":{\"id\":132}}", r -> ((Collection<?>) r).size(), 2),
        model("media/library.get_phone_id", c -> c.mediaLibrary().getPhoneId(131, "FR"), "[131,\"FR\"]"),
        bool("media/library.set_name", c -> c.mediaLibrary().setName(131, "n"), "[131,\"n\"]"),
        bool("media/library.set_tags", c -> c.mediaLibrary().setTags(131, Map.of("k", List.of("v"))),
            "[131,{\"k\":[\"v\"]}]"),
        bool("media/library.set_content", c -> c.mediaLibrary().setContent(MediaLibraryContentParams.builder()
            .id(131L).text("t").base64Audio("AAAA").build()), "[131,\"t\",\"AAAA\"]"),
        bool("media/library.set_content_from_recording", c -> c.mediaLibrary().setContentFromRecording(131, "R1"),
            "[131,\"R1\"]"),
        bool("media/library.set_content_from_file", c -> c.mediaLibrary().setContentFromFile(131, "f.wav"),
            "[131,\"f.wav\"]"),
        bool("media/library.delete", c -> c.mediaLibrary().delete(131), "[131]"),
        bool("media/tts.set_content", c -> c.mediaTts().setContent(MediaTtsContentParams.builder().id(131L)
            .text("Hi").voice("TTS_EN-GB_SERENA").build()), "[131,\"Hi\",\"TTS_EN-GB_SERENA\",null]"),
        row("media/tts.get_voice_list", c -> c.mediaTts().getVoiceList(), "[]", "[\"TTS_EN-GB_SERENA\"]",
            r -> r, List.of("TTS_EN-GB_SERENA")),
        list("media/email.get_templates", c -> c.mediaEmail().getTemplates("RECORD"), "[\"RECORD\"]"),
        model("media/recording.get", c -> c.mediaRecordings().get("R1"), "[\"R1\"]"),
        page("media/recording.search", c -> c.mediaRecordings().search(null, null), "[null,{}]"),
        model("media/recording.delete", c -> c.mediaRecordings().delete(List.of("R1")), "[[\"R1\"]]"),
        model("media/recording.set_read", c -> c.mediaRecordings().setRead(List.of("R1"), true), "[[\"R1\"],true]"),
        model("media/recording.get_overview", c -> c.mediaRecordings().getOverview(), "[]"),
        list("cdr.get", c -> c.cdr().inbound(cdr),
            "[\"IN\",\"2025-01-02 03:04:05\",\"2025-01-03 00:00:00\",null,\"+33612345678\"]"),
        list("cdr.get", c -> c.cdr().outbound(cdr),
            "[\"OUT\",\"2025-01-02 03:04:05\",\"2025-01-03 00:00:00\",null,\"+33612345678\"]"),
        row("billing.get_prepaid_credit", c -> c.billing().getPrepaidCredit(), "[]", "\"100.00\"", r -> r,
            new BigDecimal("100.00")),
        row("list.countries", c -> c.lists().countries(), "[]", "{\"FR\":{\"country_code\":\"FR\"}}",
            r -> ((Collection<?>) r).size(), 1),
        row("list.timezones", c -> c.lists().timezones(), "[]", "[{\"id\":1},{\"id\":2}]",
            r -> ((Collection<?>) r).size(), 2),
        model("list.number_infos", c -> c.lists().numberInfos("+33612345678"), "[\"+33612345678\"]"),
        row("system.get_timestamp", c -> c.system().getTimestamp(), "[]", "1735562976", r -> r,
            Instant.ofEpochSecond(1735562976)),
        model("jobs.get", c -> c.jobs().get("JOB1"), "[\"JOB1\"]"),
        row("api-key.create", c -> c.apiKeys().create("ci"), "[\"ci\"]", "{\"id\":3,\"name\":\"ci\",\"token\":\"ab\"}",
            r -> r.toString().contains("id=3") && r.toString().contains("token="), true),
        list("api-key.all", c -> c.apiKeys().all(), "[]"),
        bool("api-key.delete", c -> c.apiKeys().delete(3), "[3]"),
        model("session.create", c -> c.sessions().create(), "[]"),
        list("session.all", c -> c.sessions().all(), "[]"),
        model("session.refresh", c -> c.sessions().refresh("RT"), "[\"RT\"]"),
        bool("session.delete", c -> c.sessions().delete(), "[]"),
        model("webhooks.subscribe", c -> c.webhooks().subscribe(WebhookSubscribeParams.builder()
            .type("sms.mt.status_update").endpoint("http://127.0.0.1:9/hook")
            .options(WebhookOptions.builder().hmacSecret("s3cr3t-value").build()).build()),
            "[\"sms.mt.status_update\",\"http://127.0.0.1:9/hook\",{\"hmac_secret\":\"s3cr3t-value\"}]"),
        bool("webhooks.unsubscribe", c -> c.webhooks().unsubscribe("W1"), "[\"W1\"]"),
        row("webhooks.get_event_types", c -> c.webhooks().getEventTypes(), "[]", "[\"sms.mo\"]", r -> r,
            List.of("sms.mo")),
        model("webhooks.get", c -> c.webhooks().get("W1"), "[\"W1\"]"),
        list("webhooks.get_list", c -> c.webhooks().getList(), "[]"));
  }

  @SuppressWarnings("deprecation")
  private static Object deprecatedCount(CallrClient c) {
    return c.sms().getCountForBody("Hi");
  }

  @SuppressWarnings("deprecation")
  private static Object deprecatedGetSettings(CallrClient c) {
    return c.sms().getSettings();
  }

  @SuppressWarnings("deprecation")
  private static Object deprecatedSetSettings(CallrClient c) {
    return c.sms().setSettings(SmsSettings.builder().pushMoEnabled(false).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void pinsWireRequestAndReadsTypedResult(String method, Function<CallrClient, Object> call, String params,
      String result, Function<Object, Object> view, Object expected) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json-rpc")
        .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + result + "}").build());

    Object value = call.apply(client);

    assertThat(view.apply(value)).isEqualTo(expected);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/json-rpc/v1.1/");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json-rpc; charset=utf-8");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Api-Key k3y");
    JsonNode body = JSON.readTree(request.getBody().utf8());
    assertThat(body.get("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(body.get("id").isIntegralNumber()).isTrue();
    assertThat(body.get("method").asText()).isEqualTo(method);
    assertThat(body.get("params")).isEqualTo(JSON.readTree(params));
    assertThat(body.size()).isEqualTo(4);
  }

  static Stream<Arguments> asyncMethods() {
    SmsSendParams send = SmsSendParams.builder().sender("SMS").recipient("+33612345678").text("Hello, world").build();
    Function<CallrClient, CompletableFuture<?>> sendAsync = c -> c.sms().sendAsync(send);
    Function<CallrClient, CompletableFuture<?>> getAsync = c -> c.sms().getAsync("H1");
    Function<CallrClient, CompletableFuture<?>> searchAsync =
        c -> c.sms().searchAsync(null, SearchOptions.builder().quantity(25).build());
    Function<CallrClient, CompletableFuture<?>> quoteAsync = c -> c.didStore().getQuoteAsync(
        DidStoreQuoteParams.builder().areaCodeId(42).didClass("GOLD").quantity(2).build());
    return Stream.of(
        Arguments.of("sms.send", sendAsync, "[\"SMS\",\"+33612345678\",\"Hello, world\",null]", "\"8242D945\""),
        Arguments.of("sms.get", getAsync, "[\"H1\"]", "{\"hash\":\"H1\"}"),
        Arguments.of("sms.search", searchAsync, "[null,{\"quantity\":25}]",
            "{\"has_more\":false,\"hits\":[],\"offset\":0,\"total\":0}"),
        Arguments.of("did/store.get_quote", quoteAsync, "[42,\"GOLD\",2]", "{\"available\":3}"));
  }

  /** Every async twin shares its sync method's descriptor and parameter code; these pin a representative few. */
  @ParameterizedTest(name = "{0} async")
  @MethodSource("asyncMethods")
  void asyncVariantSendsTheSameRequest(String method, Function<CallrClient, CompletableFuture<?>> call,
      String params, String result) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200)
        .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + result + "}").build());

    Object value = call.apply(client).get(10, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(value).isNotNull();
    JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
    assertThat(body.get("method").asText()).isEqualTo(method);
    assertThat(body.get("params")).isEqualTo(JSON.readTree(params));
  }

  /** Every service method has an {@code ...Async} twin taking the same parameters. */
  @org.junit.jupiter.api.Test
  void everyServiceMethodHasAnAsyncTwin() throws Exception {
    java.util.List<String> missing = new java.util.ArrayList<>();
    int checked = 0;
    for (java.lang.reflect.Method accessor : CallrClient.class.getMethods()) {
      Class<?> service = accessor.getReturnType();
      if (!service.isInterface() || !service.getPackageName().equals("dev.switchboard.callr")) {
        continue;
      }
      for (java.lang.reflect.Method m : service.getMethods()) {
        if (m.getName().endsWith("Async") || m.isDefault() && hasTwinWithOptions(service, m)) {
          continue;
        }
        checked++;
        try {
          java.lang.reflect.Method twin = service.getMethod(m.getName() + "Async", m.getParameterTypes());
          assertThat(twin.getReturnType()).isEqualTo(CompletableFuture.class);
        } catch (NoSuchMethodException e) {
          missing.add(service.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertThat(checked).isGreaterThan(70);
    assertThat(missing).isEmpty();
  }

  private static boolean hasTwinWithOptions(Class<?> service, java.lang.reflect.Method m) {
    Class<?>[] types = java.util.Arrays.copyOf(m.getParameterTypes(), m.getParameterCount() + 1);
    types[types.length - 1] = dev.switchboard.core.RequestOptions.class;
    try {
      service.getMethod(m.getName(), types);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
