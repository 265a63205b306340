package dev.switchboard.models.trackdrive;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.json.TimestampCodecs;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * TrackDrive {@code Lead}: a contact that schedules call, text or e-mail actions.
 *
 * <p>Maps the lead object returned by {@code GET /api/v1/leads} (one property per documented {@code columns} value,
 * see {@link LeadColumn}) and by lead submission ({@code POST /api/v1/leads}). The reference documents the column
 * names only: the types here (ids as {@code Long}, timestamps with offset, booleans, decimal money) are inferred and
 * unverified, and every property is optional because {@code columns=} makes objects sparse. Which columns each
 * {@link LeadSerializer} returns is undocumented. A value of another type is kept in {@link #additionalProperties()}.
 *
 * <p>Timestamps read in any ISO-8601-like layout (offset kept; UTC when none) and are written as ISO-8601 with offset.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLead.class)
@JsonDeserialize(as = ImmutableLead.class)
public abstract class Lead {
  Lead() {}

  /** {@code id}: Internal numeric id. */
  @JsonProperty("id")
  public abstract Optional<Long> id();

  /** {@code legacy_id}: Legacy numeric id. */
  @JsonProperty("legacy_id")
  public abstract Optional<Long> legacyId();

  /** {@code type}: Record type. */
  @JsonProperty("type")
  public abstract Optional<String> type();

  /** {@code uuid}: The lead's UUID (use it in {@code PUT /api/v1/leads/:uuid}). */
  @JsonProperty("uuid")
  public abstract Optional<String> uuid();

  /** {@code created_at}: When the lead was created. */
  @JsonProperty("created_at")
  @JsonDeserialize(contentUsing = TimestampCodecs.OffsetReader.class)
  public abstract Optional<OffsetDateTime> createdAt();

  /** {@code updated_at}: When the lead was last updated. */
  @JsonProperty("updated_at")
  @JsonDeserialize(contentUsing = TimestampCodecs.OffsetReader.class)
  public abstract Optional<OffsetDateTime> updatedAt();

  /** {@code deleted_at}: When the lead was deleted. */
  @JsonProperty("deleted_at")
  @JsonDeserialize(contentUsing = TimestampCodecs.OffsetReader.class)
  public abstract Optional<OffsetDateTime> deletedAt();

  /** {@code user_updated_at}: When a user last updated the lead. */
  @JsonProperty("user_updated_at")
  @JsonDeserialize(contentUsing = TimestampCodecs.OffsetReader.class)
  public abstract Optional<OffsetDateTime> userUpdatedAt();

  /** {@code routes_show_path}: Web UI path of the lead. */
  @JsonProperty("routes_show_path")
  public abstract Optional<String> routesShowPath();

  /** {@code routes_edit_path}: Web UI edit path of the lead. */
  @JsonProperty("routes_edit_path")
  public abstract Optional<String> routesEditPath();

  /** {@code external_record_id}: Your own id for the lead. */
  @JsonProperty("external_record_id")
  public abstract Optional<String> externalRecordId();

  /** {@code context_menu_name}: Display name used by the web UI. */
  @JsonProperty("context_menu_name")
  public abstract Optional<String> contextMenuName();

  /** {@code name}: Name. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** {@code caller_id}: The lead's phone number (caller id), in whatever format TrackDrive stores. */
  @JsonProperty("caller_id")
  public abstract Optional<String> callerId();

  /** {@code email}: The lead's e-mail address. */
  @JsonProperty("email")
  public abstract Optional<String> email();

  /** {@code full_name}: Full name. */
  @JsonProperty("full_name")
  public abstract Optional<String> fullName();

  /** {@code contact_field_type}: Which field is used to contact the lead. */
  @JsonProperty("contact_field_type")
  public abstract Optional<String> contactFieldType();

  /** {@code expires_in}: Expiry; kept as raw JSON because its type (seconds or date) is undocumented. */
  @JsonProperty("expires_in")
  public abstract Optional<JsonNode> expiresIn();

  /** {@code country}: Country. */
  @JsonProperty("country")
  public abstract Optional<String> country();

  /** {@code state_province}: State or province. */
  @JsonProperty("state_province")
  public abstract Optional<String> stateProvince();

  /** {@code zip_postal_code}: ZIP or postal code. */
  @JsonProperty("zip_postal_code")
  public abstract Optional<String> zipPostalCode();

  /** {@code time_zone}: Time zone of the lead. */
  @JsonProperty("time_zone")
  public abstract Optional<String> timeZone();

  /** {@code sub_id}: Sub id. */
  @JsonProperty("sub_id")
  public abstract Optional<String> subId();

  /** {@code offer_id}: The offer's id. */
  @JsonProperty("offer_id")
  public abstract Optional<Long> offerId();

  /** {@code schedule_id}: The schedule's internal id. */
  @JsonProperty("schedule_id")
  public abstract Optional<Long> scheduleId();

  /** {@code status}: Status (no documented values). */
  @JsonProperty("status")
  public abstract Optional<String> status();

  /** {@code human_status}: Human-readable status (no documented values). */
  @JsonProperty("human_status")
  public abstract Optional<String> humanStatus();

  /** {@code css_status}: Status styling class for the web UI. */
  @JsonProperty("css_status")
  public abstract Optional<String> cssStatus();

  /** {@code has_next_action}: Whether the lead has more actions to perform. */
  @JsonProperty("has_next_action")
  public abstract Optional<Boolean> hasNextAction();

  /** {@code opt_out}: Whether the lead opted out. */
  @JsonProperty("opt_out")
  public abstract Optional<Boolean> optOut();

  /** {@code revenue}: Revenue; number or string on the wire, both read; written as a number. */
  @JsonProperty("revenue")
  public abstract Optional<BigDecimal> revenue();

  /** {@code payout}: Payout; number or string on the wire, both read; written as a number. */
  @JsonProperty("payout")
  public abstract Optional<BigDecimal> payout();

  /** {@code offer_converted}: Whether a traffic source converted. */
  @JsonProperty("offer_converted")
  public abstract Optional<Boolean> offerConverted();

  /** {@code buyer_converted}: Whether a buyer converted. */
  @JsonProperty("buyer_converted")
  public abstract Optional<Boolean> buyerConverted();

  /** {@code traffic_source_id}: The traffic source's id. */
  @JsonProperty("traffic_source_id")
  public abstract Optional<Long> trafficSourceId();

  /** {@code buyer_id}: The buyer's id. */
  @JsonProperty("buyer_id")
  public abstract Optional<Long> buyerId();

  /** {@code lead_import_id}: The lead import it came from. */
  @JsonProperty("lead_import_id")
  public abstract Optional<Long> leadImportId();

  /** {@code remote_ip}: IP address the lead was submitted from. */
  @JsonProperty("remote_ip")
  public abstract Optional<String> remoteIp();

  /** {@code attempted_call_id}: The last attempted call. */
  @JsonProperty("attempted_call_id")
  public abstract Optional<Long> attemptedCallId();

  /** {@code connected_call_id}: The connected call. */
  @JsonProperty("connected_call_id")
  public abstract Optional<Long> connectedCallId();

  /** {@code scheduled_callback_id}: The scheduled callback. */
  @JsonProperty("scheduled_callback_id")
  public abstract Optional<Long> scheduledCallbackId();

  /** {@code call_buyer_conversion_id}: The call that converted for a buyer. */
  @JsonProperty("call_buyer_conversion_id")
  public abstract Optional<Long> callBuyerConversionId();

  /** {@code call_offer_conversion_id}: The call that converted for the offer. */
  @JsonProperty("call_offer_conversion_id")
  public abstract Optional<Long> callOfferConversionId();

  /** {@code sms_number_id}: The SMS number assigned. */
  @JsonProperty("sms_number_id")
  public abstract Optional<Long> smsNumberId();

  /** {@code dial_number_id}: The number dialled. */
  @JsonProperty("dial_number_id")
  public abstract Optional<Long> dialNumberId();

  /** {@code dial_tier}: Dial tier. */
  @JsonProperty("dial_tier")
  public abstract Optional<Integer> dialTier();

  /** {@code last_action_at}: When the last action ran. */
  @JsonProperty("last_action_at")
  @JsonDeserialize(contentUsing = TimestampCodecs.OffsetReader.class)
  public abstract Optional<OffsetDateTime> lastActionAt();

  /** {@code first_action_at}: When the first action ran. */
  @JsonProperty("first_action_at")
  @JsonDeserialize(contentUsing = TimestampCodecs.OffsetReader.class)
  public abstract Optional<OffsetDateTime> firstActionAt();

  /** {@code first_queued_at}: When the lead was first queued. */
  @JsonProperty("first_queued_at")
  @JsonDeserialize(contentUsing = TimestampCodecs.OffsetReader.class)
  public abstract Optional<OffsetDateTime> firstQueuedAt();

  /** {@code schedule_ended_at}: When its schedule ended. */
  @JsonProperty("schedule_ended_at")
  @JsonDeserialize(contentUsing = TimestampCodecs.OffsetReader.class)
  public abstract Optional<OffsetDateTime> scheduleEndedAt();

  /** {@code next_action_at}: When the next action is due. */
  @JsonProperty("next_action_at")
  @JsonDeserialize(contentUsing = TimestampCodecs.OffsetReader.class)
  public abstract Optional<OffsetDateTime> nextActionAt();

  /** {@code last_call_at}: When the lead was last called. */
  @JsonProperty("last_call_at")
  @JsonDeserialize(contentUsing = TimestampCodecs.OffsetReader.class)
  public abstract Optional<OffsetDateTime> lastCallAt();

  /** {@code is_live}: Whether the lead is live. */
  @JsonProperty("is_live")
  public abstract Optional<Boolean> isLive();

  /** {@code schedule_trigger_type}: What triggered its schedule. */
  @JsonProperty("schedule_trigger_type")
  public abstract Optional<String> scheduleTriggerType();

  /** {@code blocked}: Whether the lead is blocked. */
  @JsonProperty("blocked")
  public abstract Optional<Boolean> blocked();

  /** {@code data}: Lead tokens and custom data, kept as raw JSON. */
  @JsonProperty("data")
  public abstract Optional<JsonNode> data();

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

  /** Builds a {@link Lead}. */
  public static final class Builder extends ImmutableLead.Builder {
    Builder() {}
  }
}
