package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.json.TimestampCodecs;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * CALLR v2 {@code GET /ping} result [C, static-docs]: {@code {"pong": "pong", "time": "2024-04-24T12:00:42.000Z"}}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePing.class)
@JsonDeserialize(as = ImmutablePing.class)
public abstract class Ping {
  Ping() {}

  /** {@code pong}: always {@code "pong"} [C]. */
  @JsonProperty("pong")
  public abstract Optional<String> pong();

  /** {@code time}: the server time (RFC 3339) [C]. */
  @JsonProperty("time")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> time();

  /** Properties not modelled here, kept exactly as sent and written back (v2 is a preview). */
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

  /** Builds a {@link Ping}. */
  public static final class Builder extends ImmutablePing.Builder {
    Builder() {}

  }
}
