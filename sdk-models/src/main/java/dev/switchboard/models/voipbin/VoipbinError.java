package dev.switchboard.models.voipbin;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * VoIPBin error envelope {@code {"error": {...}}}, the body of every non-2xx response (OpenAPI
 * {@code ErrorResponse}; docs restful_api.rst "Error Response Envelope").
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableVoipbinError.class)
@JsonDeserialize(as = ImmutableVoipbinError.class)
public abstract class VoipbinError {
  VoipbinError() {}

  /** {@code error}: the error details (required by the schema; empty if a body lacks it). */
  @JsonProperty("error")
  public abstract Optional<VoipbinErrorBody> error();

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

  /** Builds a {@link VoipbinError}. */
  public static final class Builder extends ImmutableVoipbinError.Builder {
    Builder() {}
  }
}
