package dev.switchboard.models.voipbin;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.UUID;
import org.immutables.value.Value;

/**
 * VoIPBin {@code Groupcall}: one call placed to several destinations at once ({@code ring_all}) or one by one
 * ({@code linear}).
 *
 * <p>Maps the documented object {@code Groupcall} (OpenAPI {@code CallManagerGroupcall}; Go
 * {@code groupcall.WebhookMessage}), returned by {@code GET/POST /groupcalls}, {@code GET/DELETE /groupcalls/{id}} and
 * {@code POST /groupcalls/{id}/hangup}, and carried by the {@code groupcall_*} webhook events.
 *
 * <p><b>Nil UUID.</b> VoIPBin writes {@code 00000000-0000-0000-0000-000000000000} for "no reference". The
 * {@code raw...} accessors hold the value exactly as sent (so a documented example round-trips); the accessors without
 * the prefix ({@link #answerCallId()}, {@link #ownerId()}...) report the nil UUID as empty.
 *
 * <p><b>Timestamps.</b> Read in every layout VoIPBin has used (RFC 3339 with 0-9 fraction digits, or the legacy
 * {@code 2023-04-21 15:33:28.569053}); the {@code 9999-01-01} "not yet" sentinel, {@code null} and a missing key all
 * read as empty. Written as Go does today: RFC 3339, nanoseconds with trailing zeros trimmed, UTC.
 *
 * <p><b>Omitted values.</b> The Go server omits empty strings and zero integers, so a missing {@code ring_method} means
 * {@link RingMethod#NONE} and a missing {@code call_count} means 0 (which production really emits is unverified).
 * Empty lists are not written either.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGroupcall.class)
@JsonDeserialize(as = ImmutableGroupcall.class)
public abstract class Groupcall {
  /** The nil UUID {@code 00000000-0000-0000-0000-000000000000}: VoIPBin's "no reference". */
  public static final UUID NIL_UUID = new UUID(0L, 0L);

  Groupcall() {}

  /** {@code id} (uuid): The groupcall's unique identifier. */
  @JsonProperty("id")
  public abstract Optional<UUID> id();

  /** {@code customer_id} (uuid): The customer who owns this groupcall. */
  @JsonProperty("customer_id")
  public abstract Optional<UUID> customerId();

  /** {@code owner_type}: Type of the resource owner, e.g. {@code "agent"}; omitted by the server when empty. */
  @JsonProperty("owner_type")
  public abstract Optional<String> ownerType();

  /** {@code owner_id} (uuid) exactly as sent: the nil UUID when there is no owner. See {@link #ownerId()}. */
  @JsonProperty("owner_id")
  public abstract Optional<UUID> rawOwnerId();

  /** {@code status}: Current status ({@code progressing}, {@code hangingup}, {@code hangup} = final). */
  @JsonProperty("status")
  public abstract Optional<GroupcallStatus> status();

  /** {@code flow_id} (uuid) exactly as sent: the nil UUID when there is no flow. See {@link #flowId()}. */
  @JsonProperty("flow_id")
  public abstract Optional<UUID> rawFlowId();

  /** {@code source} (Address, nullable): Source address of the groupcall. */
  @JsonProperty("source")
  public abstract Optional<Address> source();

  /**
   * {@code destinations} ([Address], documented minItems 1): the addresses to ring. A destination may itself be a
   * groupcall (nested groupcalls; see {@link #groupcallIds()}).
   */
  @JsonProperty("destinations")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Address> destinations();

  /** {@code master_call_id} (uuid, nullable) exactly as sent. See {@link #masterCallId()}. */
  @JsonProperty("master_call_id")
  public abstract Optional<UUID> rawMasterCallId();

  /** {@code master_groupcall_id} (uuid, nullable) exactly as sent: nil UUID for a top-level groupcall. */
  @JsonProperty("master_groupcall_id")
  public abstract Optional<UUID> rawMasterGroupcallId();

  /** {@code ring_method}: How destinations are rung; {@link RingMethod#NONE} ({@code ""}) is the server default. */
  @JsonProperty("ring_method")
  public abstract Optional<RingMethod> ringMethod();

  /** {@code answer_method}: What happens when a destination answers. */
  @JsonProperty("answer_method")
  public abstract Optional<AnswerMethod> answerMethod();

  /** {@code answer_call_id} (uuid) exactly as sent: the nil UUID until a destination answers. */
  @JsonProperty("answer_call_id")
  public abstract Optional<UUID> rawAnswerCallId();

  /** {@code call_ids} ([uuid]): The calls created for the destinations; each works with {@code GET /calls/{id}}. */
  @JsonProperty("call_ids")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<UUID> callIds();

  /** {@code answer_groupcall_id} (uuid) exactly as sent: the nil UUID until a nested groupcall answers. */
  @JsonProperty("answer_groupcall_id")
  public abstract Optional<UUID> rawAnswerGroupcallId();

  /** {@code groupcall_ids} ([uuid]): The nested groupcalls. */
  @JsonProperty("groupcall_ids")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<UUID> groupcallIds();

  /** {@code call_count}: Remaining calls of the current dial (omitted by the server when 0). */
  @JsonProperty("call_count")
  public abstract Optional<Integer> callCount();

  /** {@code groupcall_count}: Remaining nested groupcalls of the current dial (omitted by the server when 0). */
  @JsonProperty("groupcall_count")
  public abstract Optional<Integer> groupcallCount();

  /** {@code dial_index} (nullable): Current dial index, valid only when the ring method is {@code ring_all}. */
  @JsonProperty("dial_index")
  public abstract Optional<Integer> dialIndex();

  /** {@code tm_create}: When the groupcall was created. */
  @JsonProperty("tm_create")
  @JsonSerialize(contentUsing = TimestampCodecs.VoipbinWriter.class)
  @JsonDeserialize(contentUsing = TimestampCodecs.VoipbinReader.class)
  public abstract Optional<Instant> tmCreate();

  /** {@code tm_update}: When any property last changed; empty while the "not yet" sentinel is sent. */
  @JsonProperty("tm_update")
  @JsonSerialize(contentUsing = TimestampCodecs.VoipbinWriter.class)
  @JsonDeserialize(contentUsing = TimestampCodecs.VoipbinReader.class)
  public abstract Optional<Instant> tmUpdate();

  /** {@code tm_delete} (nullable): When the groupcall was deleted; empty while it is not deleted. */
  @JsonProperty("tm_delete")
  @JsonSerialize(contentUsing = TimestampCodecs.VoipbinWriter.class)
  @JsonDeserialize(contentUsing = TimestampCodecs.VoipbinReader.class)
  public abstract Optional<Instant> tmDelete();

  /** Properties the reference does not document, kept as sent and written back. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** The owner ({@code owner_id}), or empty when absent or the nil UUID. */
  public Optional<UUID> ownerId() {
    return referenceOf(rawOwnerId());
  }

  /** The flow ({@code flow_id}), or empty when absent or the nil UUID. */
  public Optional<UUID> flowId() {
    return referenceOf(rawFlowId());
  }

  /** The master call ({@code master_call_id}), or empty when absent, null or the nil UUID. */
  public Optional<UUID> masterCallId() {
    return referenceOf(rawMasterCallId());
  }

  /** The master groupcall ({@code master_groupcall_id}), or empty for a top-level groupcall. */
  public Optional<UUID> masterGroupcallId() {
    return referenceOf(rawMasterGroupcallId());
  }

  /** The answered call ({@code answer_call_id}), or empty until a destination answers (nil UUID). */
  public Optional<UUID> answerCallId() {
    return referenceOf(rawAnswerCallId());
  }

  /** The answered nested groupcall ({@code answer_groupcall_id}), or empty until one answers (nil UUID). */
  public Optional<UUID> answerGroupcallId() {
    return referenceOf(rawAnswerGroupcallId());
  }

  /** Whether the groupcall reached its final status {@code hangup}. */
  public boolean hasHungUp() {
    return status().map(s -> s.value() == GroupcallStatus.Value.HANGUP).orElse(false);
  }

  /** Empty for an absent value or the nil UUID. */
  static Optional<UUID> referenceOf(Optional<UUID> raw) {
    return raw.filter(id -> !NIL_UUID.equals(id));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Groupcall}. */
  public static final class Builder extends ImmutableGroupcall.Builder {
    Builder() {}
  }
}
