package dev.switchboard.models.telmetrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.json.TimestampCodecs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Telmetrics {@code Group} (a number group): numbers and number pools belong to it, and its calls are reported in its
 * time zone.
 *
 * <p>Maps the response fields of the Groups Resource (Telmetrics v3, "Field Reference"). The seed does not list
 * {@code group_owner_id} among the response fields; it is kept here for symmetry with the request (unverified). The
 * layout of {@code created_datetime}/{@code modified_datetime} is undocumented: any ISO-8601-like layout is read (UTC
 * when no zone is given) and ISO-8601 UTC is written. Enumerations match case-insensitively and keep the raw string.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGroup.class)
@JsonDeserialize(as = ImmutableGroup.class)
public abstract class Group {
  Group() {}

  /** {@code id}: Group's unique identifier. */
  @JsonProperty("id")
  public abstract Optional<Long> id();

  /** {@code name}: Group's name (unique). */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** {@code time_zone}: calls to the group's numbers are reported in this time zone. */
  @JsonProperty("time_zone")
  public abstract Optional<GroupTimeZone> timeZone();

  /** {@code group_owner_id}: Group Owner of the Group (not in the documented response list; unverified). */
  @JsonProperty("group_owner_id")
  public abstract Optional<Long> groupOwnerId();

  /** {@code rich_data_type}: level of caller detail retrieved ({@code Basic} or {@code Rich}). */
  @JsonProperty("rich_data_type")
  public abstract Optional<RichDataType> richDataType();

  /** {@code billing_group_id}: the billing configuration of the group. */
  @JsonProperty("billing_group_id")
  public abstract Optional<Long> billingGroupId();

  /** {@code email_notifications}: comma-delimited e-mail addresses notified on every call, as sent. */
  @JsonProperty("email_notifications")
  public abstract Optional<String> emailNotifications();

  /** {@code customer_id}: open field mapping the group to a customer of your own. */
  @JsonProperty("customer_id")
  public abstract Optional<Long> customerId();

  /** {@code tracking_javascript}: JavaScript snippet measuring calls from your web pages. */
  @JsonProperty("tracking_javascript")
  public abstract Optional<String> trackingJavascript();

  /** {@code status}: Group's current status ({@code Active} / {@code Cancelled}, any case). */
  @JsonProperty("status")
  public abstract Optional<GroupStatus> status();

  /** {@code created_datetime}: when the group was created (layout undocumented). */
  @JsonProperty("created_datetime")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> createdDatetime();

  /** {@code modified_datetime}: when the group was last modified (layout undocumented). */
  @JsonProperty("modified_datetime")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> modifiedDatetime();

  /** Properties the reference does not document, kept as sent and written back. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** {@code email_notifications} split into addresses (empty when absent). */
  public List<String> emailNotificationList() {
    return EmailList.split(emailNotifications());
  }

  /** Builds a {@link Group}. */
  public static final class Builder extends ImmutableGroup.Builder {
    Builder() {}
  }
}
