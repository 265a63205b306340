package dev.switchboard.models.callr.v2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.SwitchboardJson;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** v2 models read leniently, keep unknown fields and values, and the webhook envelope finds its payload. */
class CallrV2ModelsTest {
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();

  @Test
  void unknownFieldsAndEnumValuesRoundTrip() throws Exception {
    String json = "{\"sid\":\"abcdef12\",\"status\":\"queued-somewhere\",\"billingDebit\":\"1.00\","
        + "\"createdAt\":\"2024-04-24T17:42:28Z\",\"newThing\":[1,2]}";
    SmsMessage sms = MAPPER.readValue(json, SmsMessage.class);
    assertThat(sms.status().orElseThrow().isKnown()).isFalse();
    assertThat(sms.status().orElseThrow().value()).isEqualTo(SmsMessageStatus.Value.UNKNOWN);
    assertThat(sms.billingDebit()).contains(new BigDecimal("1.00"));
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(sms))).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void oddShapesNeverFailARead() throws Exception {
    CallrAction a = MAPPER.readValue("{\"sid\":\"callrsid\",\"created\":\"yesterday\",\"numbers\":\"none\"}",
        CallrAction.class);
    assertThat(a.sid()).contains("callrsid");
    assertThat(a.created()).isEmpty();
    assertThat(a.additionalProperties()).containsKeys("created", "numbers");
  }

  @Test
  void webhookCallEventReadsTheCdr() {
    WebhookV2Event e = WebhookV2Event.parse("{\"event_id\":\"evt-1\",\"type\":\"v2.call.inbound.ended\","
        + "\"data\":{\"callid\":242359184129,\"direction\":\"inbound\",\"billingDebit\":\"0.8925\","
        + "\"hangupSource\":\"callee\",\"started\":\"2024-04-24T17:42:28.123Z\"}}");
    assertThat(e.eventId()).contains("evt-1");
    assertThat(e.eventType()).contains(WebhookV2EventType.CALL_INBOUND_ENDED);
    CallRecord cdr = e.callRecord().orElseThrow();
    assertThat(cdr.callid()).contains(242359184129L);
    assertThat(cdr.hangupSource()).contains(HangupParty.CALLEE);
    assertThat(cdr.started()).contains(Instant.parse("2024-04-24T17:42:28.123Z"));
    assertThat(e.sms()).isEmpty();
  }

  @Test
  void webhookSmsEventWithoutDataReadsTheBodyItself() {
    WebhookV2Event e = WebhookV2Event.parse("{\"event_id\":\"evt-2\",\"event\":\"v2.sms.inbound.received\","
        + "\"sid\":\"abcdef12\",\"bodyText\":\"STOP\"}");
    assertThat(e.eventType()).contains(WebhookV2EventType.SMS_INBOUND_RECEIVED);
    assertThat(e.sms().orElseThrow().bodyText()).contains("STOP");
    assertThat(WebhookV2Event.parse("{\"type\":\"v2.future.event\"}").eventType().orElseThrow().isKnown()).isFalse();
  }

  @Test
  void searchQueriesPageByOffset() {
    SmsSearchParams q = SmsSearchParams.builder().trafficType(TrafficType.MARKETING).limit(10).build();
    assertThat(q.withOffset(30).toQueryParameters()).containsEntry("offset", java.util.List.of("30"))
        .containsEntry("trafficType", java.util.List.of("marketing"));
    assertThat(V2Ids.isSid("callrsid")).isTrue();
    assertThat(V2Ids.isSid("CALLRSID")).isFalse();
  }
}
