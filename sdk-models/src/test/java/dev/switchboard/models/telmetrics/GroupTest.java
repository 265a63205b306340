package dev.switchboard.models.telmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.ModelCatalog;
import dev.switchboard.models.SwitchboardJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupTest {
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();

  static final String GROUP =
      "{\"id\":11435857,\"name\":\"Spring Campaign\",\"time_zone\":\"Eastern\",\"group_owner_id\":77,"
          + "\"rich_data_type\":\"Rich\",\"billing_group_id\":501,"
          + "\"email_notifications\":\"ops@example.com,sales@example.com\",\"customer_id\":9001,"
          + "\"tracking_javascript\":\"<script src=\\\"https://example.com/t.js\\\"></script>\",\"status\":\"Active\","
          + "\"created_datetime\":\"2024-03-01T14:05:09Z\",\"modified_datetime\":\"2024-03-02T08:00:00.500Z\"}";

  @Test
  void groupRoundTripsAndBindsEveryProperty() throws Exception {
    Group g = MAPPER.readValue(GROUP, Group.class);
    assertThat(g.additionalProperties()).isEmpty();
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(g))).isEqualTo(MAPPER.readTree(GROUP));
    assertThat(g.id()).contains(11435857L);
    assertThat(g.name()).contains("Spring Campaign");
    assertThat(g.timeZone()).contains(GroupTimeZone.EASTERN);
    assertThat(g.groupOwnerId()).contains(77L);
    assertThat(g.richDataType()).contains(RichDataType.RICH);
    assertThat(g.billingGroupId()).contains(501L);
    assertThat(g.emailNotificationList()).containsExactly("ops@example.com", "sales@example.com");
    assertThat(g.customerId()).contains(9001L);
    assertThat(g.trackingJavascript().orElseThrow()).startsWith("<script");
    assertThat(g.status()).contains(GroupStatus.ACTIVE);
    assertThat(g.createdDatetime()).contains(Instant.parse("2024-03-01T14:05:09Z"));
    assertThat(g.modifiedDatetime()).contains(Instant.parse("2024-03-02T08:00:00.500Z"));
    assertThat(ModelCatalog.typeOf("telmetrics", "Group")).isEqualTo(Group.class);
  }

  @Test
  void enumsMatchCaseInsensitivelyAndKeepRaw() throws Exception {
    Group g = MAPPER.readValue(
        "{\"status\":\"active\",\"time_zone\":\"PACIFIC\",\"rich_data_type\":\"basic\","
            + "\"created_datetime\":\"2024-03-01 14:05:09.12\"}", Group.class);
    assertThat(g.status().orElseThrow().value()).isEqualTo(GroupStatus.Value.ACTIVE);
    assertThat(g.status().orElseThrow().raw()).isEqualTo("active");
    assertThat(g.timeZone().orElseThrow().value()).isEqualTo(GroupTimeZone.Value.PACIFIC);
    assertThat(g.richDataType().orElseThrow().value()).isEqualTo(RichDataType.Value.BASIC);
    assertThat(g.createdDatetime()).contains(Instant.parse("2024-03-01T14:05:09.120Z"));
    String written = MAPPER.writeValueAsString(g);
    assertThat(written).contains("\"status\":\"active\"").contains("\"time_zone\":\"PACIFIC\"");
    GroupTimeZone hawaii = GroupTimeZone.of("Hawaii");
    assertThat(hawaii.isKnown()).isFalse();
    assertThat(MAPPER.writeValueAsString(hawaii)).isEqualTo("\"Hawaii\"");
  }

  @Test
  void createRequestWritesCommaJoinedEmailsAndValidates() throws Exception {
    GroupCreateRequest request =
        GroupCreateRequest.builder()
            .name("Spring Campaign")
            .timeZone(GroupTimeZone.CENTRAL)
            .richDataType(RichDataType.BASIC)
            .emailNotifications(List.of("ops@example.com", "sales@example.com"))
            .billingGroupId(501L)
            .build();
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(request)))
        .isEqualTo(MAPPER.readTree(
            "{\"name\":\"Spring Campaign\",\"time_zone\":\"Central\",\"rich_data_type\":\"Basic\","
                + "\"billing_group_id\":501,\"email_notifications\":\"ops@example.com,sales@example.com\"}"));
    assertThatThrownBy(() -> GroupCreateRequest.builder().timeZone(GroupTimeZone.EASTERN).build())
        .hasMessageStartingWith("name:");
    assertThatThrownBy(() -> GroupCreateRequest.builder().name("x").build()).hasMessageStartingWith("time_zone:");
    assertThatThrownBy(() -> request.toBuilder().name(" ").build()).hasMessageStartingWith("name:");
    assertThatThrownBy(
            () -> request.toBuilder().emailNotifications(List.of("ops@example.com", "not-an-email")).build())
        .hasMessageStartingWith("email_notifications:").hasMessageContaining("not-an-email");
    GroupUpdateRequest update = GroupUpdateRequest.builder().customerId(9001L).build();
    assertThat(MAPPER.writeValueAsString(update)).isEqualTo("{\"customer_id\":9001}");
    assertThatThrownBy(() -> GroupUpdateRequest.builder().emailNotifications("a@b.com,,").build())
        .hasMessageStartingWith("email_notifications:");
  }

  @Test
  void listAndPaging() throws Exception {
    String json = "{\"results\":[" + GROUP + "],\"paging\":{\"pageNumber\":1,\"pageSize\":100,\"total\":895}}";
    GroupList list = MAPPER.readValue(json, GroupList.class);
    assertThat(list.results()).hasSize(1);
    assertThat(list.paging().orElseThrow().pageCount()).contains(9L);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(list))).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void webhookEnvelope() throws Exception {
    String json = "{\"Id\":\"0123456789abcdef0123456789abcdef\",\"Attempt\":1,\"Properties\":{\"CollectionType\":"
        + "\"CallDetails\",\"UTC\":\"2019-11-15T14:10:03.252\",\"Organization\":\"4062\",\"RequestId\":"
        + "\"6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab\"},\"Notifications\":[{\"Action\":\"CallDetails.CallPreprocessed\","
        + "\"OrganizationId\":4062,\"Incomplete\":true,\"TelmetricsId\":987654321,\"TelmetricsStudyID\":55,"
        + "\"CalledNumber\":\"8003147859\",\"StartTime\":\"2019-11-15T09:09:54\",\"EndTime\":\"2019-11-15T09:10:54.5\"}]}";
    TelmetricsWebhook hook = MAPPER.readValue(json, TelmetricsWebhook.class);
    assertThat(hook.attempt()).contains(1);
    TelmetricsWebhookProperties p = hook.properties().orElseThrow();
    assertThat(p.utc()).contains(Instant.parse("2019-11-15T14:10:03.252Z"));
    assertThat(p.organization()).contains("4062");
    TelmetricsNotification n = hook.notifications().get(0);
    assertThat(n.organizationId()).contains(4062L);
    assertThat(n.incomplete()).contains(true);
    assertThat(n.startTime()).contains(Instant.parse("2019-11-15T09:09:54Z"));
    assertThat(n.endTime()).contains(Instant.parse("2019-11-15T09:10:54.500Z"));
    assertThat(n.additionalProperties().get("TelmetricsStudyID").asInt()).isEqualTo(55);
    assertThat(MAPPER.writeValueAsString(hook)).contains("\"TelmetricsStudyID\":55");
  }
}
