package dev.switchboard.models.voipbin;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The inside of a VoIPBin error envelope (OpenAPI {@code ErrorBody}):
 * {@code {"status": "NOT_FOUND", "reason": "GROUPCALL_NOT_FOUND", "message": "...", "request_id": "req_...",
 * "details": [...]}}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableVoipbinErrorBody.class)
@JsonDeserialize(as = ImmutableVoipbinErrorBody.class)
public abstract class VoipbinErrorBody {
  VoipbinErrorBody() {}

  /** {@code status}: Canonical error status, 1:1 with the HTTP status. */
  @JsonProperty("status")
  public abstract Optional<VoipbinErrorStatus> status();

  /**
   * {@code reason}: Specific reason code in UPPER_SNAKE, open-ended and append-only (e.g.
   * {@code GROUPCALL_NOT_FOUND}, {@code INVALID_ID}, {@code RATE_LIMIT_EXCEEDED}).
   */
  @JsonProperty("reason")
  public abstract Optional<String> reason();

  /** {@code message}: Human-readable message for debugging. */
  @JsonProperty("message")
  public abstract Optional<String> message();

  /**
   * {@code request_id}: Request correlation ID, to include in support tickets. Required by the schema but absent in
   * the documented 429 example.
   */
  @JsonProperty("request_id")
  public abstract Optional<String> requestId();

  /**
   * {@code details}: optional structured details, kept as raw objects; on a 429, {@code details[0].limited_by} is
   * {@code "ip"} or {@code "customer"}.
   */
  @JsonProperty("details")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<JsonNode> details();

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

  /** Builds a {@link VoipbinErrorBody}. */
  public static final class Builder extends ImmutableVoipbinErrorBody.Builder {
    Builder() {}
  }
}
