package dev.switchboard.models.trackdrive;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.Checks;
import dev.switchboard.models.FieldValue;
import dev.switchboard.models.ModelStyle;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * TrackDrive lead update: the JSON body of {@code PUT /api/v1/leads/:uuid} (docs leads/update). Only the fields set
 * are sent; the documented parameter list ends with "…", so other fields can be sent with
 * {@link Builder#putField(String, Object)}.
 *
 * <p>{@code next_action_at} and {@code schedule_callback_at} have three states ({@link FieldValue}): not sent (left
 * unchanged), sent as {@code null} ({@link Builder#clearNextActionAt()}), or sent with a value. Timestamps are written
 * as ISO-8601 with offset. Whether the server accepts {@code null} to clear them is unverified.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLeadUpdateRequest.class)
@JsonDeserialize(as = ImmutableLeadUpdateRequest.class)
public abstract class LeadUpdateRequest {
  private static final Set<String> RESERVED =
      Set.of(
          "contact_field_type", "caller_id", "blocked", "opt_out", "email", "traffic_source_id", "next_action_at",
          "schedule_callback_at");

  LeadUpdateRequest() {}

  /** {@code contact_field_type}: which field is used to contact the lead. */
  @JsonProperty("contact_field_type")
  public abstract Optional<String> contactFieldType();

  /** {@code caller_id}: the lead's phone number, in E.164 ({@code +15551234567}; checked by {@code build()}). */
  @JsonProperty("caller_id")
  public abstract Optional<String> callerId();

  /** {@code blocked}: block or unblock the lead. */
  @JsonProperty("blocked")
  public abstract Optional<Boolean> blocked();

  /** {@code opt_out}: opt the lead out (or back in). */
  @JsonProperty("opt_out")
  public abstract Optional<Boolean> optOut();

  /** {@code email}: the lead's e-mail address. */
  @JsonProperty("email")
  public abstract Optional<String> email();

  /** {@code traffic_source_id}: the traffic source (numeric id or UUID reference). */
  @JsonProperty("traffic_source_id")
  public abstract Optional<String> trafficSourceId();

  /** {@code next_action_at}: when the next action is due; absent, cleared ({@code null}) or a value. */
  @JsonProperty("next_action_at")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Default
  public FieldValue<OffsetDateTime> nextActionAt() {
    return FieldValue.absent();
  }

  /** {@code schedule_callback_at}: when to call the lead back; absent, cleared ({@code null}) or a value. */
  @JsonProperty("schedule_callback_at")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Default
  public FieldValue<OffsetDateTime> scheduleCallbackAt() {
    return FieldValue.absent();
  }

  /** Other body fields (undocumented update parameters or lead tokens), written at the top level. */
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

  /** Builds a {@link LeadUpdateRequest}. */
  public static final class Builder extends ImmutableLeadUpdateRequest.Builder {
    Builder() {}

    /** Sets {@code traffic_source_id} from a numeric id. */
    public Builder trafficSourceId(long id) {
      return trafficSourceId(Long.toString(id));
    }

    /** Sends {@code next_action_at} with this value. */
    public Builder nextActionAt(OffsetDateTime value) {
      return nextActionAt(FieldValue.of(value));
    }

    /** Sends {@code "next_action_at": null}, clearing it. */
    public Builder clearNextActionAt() {
      return nextActionAt(FieldValue.<OffsetDateTime>clear());
    }

    /** Sends {@code schedule_callback_at} with this value. */
    public Builder scheduleCallbackAt(OffsetDateTime value) {
      return scheduleCallbackAt(FieldValue.of(value));
    }

    /** Sends {@code "schedule_callback_at": null}, clearing it. */
    public Builder clearScheduleCallbackAt() {
      return scheduleCallbackAt(FieldValue.<OffsetDateTime>clear());
    }

    /**
     * Sends another field at the top level; {@code value} may be a string, number, boolean, list, map or JsonNode
     * ({@code null} sends JSON null).
     *
     * @throws IllegalArgumentException when {@code key} is a field with its own builder method
     */
    public Builder putField(String key, Object value) {
      TrackdriveJson.checkNotReserved(RESERVED, key);
      return putAdditionalProperties(key, TrackdriveJson.toTree(value));
    }

    /** Builds the request; a {@code caller_id} that is not E.164 is rejected (never while reading JSON). */
    @Override
    public ImmutableLeadUpdateRequest build() {
      ImmutableLeadUpdateRequest built = super.build();
      Checks.e164("caller_id", built.callerId());
      return built;
    }
  }
}
