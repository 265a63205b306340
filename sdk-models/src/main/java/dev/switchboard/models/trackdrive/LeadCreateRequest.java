package dev.switchboard.models.trackdrive;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.Secret;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * TrackDrive lead submission: the JSON body of {@code POST /api/v1/leads} (create or upsert; docs
 * leads_external/create, leads/create). "A successful submission returns HTTP 200 with the serialized lead"
 * ({@link Lead}).
 *
 * <p>Authenticated by {@code lead_token} (an offer or schedule lead token), which is a secret: masked in
 * {@code toString()}. Any key that is not a documented field becomes a <em>lead token</em>: add them with
 * {@link Builder#putLeadToken(String, Object)}; they are written at the top level. Nested custom data goes in
 * {@code data}.
 *
 * <p>Request-side: {@code build()} requires a non-blank {@code lead_token} and a {@code caller_id} in E.164
 * ({@code +15551234567}): TrackDrive reads other formats too, but how it guesses a country for a national number is
 * undocumented, so the SDK sends only unambiguous numbers. A lead read from a response is never rejected. Timestamps are written as ISO-8601 with
 * offset. The types of {@code expires_in}, {@code hours_to_expire}, {@code lead_priority} and
 * {@code max_contact_attempts} are not documented (integers assumed, unverified).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLeadCreateRequest.class)
@JsonDeserialize(as = ImmutableLeadCreateRequest.class)
public abstract class LeadCreateRequest {
  private static final Set<String> RESERVED =
      Set.of(
          "lead_token", "schedule_lead_token", "offer_lead_token", "caller_id", "email", "contact_field_type",
          "schedule_callback_at", "schedule_callback_in_seconds", "update_all_matching_leads", "apply_to",
          "unblock_contact", "blocked", "assign_trackdrive_number", "assign_sms_number", "expire_existing",
          "delete_existing", "update_only", "lead_priority", "restart_schedule", "auto_format_nested_fields",
          "next_action_at", "hours_to_expire", "max_contact_attempts", "expires_in", "data");

  LeadCreateRequest() {}

  /** {@code lead_token} (required, secret): the offer or schedule lead token that authenticates the submission. */
  @JsonProperty("lead_token")
  @Secret
  public abstract Optional<String> leadToken();

  /** {@code caller_id} (required): the lead's phone number, in E.164 ({@code +15551234567}). */
  @JsonProperty("caller_id")
  public abstract Optional<String> callerId();

  /** {@code email}: the lead's e-mail address (required for e-mails sent by schedules). */
  @JsonProperty("email")
  public abstract Optional<String> email();

  /** {@code contact_field_type}: which field identifies and contacts the lead. */
  @JsonProperty("contact_field_type")
  public abstract Optional<String> contactFieldType();

  /** {@code schedule_callback_at}: when to call the lead back. */
  @JsonProperty("schedule_callback_at")
  public abstract Optional<OffsetDateTime> scheduleCallbackAt();

  /** {@code schedule_callback_in_seconds}: call the lead back after this many seconds. */
  @JsonProperty("schedule_callback_in_seconds")
  public abstract Optional<Long> scheduleCallbackInSeconds();

  /** {@code update_all_matching_leads}: update every lead matching the contact, not just one. */
  @JsonProperty("update_all_matching_leads")
  public abstract Optional<Boolean> updateAllMatchingLeads();

  /** {@code apply_to}: what the submission also applies to (documented value: {@code "calls"}). */
  @JsonProperty("apply_to")
  public abstract Optional<String> applyTo();

  /** {@code unblock_contact}: unblock the contact. */
  @JsonProperty("unblock_contact")
  public abstract Optional<Boolean> unblockContact();

  /** {@code blocked}: block the lead. */
  @JsonProperty("blocked")
  public abstract Optional<Boolean> blocked();

  /** {@code assign_trackdrive_number}: assign a TrackDrive number to the lead. */
  @JsonProperty("assign_trackdrive_number")
  public abstract Optional<Boolean> assignTrackdriveNumber();

  /** {@code assign_sms_number}: assign an SMS number to the lead. */
  @JsonProperty("assign_sms_number")
  public abstract Optional<Boolean> assignSmsNumber();

  /** {@code expire_existing}: expire existing matching leads. */
  @JsonProperty("expire_existing")
  public abstract Optional<Boolean> expireExisting();

  /** {@code delete_existing}: delete existing matching leads. */
  @JsonProperty("delete_existing")
  public abstract Optional<Boolean> deleteExisting();

  /** {@code update_only}: only update an existing lead, never create one. */
  @JsonProperty("update_only")
  public abstract Optional<Boolean> updateOnly();

  /** {@code lead_priority}: the lead's priority (integer assumed, unverified). */
  @JsonProperty("lead_priority")
  public abstract Optional<Integer> leadPriority();

  /** {@code restart_schedule}: restart the lead's schedule. */
  @JsonProperty("restart_schedule")
  public abstract Optional<Boolean> restartSchedule();

  /** {@code auto_format_nested_fields}: let TrackDrive format nested fields. */
  @JsonProperty("auto_format_nested_fields")
  public abstract Optional<Boolean> autoFormatNestedFields();

  /** {@code next_action_at}: when the next action is due. */
  @JsonProperty("next_action_at")
  public abstract Optional<OffsetDateTime> nextActionAt();

  /** {@code hours_to_expire}: expire the lead after this many hours (integer assumed, unverified). */
  @JsonProperty("hours_to_expire")
  public abstract Optional<Integer> hoursToExpire();

  /** {@code max_contact_attempts}: the most contact attempts to make. */
  @JsonProperty("max_contact_attempts")
  public abstract Optional<Integer> maxContactAttempts();

  /** {@code expires_in}: expiry (integer assumed, unit unverified). */
  @JsonProperty("expires_in")
  public abstract Optional<Long> expiresIn();

  /** {@code data}: nested custom data; its keys become lead tokens. Not written when empty. */
  @JsonProperty("data")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, JsonNode> data();

  /** The lead tokens: every other key, written at the top level. */
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

  /** Builds a {@link LeadCreateRequest}; {@link #build()} checks the documented constraints. */
  public static final class Builder extends ImmutableLeadCreateRequest.Builder {
    Builder() {}

    /**
     * Adds a lead token written at the top level of the body; {@code value} may be a string, number, boolean, list,
     * map or JsonNode.
     *
     * @throws IllegalArgumentException when {@code key} is blank or a documented field
     */
    public Builder putLeadToken(String key, Object value) {
      TrackdriveJson.checkNotReserved(RESERVED, key);
      return putAdditionalProperties(key, TrackdriveJson.toTree(value));
    }

    /** Adds an entry to {@code data}; {@code value} may be any plain value or JsonNode. */
    public Builder putData(String key, Object value) {
      return putData(key, TrackdriveJson.toTree(value));
    }

    @Override
    public ImmutableLeadCreateRequest build() {
      ImmutableLeadCreateRequest built = super.build();
      notBlank("lead_token", built.leadToken());
      notBlank("caller_id", built.callerId());
      Checks.e164("caller_id", built.callerId());
      return built;
    }

    private static void notBlank(String field, Optional<String> value) {
      Checks.required(field, value);
      if (Checks.active() && value.get().isBlank()) {
        throw new IllegalArgumentException(field + ": must not be blank");
      }
    }
  }
}
