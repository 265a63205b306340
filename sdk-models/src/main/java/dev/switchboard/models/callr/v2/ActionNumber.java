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
 * A phone number assigned to a Callr Actions scenario ({@code numbers[]} of {@link CallrAction}) [C, static-docs example].
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableActionNumber.class)
@JsonDeserialize(as = ImmutableActionNumber.class)
public abstract class ActionNumber {
  ActionNumber() {}

  /** {@code e164}: the number, e.g. {@code +33199001234} [C]. */
  @JsonProperty("e164")
  public abstract Optional<String> e164();

  /** {@code class}: {@code classic} (seen) [C]; {@code gold} [I]. */
  @JsonProperty("class")
  public abstract Optional<NumberClass> numberClass();

  /** {@code type}: {@code geographic} (seen) [C]. */
  @JsonProperty("type")
  public abstract Optional<NumberType> type();

  /** {@code assigned}: when the number was assigned [C]. */
  @JsonProperty("assigned")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> assigned();

  /** {@code country}: ISO 3166-1 alpha-2 code, e.g. {@code FR} [C]. */
  @JsonProperty("country")
  public abstract Optional<String> country();

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

  /** Builds a {@link ActionNumber}. */
  public static final class Builder extends ImmutableActionNumber.Builder {
    Builder() {}

  }
}
