package dev.switchboard.models.voipbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.ModelCatalog;
import dev.switchboard.models.SwitchboardJson;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupcallTest {
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();

  static final String SEED =
      "{\"id\":\"d8596b14-4d8e-4a86-afde-642b46d59ac7\",\"customer_id\":\"5e4a0680-804e-11ec-8477-2fea5968d85b\","
          + "\"source\":{\"type\":\"tel\",\"target\":\"+15551234567\",\"target_name\":\"\",\"name\":\"\",\"detail\":\"\"},"
          + "\"destinations\":[{\"type\":\"endpoint\",\"target\":\"test11@test\",\"target_name\":\"\",\"name\":\"\",\"detail\":\"\"},"
          + "{\"type\":\"endpoint\",\"target\":\"test12@test\",\"target_name\":\"\",\"name\":\"\",\"detail\":\"\"}],"
          + "\"ring_method\":\"\",\"answer_method\":\"\",\"answer_call_id\":\"00000000-0000-0000-0000-000000000000\","
          + "\"call_ids\":[\"3c77eb43-2098-4890-bb6c-5af0707ba4a6\"],\"tm_create\":\"2023-04-21 15:33:28.569053\","
          + "\"tm_update\":\"9999-01-01 00:00:00.000000\",\"tm_delete\":\"9999-01-01 00:00:00.000000\"}";

  static final String CURRENT =
      "{\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"customer_id\":\"7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d\","
          + "\"owner_type\":\"agent\",\"owner_id\":\"c2d3e4f5-a6b7-8901-2cde-f01234567890\",\"status\":\"progressing\","
          + "\"flow_id\":\"00000000-0000-0000-0000-000000000000\","
          + "\"source\":{\"type\":\"tel\",\"target\":\"+14155551234\"},"
          + "\"destinations\":[{\"type\":\"agent\",\"target\":\"a1b2c3d4-e5f6-7890-1234-567890abcdef\",\"name\":\"Main Office\"},"
          + "{\"type\":\"sip\",\"target\":\"bob@example.com\",\"target_name\":\"Bob\",\"detail\":\"desk\"}],"
          + "\"master_call_id\":\"4d5e6f7a-8b9c-0123-def0-123456789012\","
          + "\"master_groupcall_id\":\"00000000-0000-0000-0000-000000000000\",\"ring_method\":\"ring_all\","
          + "\"answer_method\":\"hangup_others\",\"answer_call_id\":\"00000000-0000-0000-0000-000000000000\","
          + "\"call_ids\":[\"3c77eb43-2098-4890-bb6c-5af0707ba4a6\",\"550e8400-e29b-41d4-a716-446655440001\"],"
          + "\"answer_groupcall_id\":\"00000000-0000-0000-0000-000000000000\","
          + "\"groupcall_ids\":[\"5e6f7a8b-9c0d-1234-ef01-234567890123\"],\"call_count\":2,\"groupcall_count\":1,"
          + "\"dial_index\":0,\"tm_create\":\"2026-01-15T09:30:00.1234Z\",\"tm_update\":\"2026-01-15T09:30:05Z\"}";

  @Test
  void currentLayoutRoundTripsAndBindsEveryProperty() throws Exception {
    Groupcall g = MAPPER.readValue(CURRENT, Groupcall.class);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(g))).isEqualTo(MAPPER.readTree(CURRENT));
    assertThat(g.additionalProperties()).isEmpty();
    assertThat(g.id()).contains(UUID.fromString("550e8400-e29b-41d4-a716-446655440000"));
    assertThat(g.customerId()).contains(UUID.fromString("7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d"));
    assertThat(g.ownerType()).contains("agent");
    assertThat(g.ownerId()).contains(UUID.fromString("c2d3e4f5-a6b7-8901-2cde-f01234567890"));
    assertThat(g.status()).contains(GroupcallStatus.PROGRESSING);
    assertThat(g.source().flatMap(Address::target)).contains("+14155551234");
    assertThat(g.destinations()).hasSize(2);
    Address sip = g.destinations().get(1);
    assertThat(sip.type()).contains(AddressType.SIP);
    assertThat(sip.targetName()).contains("Bob");
    assertThat(sip.detail()).contains("desk");
    assertThat(g.destinations().get(0).name()).contains("Main Office");
    assertThat(g.masterCallId()).contains(UUID.fromString("4d5e6f7a-8b9c-0123-def0-123456789012"));
    assertThat(g.ringMethod()).contains(RingMethod.RING_ALL);
    assertThat(g.answerMethod()).contains(AnswerMethod.HANGUP_OTHERS);
    assertThat(g.callIds()).hasSize(2);
    assertThat(g.groupcallIds()).containsExactly(UUID.fromString("5e6f7a8b-9c0d-1234-ef01-234567890123"));
    assertThat(g.callCount()).contains(2);
    assertThat(g.groupcallCount()).contains(1);
    assertThat(g.dialIndex()).contains(0);
    assertThat(g.tmCreate()).contains(Instant.parse("2026-01-15T09:30:00.1234Z"));
    assertThat(g.tmUpdate()).contains(Instant.parse("2026-01-15T09:30:05Z"));
    assertThat(g.tmDelete()).isEmpty();
  }

  @Test
  void nilUuidMeansNoReferenceButIsWrittenBack() throws Exception {
    Groupcall g = MAPPER.readValue(CURRENT, Groupcall.class);
    assertThat(g.rawFlowId()).contains(Groupcall.NIL_UUID);
    assertThat(g.flowId()).isEmpty();
    assertThat(g.rawAnswerCallId()).contains(Groupcall.NIL_UUID);
    assertThat(g.answerCallId()).isEmpty();
    assertThat(g.answerGroupcallId()).isEmpty();
    assertThat(g.masterGroupcallId()).isEmpty();
    JsonNode written = MAPPER.valueToTree(g);
    assertThat(written.get("answer_call_id").asText()).isEqualTo("00000000-0000-0000-0000-000000000000");
    Groupcall answered =
        g.toBuilder().rawAnswerCallId(UUID.fromString("3c77eb43-2098-4890-bb6c-5af0707ba4a6")).build();
    assertThat(answered.answerCallId()).contains(UUID.fromString("3c77eb43-2098-4890-bb6c-5af0707ba4a6"));
    Groupcall noKey = MAPPER.readValue("{\"master_call_id\":null}", Groupcall.class);
    assertThat(noKey.masterCallId()).isEmpty();
    assertThat(noKey.answerCallId()).isEmpty();
  }

  @Test
  void seedExampleReadsWithSentinelAsAbsent() throws Exception {
    Groupcall g = MAPPER.readValue(SEED, Groupcall.class);
    assertThat(g.id()).contains(UUID.fromString("d8596b14-4d8e-4a86-afde-642b46d59ac7"));
    assertThat(g.tmCreate()).contains(Instant.parse("2023-04-21T15:33:28.569053Z"));
    assertThat(g.tmUpdate()).isEmpty();
    assertThat(g.tmDelete()).isEmpty();
    assertThat(g.ringMethod()).contains(RingMethod.NONE);
    assertThat(g.answerMethod()).contains(AnswerMethod.NONE);
    assertThat(g.answerCallId()).isEmpty();
    AddressType endpoint = g.destinations().get(0).type().orElseThrow();
    assertThat(endpoint.isKnown()).isFalse();
    assertThat(endpoint.raw()).isEqualTo("endpoint");
    assertThat(g.additionalProperties()).isEmpty();

    // everything except the sentinel timestamps (absent) and tm_create (rewritten as RFC 3339) round-trips
    JsonNode expected = MAPPER.readTree(SEED);
    ((com.fasterxml.jackson.databind.node.ObjectNode) expected).remove(List.of("tm_update", "tm_delete"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) expected).put("tm_create", "2023-04-21T15:33:28.569053Z");
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(g))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-15T09:30:00Z, 2026-01-15T09:30:00Z",
    "2026-01-15T09:30:00.1Z, 2026-01-15T09:30:00.100Z",
    "2026-01-15T09:30:00.123456789Z, 2026-01-15T09:30:00.123456789Z",
    "2026-01-15T09:30:00.000000Z, 2026-01-15T09:30:00Z",
    "2026-01-15T09:30:00.123456, 2026-01-15T09:30:00.123456Z",
    "2026-01-15 09:30:00, 2026-01-15T09:30:00Z",
    "2026-01-15 09:30:00.5, 2026-01-15T09:30:00.500Z",
    "2022-05-01 15:10:38.785510878, 2022-05-01T15:10:38.785510878Z",
    "2022-05-01 15:10:38.785510878Z, 2022-05-01T15:10:38.785510878Z",
    "2023-04-21 15:33:28.569053, 2023-04-21T15:33:28.569053Z",
  })
  void everyTimestampLayoutReads(String wire, String expected) throws Exception {
    Groupcall g = MAPPER.readValue("{\"tm_create\":\"" + wire + "\"}", Groupcall.class);
    assertThat(g.tmCreate()).contains(Instant.parse(expected));
    assertThat(g.additionalProperties()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "'{\"tm_delete\":\"9999-01-01 00:00:00.000000\"}'",
    "'{\"tm_delete\":\"9999-01-01T00:00:00.000000Z\"}'",
    "'{\"tm_delete\":null}'",
    "'{}'",
  })
  void sentinelNullAndMissingReadAsAbsent(String json) throws Exception {
    Groupcall g = MAPPER.readValue(json, Groupcall.class);
    assertThat(g.tmDelete()).isEmpty();
    assertThat(g.additionalProperties()).isEmpty();
    assertThat(MAPPER.writeValueAsString(g)).isEqualTo("{}");
  }

  @Test
  void writesRfc3339NanoTrimmed() throws Exception {
    Groupcall g = Groupcall.builder().tmCreate(Instant.parse("2026-01-15T09:30:00.123400Z")).build();
    assertThat(MAPPER.writeValueAsString(g)).isEqualTo("{\"tm_create\":\"2026-01-15T09:30:00.1234Z\"}");
  }

  @Test
  void unexpectedShapesAreKeptNotFatal() throws Exception {
    String json = "{\"id\":\"not-a-uuid\",\"tm_create\":\"yesterday\",\"future\":{\"a\":1}}";
    Groupcall g = MAPPER.readValue(json, Groupcall.class);
    assertThat(g.id()).isEmpty();
    assertThat(g.tmCreate()).isEmpty();
    assertThat(g.additionalProperties()).containsKeys("id", "tm_create", "future");
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(g))).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void unknownEnumValuesRoundTrip() throws Exception {
    String json = "{\"status\":\"ringing\",\"ring_method\":\"random\",\"answer_method\":\"keep\","
        + "\"source\":{\"type\":\"pigeon\"}}";
    Groupcall g = MAPPER.readValue(json, Groupcall.class);
    assertThat(g.status().orElseThrow().value()).isEqualTo(GroupcallStatus.Value.UNKNOWN);
    assertThat(g.ringMethod().orElseThrow().raw()).isEqualTo("random");
    assertThat(g.answerMethod().orElseThrow().isKnown()).isFalse();
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(g))).isEqualTo(MAPPER.readTree(json));
    assertThat(RingMethod.of("").value()).isEqualTo(RingMethod.Value.NONE);
    assertThat(AddressType.of("whatsapp")).isEqualTo(AddressType.WHATSAPP);
  }

  @Test
  void createRequestWritesDocumentedBody() throws Exception {
    GroupcallCreateRequest request =
        GroupcallCreateRequest.builder()
            .source(Address.tel("+15551234567"))
            .addDestinations(Address.tel("+15557654321"))
            .addDestinations(Address.builder().type(AddressType.AGENT).target("a1b2c3d4-e5f6-7890-1234-567890abcdef").build())
            .flowId(UUID.fromString("c1d2e3f4-a5b6-7890-cdef-1234567890ab"))
            .ringMethod(RingMethod.LINEAR)
            .answerMethod(AnswerMethod.NONE)
            .build();
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(request)))
        .isEqualTo(MAPPER.readTree(
            "{\"source\":{\"type\":\"tel\",\"target\":\"+15551234567\"},\"destinations\":[{\"type\":\"tel\","
                + "\"target\":\"+15557654321\"},{\"type\":\"agent\",\"target\":\"a1b2c3d4-e5f6-7890-1234-567890abcdef\"}],"
                + "\"flow_id\":\"c1d2e3f4-a5b6-7890-cdef-1234567890ab\",\"ring_method\":\"linear\",\"answer_method\":\"\"}"));
    GroupcallCreateRequest withActions =
        request.toBuilder().flowId(Optional.empty())
            .actions(List.of(MAPPER.readTree("{\"type\":\"answer\"}"))).build();
    assertThat(MAPPER.valueToTree(withActions).get("actions").toString()).isEqualTo("[{\"type\":\"answer\"}]");
  }

  @Test
  void createRequestRejectsMissingOrInvalidFieldsByName() {
    GroupcallCreateRequest.Builder ok =
        (GroupcallCreateRequest.Builder) GroupcallCreateRequest.builder()
            .source(Address.tel("+15551234567"))
            .addDestinations(Address.tel("+15557654321"))
            .ringMethod(RingMethod.RING_ALL)
            .answerMethod(AnswerMethod.HANGUP_OTHERS);
    assertThat(ok.build().destinations()).hasSize(1);
    assertThatThrownBy(() -> GroupcallCreateRequest.builder().from(ok.build()).source(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("source:");
    assertThatThrownBy(
            () -> GroupcallCreateRequest.builder().source(Address.tel("+15551234567"))
                .ringMethod(RingMethod.RING_ALL).answerMethod(AnswerMethod.NONE).build())
        .hasMessageStartingWith("destinations:");
    assertThatThrownBy(() -> ok.build().toBuilder().actions(List.of()).build())
        .hasMessageStartingWith("actions:");
    assertThatThrownBy(() -> ok.build().toBuilder().ringMethod(Optional.empty()).build())
        .hasMessageStartingWith("ring_method:");
    assertThatThrownBy(() -> ok.build().toBuilder().answerMethod(Optional.empty()).build())
        .hasMessageStartingWith("answer_method:");
  }

  @Test
  void readingNeverValidates() throws Exception {
    GroupcallCreateRequest read = MAPPER.readValue("{\"destinations\":[]}", GroupcallCreateRequest.class);
    assertThat(read.source()).isEmpty();
  }

  @Test
  void listErrorAndWebhook() throws Exception {
    GroupcallList page =
        MAPPER.readValue("{\"result\":[" + CURRENT + "],\"next_page_token\":\"2026-01-15T09:30:00.123400Z\"}",
            GroupcallList.class);
    assertThat(page.result()).hasSize(1);
    assertThat(page.hasMore()).isTrue();
    assertThat(MAPPER.readValue("{\"result\":[],\"next_page_token\":\"\"}", GroupcallList.class).hasMore()).isFalse();
    assertThat(MAPPER.readValue("{\"result\":[]}", GroupcallList.class).hasMore()).isFalse();

    String err = "{\"error\":{\"status\":\"RESOURCE_EXHAUSTED\",\"reason\":\"RATE_LIMIT_EXCEEDED\","
        + "\"message\":\"slow down\",\"details\":[{\"limited_by\":\"ip\"}]}}";
    VoipbinError error = MAPPER.readValue(err, VoipbinError.class);
    VoipbinErrorBody body = error.error().orElseThrow();
    assertThat(body.status()).contains(VoipbinErrorStatus.RESOURCE_EXHAUSTED);
    assertThat(body.status().orElseThrow().httpStatus()).hasValue(429);
    assertThat(body.reason()).contains("RATE_LIMIT_EXCEEDED");
    assertThat(body.requestId()).isEmpty();
    assertThat(body.details().get(0).get("limited_by").asText()).isEqualTo("ip");
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(error))).isEqualTo(MAPPER.readTree(err));
    assertThat(VoipbinErrorStatus.of("TEAPOT").httpStatus()).isEmpty();

    VoipbinWebhookEvent event =
        MAPPER.readValue("{\"type\":\"groupcall_hangup\",\"data\":" + CURRENT + "}", VoipbinWebhookEvent.class);
    assertThat(event.type()).contains(VoipbinEventType.GROUPCALL_HANGUP);
    assertThat(event.groupcall().flatMap(Groupcall::id))
        .contains(UUID.fromString("550e8400-e29b-41d4-a716-446655440000"));
    VoipbinWebhookEvent other =
        MAPPER.readValue("{\"type\":\"call_created\",\"data\":{\"id\":\"x\"}}", VoipbinWebhookEvent.class);
    assertThat(other.type().orElseThrow().isKnown()).isFalse();
    assertThat(other.groupcall()).isEmpty();
  }

  @Test
  void catalog() {
    assertThat(ModelCatalog.typeOf("voipbin", "Groupcall")).isEqualTo(Groupcall.class);
    assertThat(ModelCatalog.typeOf("voipbin", "Address")).isEqualTo(Address.class);
    assertThat(ModelCatalog.typeOf("VoIPBin", "ErrorResponse")).isEqualTo(VoipbinError.class);
  }
}
