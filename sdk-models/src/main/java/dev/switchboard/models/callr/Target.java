package dev.switchboard.models.callr;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * CALLR {@code Target}: a phone number to call and how long to let it ring.
 *
 * <p>Maps the documented object {@code Target}. Request-side: {@code build()} checks that {@code number} is E.164 and
 * {@code timeout} lies in 5..300 seconds; values read from a response are never rejected.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target {
  Target() {}

  /** {@code number}: Phone number. Format: phone_number (E.164, e.g. +33612345678). */
  @JsonProperty("number")
  public abstract Optional<String> number();

  /** {@code timeout}: Dial timeout in seconds. Format: dial_timeout (5..300). */
  @JsonProperty("timeout")
  public abstract Optional<Integer> timeout();

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

  /** Builds a {@link Target}; {@link #build()} checks the documented constraints. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}

    @Override
    public ImmutableTarget build() {
      ImmutableTarget built = super.build();
      Checks.e164("number", built.number());
      Checks.range("timeout", built.timeout(), 5, 300);
      return built;
    }
  }
}
