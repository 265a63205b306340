package dev.switchboard.models.trackdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.FieldValue;
import dev.switchboard.models.ModelCatalog;
import dev.switchboard.models.SwitchboardJson;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadTest {
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();

  static final String LEAD =
      "{\"id\":123456,\"legacy_id\":42,\"type\":\"Lead\",\"uuid\":\"e36e2da0-1a2b-4c3d-8e9f-0123456789ab\","
          + "\"created_at\":\"2024-05-01T10:15:30-04:00\",\"updated_at\":\"2024-05-01T10:16:30.123-04:00\","
          + "\"deleted_at\":\"2024-06-01T00:00:00Z\",\"user_updated_at\":\"2024-05-02T08:00:00+02:00\","
          + "\"routes_show_path\":\"/leads/123456\",\"routes_edit_path\":\"/leads/123456/edit\","
          + "\"external_record_id\":\"crm-9\",\"context_menu_name\":\"Jane Doe\",\"name\":\"Jane\","
          + "\"caller_id\":\"+15551234567\",\"email\":\"jane@example.com\",\"full_name\":\"Jane Doe\","
          + "\"contact_field_type\":\"phone\",\"expires_in\":3600,\"country\":\"US\",\"state_province\":\"NY\","
          + "\"zip_postal_code\":\"10001\",\"time_zone\":\"Eastern Time (US & Canada)\",\"sub_id\":\"sub-1\","
          + "\"offer_id\":11,\"schedule_id\":12,\"status\":\"waiting\",\"human_status\":\"Waiting\","
          + "\"css_status\":\"info\",\"has_next_action\":true,\"opt_out\":false,\"revenue\":12.50,\"payout\":3.25,"
          + "\"offer_converted\":false,\"buyer_converted\":true,\"traffic_source_id\":13,\"buyer_id\":14,"
          + "\"lead_import_id\":15,\"remote_ip\":\"203.0.113.7\",\"attempted_call_id\":16,\"connected_call_id\":17,"
          + "\"scheduled_callback_id\":18,\"call_buyer_conversion_id\":19,\"call_offer_conversion_id\":20,"
          + "\"sms_number_id\":21,\"dial_number_id\":22,\"dial_tier\":2,"
          + "\"last_action_at\":\"2024-05-01T11:00:00-04:00\",\"first_action_at\":\"2024-05-01T10:20:00-04:00\","
          + "\"first_queued_at\":\"2024-05-01T10:16:00-04:00\",\"schedule_ended_at\":\"2024-05-03T10:00:00-04:00\","
          + "\"next_action_at\":\"2024-05-02T09:00:00-04:00\",\"last_call_at\":\"2024-05-01T11:00:05-04:00\","
          + "\"is_live\":false,\"schedule_trigger_type\":\"lead_created\",\"blocked\":false,"
          + "\"data\":{\"first_name\":\"Jane\",\"age\":42}}";

  @Test
  void leadRoundTripsAndBindsEveryColumn() throws Exception {
    Lead lead = MAPPER.readValue(LEAD, Lead.class);
    assertThat(lead.additionalProperties()).isEmpty();
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(lead))).isEqualTo(MAPPER.readTree(LEAD));
    JsonNode written = MAPPER.valueToTree(lead);
    for (LeadColumn column : LeadColumn.knownValues()) {
      assertThat(written.has(column.raw())).as(column.raw()).isTrue();
    }
    assertThat(LeadColumn.knownValues()).hasSize(56);
    assertThat(lead.id()).contains(123456L);
    assertThat(lead.createdAt()).contains(OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.ofHours(-4)));
    assertThat(lead.revenue()).contains(new BigDecimal("12.50"));
    assertThat(lead.hasNextAction()).contains(true);
    assertThat(lead.isLive()).contains(false);
    assertThat(lead.dialTier()).contains(2);
    assertThat(lead.data().orElseThrow().get("age").asInt()).isEqualTo(42);
    // every accessor returns the documented column's value: each column name maps to an accessor
    for (LeadColumn column : LeadColumn.knownValues()) {
      Method m = Lead.class.getMethod(camel(column.raw()));
      assertThat(m.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class).value()).isEqualTo(column.raw());
    }
  }

  private static String camel(String snake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  @Test
  void moneyReadsFromStringOrNumberAndSparseObjects() throws Exception {
    Lead lead = MAPPER.readValue(
        "{\"uuid\":\"u\",\"revenue\":\"7.10\",\"payout\":1,\"created_at\":\"2024-05-01 10:15:30\"}", Lead.class);
    assertThat(lead.revenue()).contains(new BigDecimal("7.10"));
    assertThat(lead.payout()).contains(BigDecimal.ONE);
    assertThat(lead.createdAt()).contains(OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.UTC));
    assertThat(lead.id()).isEmpty();
    assertThat(lead.additionalProperties()).isEmpty();
  }

  @Test
  void leadListKeepsMetadata() throws Exception {
    String json = "{\"leads\":[" + LEAD + "],\"metadata\":{\"total_count\":1,\"page\":1}}";
    LeadList list = MAPPER.readValue(json, LeadList.class);
    assertThat(list.leads()).hasSize(1);
    assertThat(list.metadata().get("total_count").asInt()).isEqualTo(1);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(list))).isEqualTo(MAPPER.readTree(json));
    assertThat(ModelCatalog.typeOf("trackdrive", "Lead")).isEqualTo(Lead.class);
  }

  @Test
  void enumsAreOpen() throws Exception {
    assertThat(CreatedAtLabel.knownValues()).hasSize(22);
    assertThat(CreatedAtLabel.of("Last 5 Min")).isEqualTo(CreatedAtLabel.LAST_5_MIN);
    assertThat(CreatedAtLabel.of("Custom Range")).isEqualTo(CreatedAtLabel.CUSTOM_RANGE);
    assertThat(CreatedAtLabel.of("Next Week").isKnown()).isFalse();
    assertThat(LeadSerializer.of("lead_grid")).isEqualTo(LeadSerializer.LEAD_GRID);
    assertThat(MAPPER.writeValueAsString(LeadColumn.of("new_col"))).isEqualTo("\"new_col\"");
  }

  @Test
  void listParamsQueryIsExact() {
    LeadListParams params =
        LeadListParams.builder()
            .serializer(LeadSerializer.LEAD_GRID)
            .page(2)
            .perPage(100)
            .createdAtFrom(OffsetDateTime.of(2016, 1, 1, 12, 25, 15, 0, ZoneOffset.ofHours(-5)))
            .createdAtTo(OffsetDateTime.of(2016, 1, 31, 23, 59, 59, 0, ZoneOffset.UTC))
            .fulltext("jane")
            .timeZone("Eastern Time (US & Canada)")
            .addColumns(LeadColumn.CREATED_AT, LeadColumn.of("zzz_new"), LeadColumn.UUID, LeadColumn.DATA)
            .root(true)
            .createdAtLabel(CreatedAtLabel.LAST_5_MIN)
            .nextActionAtFrom(OffsetDateTime.of(2016, 2, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)))
            .offerId(11)
            .scheduleId("e36e2da0-1a2b-4c3d-8e9f-0123456789ab")
            .buyerId(14)
            .status("waiting")
            .hasNextAction(true)
            .optOut(false)
            .eitherConverted(true)
            .putAdditionalQueryParameter("cursor", "-1")
            .build();
    Map<String, List<String>> q = params.toQueryParameters();
    assertThat(q).containsExactly(
        Map.entry("serializer", List.of("lead_grid")),
        Map.entry("page", List.of("2")),
        Map.entry("per_page", List.of("100")),
        Map.entry("created_at_to", List.of("2016-01-31 23:59:59 +0000")),
        Map.entry("created_at_from", List.of("2016-01-01 12:25:15 -0500")),
        Map.entry("fulltext", List.of("jane")),
        Map.entry("time_zone", List.of("Eastern Time (US & Canada)")),
        Map.entry("columns", List.of("uuid,created_at,data,zzz_new")),
        Map.entry("root", List.of("true")),
        Map.entry("created_at_label", List.of("Last 5 Min")),
        Map.entry("next_action_at_from", List.of("2016-02-01 00:00:00 +0530")),
        Map.entry("offer_id", List.of("11")),
        Map.entry("schedule_id", List.of("e36e2da0-1a2b-4c3d-8e9f-0123456789ab")),
        Map.entry("buyer_id", List.of("14")),
        Map.entry("status", List.of("waiting")),
        Map.entry("has_next_action", List.of("true")),
        Map.entry("either_converted", List.of("true")),
        Map.entry("opt_out", List.of("false")),
        Map.entry("cursor", List.of("-1")));
    assertThat(LeadListParams.builder().build().toQueryParameters()).isEmpty();
    assertThatThrownBy(() -> LeadListParams.builder().perPage(0).build()).hasMessageStartingWith("per_page:");
    assertThatThrownBy(() -> LeadListParams.builder().page(0).build()).hasMessageStartingWith("page:");
  }

  @Test
  void createRequestBodyTokensAndValidation() throws Exception {
    LeadCreateRequest request =
        LeadCreateRequest.builder()
            .leadToken("secret-token-123")
            .callerId("+15551234567")
            .email("jane@example.com")
            .scheduleCallbackAt(OffsetDateTime.of(2024, 5, 2, 9, 0, 0, 0, ZoneOffset.ofHours(-4)))
            .updateOnly(false)
            .hoursToExpire(48)
            .putData("age", 42)
            .putLeadToken("first_name", "Jane")
            .putLeadToken("score", 7)
            .build();
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(request)))
        .isEqualTo(MAPPER.readTree(
            "{\"lead_token\":\"secret-token-123\",\"caller_id\":\"+15551234567\",\"email\":\"jane@example.com\","
                + "\"schedule_callback_at\":\"2024-05-02T09:00:00-04:00\",\"update_only\":false,\"hours_to_expire\":48,"
                + "\"data\":{\"age\":42},\"first_name\":\"Jane\",\"score\":7}"));
    assertThat(request.toString()).doesNotContain("secret-token-123").contains("****");
    assertThatThrownBy(() -> request.toBuilder().leadToken("  ").build()).hasMessageStartingWith("lead_token:");
    assertThatThrownBy(() -> LeadCreateRequest.builder().callerId("5551234567").build())
        .hasMessageStartingWith("lead_token:");
    assertThatThrownBy(() -> LeadCreateRequest.builder().leadToken("t").build()).hasMessageStartingWith("caller_id:");
    assertThatThrownBy(() -> LeadCreateRequest.builder().putLeadToken("caller_id", "x"))
        .hasMessageStartingWith("caller_id:");
    assertThat(MAPPER.writeValueAsString(request.toBuilder().data(Map.of()).build())).doesNotContain("\"data\"");
  }

  @Test
  void updateRequestIsTriState() throws Exception {
    OffsetDateTime at = OffsetDateTime.of(2024, 5, 2, 9, 0, 0, 0, ZoneOffset.ofHours(-4));
    LeadUpdateRequest absent = LeadUpdateRequest.builder().optOut(true).build();
    assertThat(MAPPER.writeValueAsString(absent)).isEqualTo("{\"opt_out\":true}");
    LeadUpdateRequest cleared = LeadUpdateRequest.builder().clearNextActionAt().build();
    assertThat(MAPPER.writeValueAsString(cleared)).isEqualTo("{\"next_action_at\":null}");
    LeadUpdateRequest valued = LeadUpdateRequest.builder().nextActionAt(at).clearScheduleCallbackAt().build();
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(valued)))
        .isEqualTo(MAPPER.readTree("{\"next_action_at\":\"2024-05-02T09:00:00-04:00\",\"schedule_callback_at\":null}"));

    LeadUpdateRequest read =
        MAPPER.readValue("{\"next_action_at\":null,\"schedule_callback_at\":\"2024-05-02T09:00:00-04:00\"}",
            LeadUpdateRequest.class);
    assertThat(read.nextActionAt()).isEqualTo(FieldValue.clear());
    assertThat(read.scheduleCallbackAt().value()).contains(at);
    assertThat(MAPPER.readValue("{}", LeadUpdateRequest.class).nextActionAt().isPresent()).isFalse();
    assertThat(MAPPER.writeValueAsString(
            LeadUpdateRequest.builder().trafficSourceId(13).putField("custom_token", "x").build()))
        .isEqualTo("{\"traffic_source_id\":\"13\",\"custom_token\":\"x\"}");
  }
}
