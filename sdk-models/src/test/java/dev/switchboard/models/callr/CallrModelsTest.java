package dev.switchboard.models.callr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.models.ModelCatalog;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Behaviour of the CALLR models: leniency, codecs, secrets, validation, documented polymorphism. */
class CallrModelsTest {
  @Test
  void unknownFieldsRoundTrip() {
    String json = "{\"hash\":\"H\",\"third_party\":{\"a\":[1,2]},\"pricing\":\"x\",\"assigned_at\":null}";
    Did did = CallrSpec.read(json, Did.class);
    assertThat(did.hash()).contains("H");
    assertThat(did.additionalProperties()).containsKeys("third_party", "pricing", "assigned_at");
    assertThat(CallrSpec.reencode(did)).isEqualTo(CallrSpec.tree(json));
  }

  @Test
  void oddShapesAreKeptAndReencoded() {
    String json = "{\"status\":{\"code\":\"SENT\"},\"date_creation\":\"not a date\",\"parts\":\"many\","
        + "\"b_customer_debit\":[1],\"options\":\"none\",\"hash\":\"H\"}";
    Sms sms = CallrSpec.read(json, Sms.class);
    assertThat(sms.status()).isEmpty();
    assertThat(sms.dateCreation()).isEmpty();
    assertThat(sms.parts()).isEmpty();
    assertThat(sms.bCustomerDebit()).isEmpty();
    assertThat(sms.options()).isEmpty();
    assertThat(sms.hash()).contains("H");
    assertThat(sms.additionalProperties()).containsKeys("status", "date_creation", "parts", "b_customer_debit", "options");
    assertThat(CallrSpec.reencode(sms)).isEqualTo(CallrSpec.tree(json));
  }

  @Test
  void oddShapeOfAnArrayIsKept() {
    String json = "{\"emails\":\"a@b.c\",\"addresses\":[]}";
    SubAccountParamsBilling billing = CallrSpec.read(json, SubAccountParamsBilling.class);
    assertThat(billing.emails()).isEmpty();
    assertThat(billing.addresses()).contains(List.of());
    assertThat(CallrSpec.reencode(billing)).isEqualTo(CallrSpec.tree(json));
    assertThat(CallrSpec.reencode(CallrSpec.read("{}", SubAccountParamsBilling.class))).isEqualTo(CallrSpec.tree("{}"));
  }

  @Test
  void callrTimestampLayouts() {
    Instant at = Instant.parse("2024-04-24T00:42:42.123Z");
    Webhook hook = CallrSpec.read("{\"created_at\":\"2024-04-24 00:42:42.123\"}", Webhook.class);
    assertThat(hook.createdAt()).contains(at);
    assertThat(CallrSpec.reencode(hook).get("created_at").asText()).isEqualTo("2024-04-24 00:42:42.123");

    Sms sms = CallrSpec.read("{\"date_creation\":\"2024-04-24 00:42:42\"}", Sms.class);
    assertThat(sms.dateCreation()).contains(Instant.parse("2024-04-24T00:42:42Z"));
    assertThat(CallrSpec.reencode(sms).get("date_creation").asText()).isEqualTo("2024-04-24 00:42:42");

    WebhookEvent z = CallrSpec.read("{\"event_at\":\"2024-04-24T00:42:42.123Z\"}", WebhookEvent.class);
    WebhookEvent offset = CallrSpec.read("{\"event_at\":\"2024-04-24T00:42:42.123+00:00\"}", WebhookEvent.class);
    assertThat(z.eventAt()).contains(at);
    assertThat(offset.eventAt()).contains(at);
    assertThat(CallrSpec.reencode(offset).get("event_at").asText()).isEqualTo("2024-04-24T00:42:42.123Z");
  }

  @Test
  void callidBeyondLongRoundTripsExactly() {
    String json = "{\"callid\":18446744073709551615,\"callid_in\":9223372036854775808}";
    CdrOut cdr = CallrSpec.read(json, CdrOut.class);
    assertThat(cdr.callid().orElseThrow().toBigInteger()).isEqualTo(new BigInteger("18446744073709551615"));
    assertThat(CallrSpec.reencode(cdr)).isEqualTo(CallrSpec.tree(json));
    assertThat(CallrSpec.MAPPER.valueToTree(cdr).toString()).contains("18446744073709551615");
  }

  @Test
  void amountRoundTripsExactly() {
    String json = "{\"balance\":\"90071992547409.9301\",\"warning_limit\":\"1000.00\"}";
    WebhookEventBillingCredit credit = CallrSpec.read(json, WebhookEventBillingCredit.class);
    assertThat(credit.balance()).contains(new BigDecimal("90071992547409.9301"));
    assertThat(CallrSpec.reencode(credit)).isEqualTo(CallrSpec.tree(json));
  }

  static Stream<Arguments> secrets() {
    return Stream.of(
        Arguments.of("REALTIME10", "login"),
        Arguments.of("REALTIME10", "password"),
        Arguments.of("SIP.Subscriber", "password"),
        Arguments.of("SubAccount.Credentials", "login"),
        Arguments.of("SubAccount.Credentials", "password"),
        Arguments.of("SubAccount.CreateOptions.Password", "value"),
        Arguments.of("Authentication.Session", "token"),
        Arguments.of("Authentication.Session", "refresh_token"),
        Arguments.of("Webhook.Options", "hmac_secret"),
        Arguments.of("Push.Hook.URL", "auth"));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("secrets")
  void secretsNeverInToString(String object, String field) {
    String secret = "s3cr3t-" + field + "-value";
    Object model = CallrSpec.read("{\"" + field + "\":\"" + secret + "\"}", ModelCatalog.typeOf("callr", object));
    assertThat(model.toString()).doesNotContain(secret).contains("****");
    assertThat(CallrSpec.reencode(model).get(field).asText()).isEqualTo(secret);
  }

  /** A request-side rule: the object, a base JSON, the field, a bad value and a good value. */
  static Stream<Arguments> rules() {
    List<Arguments> rules = new ArrayList<>();
    // format rules, for every property documented with the format
    for (JsonNode object : CallrSpec.objects()) {
      String name = object.get("name").asText();
      String base = name.equals("SubAccount.Contact") ? "{\"emails\":[\"a@b.c\"]}" : "{}";
      for (JsonNode p : object.path("properties")) {
        String field = p.get("name").asText();
        boolean array = p.get("type").asText().equals("array");
        switch (p.path("format").asText()) {
          case "phone_number":
            rules.add(array
                ? Arguments.of(name, base, field, "[\"0612345678\"]", "[\"+33612345678\"]")
                : Arguments.of(name, base, field, "\"0612345678\"", "\"+33612345678\""));
            break;
          case "cdr_customer_field":
            rules.add(Arguments.of(name, base, field, "\"not alnum!\"", "\"abc123\""));
            rules.add(Arguments.of(name, base, field, "\"" + "a".repeat(33) + "\"", "\"" + "a".repeat(32) + "\""));
            break;
          case "dial_timeout":
            rules.add(Arguments.of(name, base, field, "4", "5"));
            rules.add(Arguments.of(name, base, field, "301", "300"));
            break;
          case "ring_timeout":
            rules.add(Arguments.of(name, base, field, "4", "5"));
            rules.add(Arguments.of(name, base, field, "121", "120"));
            break;
          default:
            break;
        }
      }
    }
    rules.add(Arguments.of("CLICKTOCALL10.Options", "{}", "A_attempts", "0", "1"));
    rules.add(Arguments.of("CLICKTOCALL10.Options", "{}", "A_attempts", "6", "5"));
    rules.add(Arguments.of("CLICKTOCALL10.Options", "{}", "A_retrypause", "29", "30"));
    rules.add(Arguments.of("CLICKTOCALL10.Options", "{}", "A_retrypause", "301", "300"));
    rules.add(Arguments.of("Calls.Broadcast1.Options", "{}", "loop", "0", "1"));
    rules.add(Arguments.of("Calls.Broadcast1.Options", "{}", "loop", "11", "10"));
    rules.add(Arguments.of("App.Param.Vms", "{}", "timeout", "29", "30"));
    rules.add(Arguments.of("App.Param.Vms", "{}", "timeout", "301", "300"));
    rules.add(Arguments.of("Media.TTS.Options", "{}", "rate", "0", "1"));
    rules.add(Arguments.of("Media.TTS.Options", "{}", "rate", "101", "100"));
    rules.add(Arguments.of("App.Param.VmsDetect", "{}", "silence_iterations", "0", "1"));
    rules.add(Arguments.of("App.Param.VmsDetect", "{}", "silence_iterations", "31", "30"));
    rules.add(Arguments.of("App.Param.VmsDetect", "{}", "silence_ms", "49", "50"));
    rules.add(Arguments.of("App.Param.VmsDetect", "{}", "silence_ms", "10001", "10000"));
    rules.add(Arguments.of("App.Param.VmsDetect", "{}", "silence_timeout", "-1", "0"));
    rules.add(Arguments.of("App.Param.VmsDetect", "{}", "silence_timeout", "121", "120"));
    rules.add(Arguments.of("Webhook.Options", "{}", "hmac_secret", "\"1234567\"", "\"12345678\""));
    rules.add(Arguments.of(
        "Webhook.Options", "{}", "hmac_secret", "\"" + "k".repeat(1025) + "\"", "\"" + "k".repeat(1024) + "\""));
    rules.add(Arguments.of("Webhook.Log.Search.Filters", "{}", "try", "10", "9"));
    rules.add(Arguments.of("SubAccount.Contact", "{\"emails\":[\"a@b.c\"]}", "addresses", "[{},{}]", "[{}]"));
    rules.add(Arguments.of("SubAccount.Contact", "{}", "emails", "[]", "[\"a@b.c\"]"));
    rules.add(Arguments.of("SubAccount.Contact", "{}", "emails", "[\"a@b.c\",\"d@e.f\"]", "[\"a@b.c\"]"));
    rules.add(Arguments.of(
        "SubAccount.Contact", "{\"emails\":[\"a@b.c\"]}", "phones", "[\"+33612345678\",\"+33612345679\"]",
        "[\"+33612345678\"]"));
    for (String billing :
        List.of("SubAccount.Params.Billing", "SubAccount.CreateParams.Billing", "SubAccount.EditParams.Billing")) {
      rules.add(Arguments.of(billing, "{}", "addresses", "[{},{}]", "[{}]"));
    }
    return rules.stream();
  }

  @ParameterizedTest(name = "{0}.{2} = {3}")
  @MethodSource("rules")
  void validationRejectsOnBuildButNeverOnRead(String object, String base, String field, String bad, String good)
      throws Exception {
    Class<?> type = ModelCatalog.typeOf("callr", object);
    ObjectNode badJson = (ObjectNode) CallrSpec.tree(base);
    badJson.set(field, CallrSpec.tree(bad));
    Object read = CallrSpec.read(badJson, type); // a response is never rejected
    assertThat(CallrSpec.reencode(read)).isEqualTo(badJson);
    assertThatThrownBy(() -> rebuild(read))
        .isInstanceOf(IllegalArgumentException.class)
        // the SDK's name, and the wire name when they differ: "recipient (wire \"to\"): ..." or "loop: ..."
        .hasMessageMatching("(?s)(" + java.util.regex.Pattern.quote(field) + "|[a-zA-Z]+ \\(wire \""
            + java.util.regex.Pattern.quote(field) + "\"\\)): .*");

    ObjectNode goodJson = (ObjectNode) CallrSpec.tree(base);
    goodJson.set(field, CallrSpec.tree(good));
    assertThat(CallrSpec.reencode(rebuild(CallrSpec.read(goodJson, type)))).isEqualTo(goodJson);
  }

  private static Object rebuild(Object model) throws Exception {
    Object builder = model.getClass().getSuperclass().getMethod("toBuilder").invoke(model);
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  @Test
  void builderChecksInJavaCode() {
    assertThatThrownBy(() -> Target.builder().number("0612345678").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("number:");
    assertThatThrownBy(() -> WebhookOptions.builder().hmacSecret("short").build())
        .hasMessageStartingWith("hmac_secret:")
        .hasMessageNotContaining("short");
    assertThat(Target.builder().number("+33612345678").timeout(30).build().timeout()).contains(30);
  }

  @Test
  void didAppAsStringAndAsObject() {
    Did asString = CallrSpec.read("{\"app\":\"APPHASH\"}", Did.class);
    DidAppReference ref = asString.app().orElseThrow();
    assertThat(ref.hash()).contains("APPHASH");
    assertThat(ref.name()).isEmpty();
    assertThat(ref.raw().isTextual()).isTrue();
    assertThat(CallrSpec.reencode(asString)).isEqualTo(CallrSpec.tree("{\"app\":\"APPHASH\"}"));

    String json = "{\"app\":{\"hash\":\"APPHASH\",\"name\":\"Sales\",\"package\":\"CALLTRACKING10\",\"x\":1}}";
    Did asObject = CallrSpec.read(json, Did.class);
    DidAppReference object = asObject.app().orElseThrow();
    assertThat(object.hash()).contains("APPHASH");
    assertThat(object.name()).contains("Sales");
    assertThat(object.packageName()).contains("CALLTRACKING10");
    assertThat(asObject.additionalProperties()).isEmpty();
    assertThat(CallrSpec.reencode(asObject)).isEqualTo(CallrSpec.tree(json));

    assertThat(CallrSpec.reencode(Did.builder().app(DidAppReference.ofHash("H")).build()))
        .isEqualTo(CallrSpec.tree("{\"app\":\"H\"}"));
    assertThat(CallrSpec.read("{\"app\":null}", Did.class).app()).isEmpty();
  }

  @Test
  void appParamsTypedByPackage() {
    App tracking = CallrSpec.read(
        "{\"package\":{\"name\":\"CALLTRACKING10\"},\"p\":{\"targets\":[{\"number\":\"+33612345678\",\"timeout\":30}]}}",
        App.class);
    assertThat(tracking.params()).containsInstanceOf(Calltracking10.class);
    Calltracking10 p = (Calltracking10) tracking.params().orElseThrow();
    assertThat(p.targets().orElseThrow().get(0).number()).contains("+33612345678");

    assertThat(appWith("CLICKTOCALL10", "{\"options\":{\"A_attempts\":3}}").params())
        .containsInstanceOf(Clicktocall10.class);
    assertThat(appWith("REALTIME10", "{\"url\":\"https://x\",\"password\":\"pw\"}").params())
        .containsInstanceOf(Realtime10.class);
    assertThat(appWith("ACTIONS10", "{\"format\":\"YAML\",\"script\":\"-\"}").params())
        .containsInstanceOf(Actions10.class);
    assertThat(appWith("CONFERENCE10", "{\"x\":1}").params()).isEmpty();
    App none = CallrSpec.read("{\"p\":{}}", App.class);
    assertThat(none.params()).isEmpty();
    App app = appWith("REALTIME10", "{\"url\":\"https://x\",\"extra\":[1]}");
    assertThat(CallrSpec.reencode(app).get("p")).isEqualTo(CallrSpec.tree("{\"url\":\"https://x\",\"extra\":[1]}"));
  }

  private static App appWith(String packageName, String p) {
    return CallrSpec.read("{\"package\":{\"name\":\"" + packageName + "\"},\"p\":" + p + "}", App.class);
  }

  static Stream<Arguments> webhookEvents() {
    return Stream.of(
        Arguments.of("billing.credit", WebhookEventBillingCredit.class, "{\"balance\":\"10.00\"}"),
        Arguments.of("billing.credit_warning", WebhookEventBillingCredit.class, "{\"balance\":\"10.00\"}"),
        Arguments.of("billing.credit_shutdown", WebhookEventBillingCredit.class, "{\"balance\":\"10.00\"}"),
        Arguments.of("call.inbound_start", CdrIn.class, "{\"callid\":18446744073709551615}"),
        Arguments.of("call.inbound_hangup", CdrIn.class, "{\"callid\":1}"),
        Arguments.of("call.outbound_start", CdrOut.class, "{\"callid\":1}"),
        Arguments.of("call.outbound_hangup", CdrOut.class, "{\"dialstatus\":\"ANSWER\"}"),
        Arguments.of("did.assigned", Did.class, "{\"app\":\"H\"}"),
        Arguments.of("did.unassigned", Did.class, "{\"hash\":\"H\"}"),
        Arguments.of("job.status_update", Job.class, "{\"id\":\"J\",\"status\":\"DONE\"}"),
        Arguments.of("media.library.status_update", MediaLibrary.class, "{\"id\":3,\"status\":\"READY\"}"),
        Arguments.of("media.recording.new", MediaRecording.class, "{\"hash\":\"R\"}"),
        Arguments.of("media.recording.status_update", MediaRecording.class, "{\"file_size_total\":5000000000}"),
        Arguments.of("sms.mo", Sms.class, "{\"type\":\"IN\"}"),
        Arguments.of("sms.mt.status_update", Sms.class, "{\"status\":\"SENT\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("webhookEvents")
  void webhookEventTypedData(String type, Class<?> model, String data) {
    String json = "{\"type\":\"" + type + "\",\"data\":" + data + ",\"try\":0,\"event_at\":\"2024-04-24T00:42:42.123Z\"}";
    WebhookEvent event = CallrSpec.read(json, WebhookEvent.class);
    assertThat(event.eventType().orElseThrow().isKnown()).isTrue();
    assertThat(event.eventType().orElseThrow().raw()).isEqualTo(type);
    assertThat(event.typedData()).containsInstanceOf(model);
    assertThat(CallrSpec.reencode(event.typedData().orElseThrow())).isEqualTo(CallrSpec.tree(data));
    assertThat(event.dataAs(model)).isEqualTo(event.typedData());
    assertThat(event.attempt()).contains(0);
    assertThat(CallrSpec.reencode(event)).isEqualTo(CallrSpec.tree(json));
  }

  @Test
  void webhookEventOfUnknownTypeKeepsRawData() {
    WebhookEvent event = CallrSpec.read("{\"type\":\"fax.received\",\"data\":{\"a\":1}}", WebhookEvent.class);
    assertThat(event.eventType().orElseThrow().value()).isEqualTo(WebhookEventType.Value.UNKNOWN);
    assertThat(event.typedData()).isEmpty();
    assertThat(event.data()).contains(CallrSpec.tree("{\"a\":1}"));
    assertThat(WebhookEventType.knownValues()).hasSize(15);
  }

  @Test
  void searchResultsHitsAs() {
    SearchResults results = CallrSpec.read(
        "{\"has_more\":false,\"hits\":[{\"hash\":\"A\",\"app\":{\"hash\":\"X\"}},{\"hash\":\"B\"}],\"total\":2}",
        SearchResults.class);
    List<Did> dids = results.hitsAs(Did.class);
    assertThat(dids).extracting(d -> d.hash().orElseThrow()).containsExactly("A", "B");
    assertThat(dids.get(0).app().flatMap(DidAppReference::hash)).contains("X");
    assertThat(CallrSpec.read("{}", SearchResults.class).hitsAs(Did.class)).isEmpty();
    SearchResults bad = CallrSpec.read("{\"hits\":[\"nope\"]}", SearchResults.class);
    assertThatThrownBy(() -> bad.hitsAs(Did.class)).hasMessageStartingWith("hits[0]:");
  }

  @Test
  void longSizes() {
    MediaRecording recording = CallrSpec.read("{\"file_size_total\":5000000000}", MediaRecording.class);
    assertThat(recording.fileSizeTotal()).contains(5_000_000_000L);
    assertThat(CallrSpec.read("{\"size\":5000000000}", MediaLibraryOverviewReady.class).size())
        .isEqualTo(Optional.of(5_000_000_000L));
  }
}
