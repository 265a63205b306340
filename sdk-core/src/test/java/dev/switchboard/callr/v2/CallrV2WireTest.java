package dev.switchboard.callr.v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.models.callr.v2.ActionCreateRequest;
import dev.switchboard.models.callr.v2.ActionRun;
import dev.switchboard.models.callr.v2.ActionRunRequest;
import dev.switchboard.models.callr.v2.ActionSearchParams;
import dev.switchboard.models.callr.v2.ActionSort;
import dev.switchboard.models.callr.v2.ActionUpdateRequest;
import dev.switchboard.models.callr.v2.AudioFile;
import dev.switchboard.models.callr.v2.AudioFileCreateRequest;
import dev.switchboard.models.callr.v2.AudioFileSearchParams;
import dev.switchboard.models.callr.v2.AudioFileStatus;
import dev.switchboard.models.callr.v2.AudioFileUpload;
import dev.switchboard.models.callr.v2.AudioMimeType;
import dev.switchboard.models.callr.v2.CallrAction;
import dev.switchboard.models.callr.v2.CallsExportRequest;
import dev.switchboard.models.callr.v2.NumberClass;
import dev.switchboard.models.callr.v2.NumberReserveRequest;
import dev.switchboard.models.callr.v2.NumberSearchParams;
import dev.switchboard.models.callr.v2.NumberUpdateRequest;
import dev.switchboard.models.callr.v2.OwnedNumber;
import dev.switchboard.models.callr.v2.Ping;
import dev.switchboard.models.callr.v2.SmsMessage;
import dev.switchboard.models.callr.v2.SmsMessageStatus;
import dev.switchboard.models.callr.v2.SmsSearchParams;
import dev.switchboard.models.callr.v2.SmsSendRequest;
import dev.switchboard.models.callr.v2.SortOrder;
import dev.switchboard.models.callr.v2.StoreEntry;
import dev.switchboard.models.callr.v2.StoreQuery;
import dev.switchboard.models.callr.v2.Task;
import dev.switchboard.models.callr.v2.TextEncoding;
import dev.switchboard.models.callr.v2.TrafficDirection;
import dev.switchboard.models.callr.v2.TrafficType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Every v2 operation pinned on the wire (method, path, query, headers, body) and its typed result. */
class CallrV2WireTest extends V2TestSupport {

  @Test
  void ping() throws Exception {
    server.enqueue(json("{\"pong\":\"pong\",\"time\":\"2024-04-24T12:00:42.000Z\"}"));
    Ping ping = client().system().ping();
    assertWire(take(), "GET", "/ping", null);
    assertThat(ping.pong()).contains("pong");
    assertThat(ping.time()).contains(Instant.parse("2024-04-24T12:00:42Z"));
  }

  @Test
  void actionsSearchSendsFiltersAndReadsTheEnvelope() throws Exception {
    server.enqueue(json("{\"offset\":20,\"total\":21,\"hasMore\":false,\"hits\":[" + ACTION + "]}"));
    V2SearchPage<CallrAction> page = client().actions().search(ActionSearchParams.builder().name("Call")
        .sort(ActionSort.NAME).order(SortOrder.ASC).offset(20).limit(20).build());
    assertWire(take(), "GET", "/actions", "name=Call&sort=name&order=asc&offset=20&limit=20");
    assertThat(page.total()).hasValue(21);
    assertThat(page.offset()).isEqualTo(20);
    assertThat(page.hasNextPage()).isFalse();
    CallrAction a = page.items().get(0);
    assertThat(a.sid()).contains("callrsid");
    assertThat(a.numbers().get(0).numberClass()).contains(NumberClass.CLASSIC);
    assertThat(a.numbers().get(0).assigned()).contains(Instant.parse("2024-04-24T17:42:28Z"));
    assertThat(a.updated()).contains(Instant.parse("2024-04-24T12:00:42Z"));
  }

  @Test
  void actionsCreateGetUpdateDelete() throws Exception {
    server.enqueue(json(201, ACTION));
    server.enqueue(json(ACTION));
    server.enqueue(json(ACTION));
    server.enqueue(empty(204));
    V2ActionsService actions = client().actions();

    CallrAction created = actions.create(ActionCreateRequest.builder().name("Call Forwarding")
        .script("defaults: {}").format("yaml").build());
    RecordedRequest r = take();
    assertWire(r, "POST", "/actions", null);
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(body(r)).isEqualTo("{\"name\":\"Call Forwarding\",\"script\":\"defaults: {}\",\"format\":\"yaml\"}");
    assertThat(created.name()).contains("Call Forwarding");

    assertThat(actions.get("callrsid").sid()).contains("callrsid");
    assertWire(take(), "GET", "/actions/callrsid", null);

    actions.update("callrsid", ActionUpdateRequest.builder().name("Renamed").build());
    r = take();
    assertWire(r, "PATCH", "/actions/callrsid", null);
    assertThat(body(r)).isEqualTo("{\"name\":\"Renamed\"}");

    actions.delete("callrsid");
    assertWire(take(), "DELETE", "/actions/callrsid", null);
  }

  @Test
  void actionsRunPostsTheFreeFormBodyAndKeepsTheResult() throws Exception {
    server.enqueue(json(202, "{\"id\":\"api:42\",\"status\":\"started\",\"extra\":true}"));
    ActionRun run = client().actions().run("callrsid", ActionRunRequest.builder().put("to", "+33612345678").build());
    RecordedRequest r = take();
    assertWire(r, "POST", "/actions/callrsid/runs", null);
    assertThat(body(r)).isEqualTo("{\"to\":\"+33612345678\"}");
    assertThat(run.id()).contains("api:42");
    assertThat(run.additionalProperties()).containsKey("extra");
  }

  @Test
  void actionsAssignAndUnassignANumberPercentEncodeIt() throws Exception {
    server.enqueue(empty(204));
    server.enqueue(empty(204));
    client().actions().assignNumber("callrsid", "+33199001020");
    assertWire(take(), "PUT", "/actions/callrsid/numbers/%2B33199001020", null);
    client().actions().unassignNumber("callrsid", "+33199001020");
    assertWire(take(), "DELETE", "/actions/callrsid/numbers/%2B33199001020", null);
  }

  @Test
  void numbersOperations() throws Exception {
    String number = "{\"e164\":\"+33199001020\",\"class\":\"gold\",\"type\":\"toll-free\",\"country\":\"FR\",\"nrc\":\"1.00\"}";
    server.enqueue(json("{\"offset\":0,\"total\":1,\"hasMore\":false,\"hits\":[" + number + "]}"));
    server.enqueue(json(number));
    server.enqueue(json(number));
    server.enqueue(empty(204));
    server.enqueue(empty(204));
    server.enqueue(empty(204));
    V2NumbersService numbers = client().numbers();

    OwnedNumber n = numbers.search(NumberSearchParams.builder().limit(5).putExtraParameters("country", "FR").build())
        .items().get(0);
    assertWire(take(), "GET", "/numbers", "limit=5&country=FR");
    assertThat(n.type().orElseThrow().isKnown()).isFalse();
    assertThat(n.type().orElseThrow().raw()).isEqualTo("toll-free");
    assertThat(n.additionalProperties()).containsKey("nrc");

    assertThat(numbers.get("+33199001020").e164()).contains("+33199001020");
    assertWire(take(), "GET", "/numbers/%2B33199001020", null);
    numbers.update("+33199001020", NumberUpdateRequest.builder().put("scenario", "callrsid").build());
    RecordedRequest r = take();
    assertWire(r, "PATCH", "/numbers/%2B33199001020", null);
    assertThat(body(r)).isEqualTo("{\"scenario\":\"callrsid\"}");
    numbers.cancel("+33199001020");
    assertWire(take(), "DELETE", "/numbers/%2B33199001020", null);
    numbers.assignScenario("+33199001020", "callrsid");
    assertWire(take(), "PUT", "/numbers/%2B33199001020/scenario/callrsid", null);
    numbers.unassignScenario("+33199001020", "callrsid");
    assertWire(take(), "DELETE", "/numbers/%2B33199001020/scenario/callrsid", null);
  }

  @Test
  void numberStoreOperations() throws Exception {
    server.enqueue(json("[{\"country\":\"FR\"}]"));
    server.enqueue(json("{\"offset\":0,\"total\":1,\"hasMore\":false,\"hits\":[{\"type\":\"geographic\"}]}"));
    server.enqueue(json("[{\"prefix\":\"+331\",\"area\":\"paris\"}]"));
    server.enqueue(json(201, "{\"token\":\"1DRXUfFGXfHiriY0hWBmsq6QKMk8mwmahNQOyYqM\",\"numbers\":[\"+33199001020\"]}"));
    server.enqueue(json("{\"status\":\"bought\"}"));
    server.enqueue(empty(204));
    V2NumberStoreService store = client().numberStore();

    List<StoreEntry> countries = store.countries();
    assertWire(take(), "GET", "/numbers/store/countries", null);
    assertThat(countries.get(0).additionalProperties().get("country").asText()).isEqualTo("FR");
    assertThat(store.types(StoreQuery.builder().country("FR").build())).hasSize(1);
    assertWire(take(), "GET", "/numbers/store/types", "country=FR");
    assertThat(store.prefixes(StoreQuery.builder().country("FR").build())).hasSize(1);
    assertWire(take(), "GET", "/numbers/store/prefixes", "country=FR");

    String token = store.reserve(NumberReserveRequest.builder().prefix("+33").area("paris")
        .putExtraParameters("quantity", "1").build()).token().orElseThrow();
    RecordedRequest r = take();
    assertWire(r, "POST", "/numbers/store", "prefix=%2B33&area=paris&quantity=1");
    assertThat(body(r)).isEmpty();
    assertThat(store.buy(token).additionalProperties().get("status").asText()).isEqualTo("bought");
    assertWire(take(), "POST", "/numbers/store/" + token, null);
    store.cancelOrder(token);
    assertWire(take(), "DELETE", "/numbers/store/" + token, null);
  }

  @Test
  void smsSendPutsParametersInTheQueryAndTheTextInTheBody() throws Exception {
    server.enqueue(json(201, SMS));
    SmsMessage sms = client().sms().send(SmsSendRequest.builder().to("+33612345678").sender("SMS")
        .encoding(TextEncoding.GSM).trafficType(TrafficType.ALERTING).text("Hello").build());
    RecordedRequest r = take();
    assertWire(r, "POST", "/sms", "to=%2B33612345678&from=SMS&encoding=gsm&trafficType=alerting");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(body(r)).isEqualTo("{\"text\":\"Hello\"}");
    assertThat(sms.sid()).contains("abcdef12");
    assertThat(sms.status()).contains(SmsMessageStatus.CREATED);
    assertThat(sms.billingDebit()).contains(new BigDecimal("1.00"));
    assertThat(sms.deliveredAt()).isEmpty();
    assertThat(sms.additionalProperties()).containsKey("futureField");
    assertThat(sms.toString()).doesNotContain("Hello");
  }

  @Test
  void smsSearchAndGet() throws Exception {
    server.enqueue(json("{\"offset\":0,\"total\":1,\"hasMore\":false,\"hits\":[" + SMS + "]}"));
    server.enqueue(json(SMS));
    V2SearchPage<SmsMessage> page = client().sms().search(SmsSearchParams.builder()
        .direction(TrafficDirection.OUTBOUND).status(SmsMessageStatus.REMOTE_QUEUED).to("+33612345678")
        .limit(100).build());
    assertWire(take(), "GET", "/sms", "direction=outbound&to=%2B33612345678&status=remote-queued&limit=100");
    assertThat(page.items()).extracting(s -> s.sid().orElseThrow()).containsExactly("abcdef12");
    assertThat(client().sms().get("abcdef12").bodyText()).contains("Hello");
    assertWire(take(), "GET", "/sms/abcdef12", null);
  }

  @Test
  void callsExportAndTasks() throws Exception {
    server.enqueue(json(202, "{\"taskid\":\"t-123\",\"status\":\"pending\"}"));
    server.enqueue(json("{\"taskid\":\"t-123\",\"status\":\"done\",\"result\":{\"url\":\"https://x\"}}"));
    server.enqueue(empty(204));
    Task task = client().calls().export(CallsExportRequest.builder().direction(TrafficDirection.INBOUND)
        .since(Instant.parse("2026-11-01T00:00:00Z")).until(Instant.parse("2026-12-01T00:00:00Z")).build());
    assertWire(take(), "POST", "/calls/export",
        "direction=inbound&from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z");
    assertThat(task.taskId()).contains("t-123");
    assertThat(client().tasks().get("t-123").status()).contains("done");
    assertWire(take(), "GET", "/tasks/t-123", null);
    client().tasks().cancel("t-123");
    assertWire(take(), "DELETE", "/tasks/t-123", null);
  }

  @Test
  void audioFilesJsonOperations() throws Exception {
    String file = "{\"sid\":\"audio001\",\"name\":\"welcome\",\"status\":\"pending-content\"}";
    server.enqueue(json("{\"offset\":0,\"total\":1,\"hasMore\":false,\"hits\":[" + file + "]}"));
    server.enqueue(json(201, file));
    server.enqueue(json(file));
    server.enqueue(json("{\"phoneNumber\":\"+33100000000\",\"code\":\"1234\"}"));
    server.enqueue(empty(204));
    V2AudioFilesService audio = client().audioFiles();

    assertThat(audio.search(AudioFileSearchParams.builder().status(AudioFileStatus.READY).build()).items())
        .hasSize(1);
    assertWire(take(), "GET", "/audio-files", "status=ready");
    AudioFile created = audio.create(AudioFileCreateRequest.builder().name("welcome").build());
    RecordedRequest r = take();
    assertWire(r, "POST", "/audio-files", null);
    assertThat(body(r)).isEqualTo("{\"name\":\"welcome\"}");
    assertThat(created.status()).contains(AudioFileStatus.PENDING_CONTENT);
    assertThat(audio.get("audio001").name()).contains("welcome");
    assertWire(take(), "GET", "/audio-files/audio001", null);
    assertThat(audio.phoneId("audio001").additionalProperties().get("code").asText()).isEqualTo("1234");
    assertWire(take(), "PUT", "/audio-files/audio001/phone-id", null);
    audio.delete("audio001");
    assertWire(take(), "DELETE", "/audio-files/audio001", null);
  }

  @Test
  void audioFilesUpdatePatchesTheName() throws Exception {
    server.enqueue(json("{\"sid\":\"audio001\",\"name\":\"renamed\",\"status\":\"ready\"}"));
    AudioFile renamed = client().audioFiles().update("audio001",
        dev.switchboard.models.callr.v2.AudioFileUpdateRequest.builder().name("renamed").build());
    RecordedRequest r = take();
    assertWire(r, "PATCH", "/audio-files/audio001", null);
    assertThat(body(r)).isEqualTo("{\"name\":\"renamed\"}");
    assertThat(renamed.name()).contains("renamed");
  }

  @Test
  void audioFilesUploadsAreMultipart() throws Exception {
    String file = "{\"sid\":\"audio001\",\"name\":\"welcome\",\"status\":\"pending-conversion\"}";
    server.enqueue(json(201, file));
    server.enqueue(json(file));
    AudioFileUpload upload = AudioFileUpload.builder().name("welcome").fileName("welcome.mp3")
        .mediaType(AudioMimeType.MPEG).content("ID3-bytes".getBytes(StandardCharsets.UTF_8)).build();

    AudioFile created = client().audioFiles().upload(upload);
    RecordedRequest r = take();
    assertWire(r, "POST", "/audio-files", null);
    assertThat(r.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(body(r)).contains("Content-Disposition: form-data; name=\"name\"", "welcome",
        "Content-Disposition: form-data; name=\"file\"; filename=\"welcome.mp3\"", "Content-Type: audio/mpeg",
        "ID3-bytes");
    assertThat(created.status()).contains(AudioFileStatus.PENDING_CONVERSION);

    client().audioFiles().setContent("audio001", upload);
    r = take();
    assertWire(r, "POST", "/audio-files/audio001/file", null);
    assertThat(body(r)).contains("name=\"file\"; filename=\"welcome.mp3\"").doesNotContain("name=\"name\"");
    assertThat(upload.toString()).doesNotContain("ID3");
  }

  @Test
  void billing() throws Exception {
    server.enqueue(json("{\"amount\":\"12.50\",\"currency\":\"EUR\"}"));
    server.enqueue(json("[{\"label\":\"FR-GEOGRAPHIC-CLASSIC\",\"price\":\"0.0150\"}]"));
    assertThat(client().billing().credit().additionalProperties().get("currency").asText()).isEqualTo("EUR");
    assertWire(take(), "GET", "/billing/credit", null);
    assertThat(client().billing().destinations()).hasSize(1);
    assertWire(take(), "GET", "/billing/destinations", null);
  }

  @Test
  void asyncFormsUseTheSamePath() throws Exception {
    server.enqueue(json(SMS));
    SmsMessage sms = client().sms().getAsync("abcdef12").get();
    assertWire(take(), "GET", "/sms/abcdef12", null);
    assertThat(sms.sid()).contains("abcdef12");
  }

  @Test
  void everyEndpointIsPinnedAndRetrySafetyIsDeclared() {
    assertThat(V2Endpoint.values()).hasSize(37);
    assertThat(List.of(V2Endpoint.SMS_SEND, V2Endpoint.ACTIONS_RUN, V2Endpoint.STORE_RESERVE, V2Endpoint.STORE_BUY))
        .noneMatch(V2Endpoint::idempotent);
    assertThat(V2Endpoint.values()).filteredOn(e -> e.method().equals("GET") || e.method().equals("DELETE"))
        .allMatch(V2Endpoint::idempotent);
  }
}
