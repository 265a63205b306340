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
 * A phone number of the account ({@code Number}), returned by {@code GET /numbers} (as hits) [I], {@code GET
 * /numbers/{number}} [I] and {@code PATCH /numbers/{number}} [I]. Only the summary fields of {@link ActionNumber} are known
 * [C for those fields]; the full object (scenario, pricing, compliance) is unknown [gap] and kept in
 * {@link #additionalProperties()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableOwnedNumber.class)
@JsonDeserialize(as = ImmutableOwnedNumber.class)
public abstract class OwnedNumber {
  OwnedNumber() {}

  /** {@code e164}: the number [C, as ActionNumber]. */
  @JsonProperty("e164")
  public abstract Optional<String> e164();

  /** {@code class} [C, as ActionNumber]. */
  @JsonProperty("class")
  public abstract Optional<NumberClass> numberClass();

  /** {@code type} [C, as ActionNumber]. */
  @JsonProperty("type")
  public abstract Optional<NumberType> type();

  /** {@code country}: ISO 3166-1 alpha-2 [C, as ActionNumber]. */
  @JsonProperty("country")
  public abstract Optional<String> country();

  /** {@code assigned} [C, as ActionNumber]. */
  @JsonProperty("assigned")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> assigned();

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

  /** Builds a {@link OwnedNumber}. */
  public static final class Builder extends ImmutableOwnedNumber.Builder {
    Builder() {}

  }
}
