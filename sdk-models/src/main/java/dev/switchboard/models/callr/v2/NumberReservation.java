package dev.switchboard.models.callr.v2;

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
 * The result of reserving numbers, {@code POST /numbers/store} [C path]. Presumably holds the reservation
 * {@code token} used by {@code POST}/{@code DELETE /numbers/store/{token}} [I]; v1 also returned the numbers, cost and an
 * expiry. Every field is kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableNumberReservation.class)
@JsonDeserialize(as = ImmutableNumberReservation.class)
public abstract class NumberReservation {
  NumberReservation() {}

  /** {@code token}: the reservation token [I name]. */
  @JsonProperty("token")
  public abstract Optional<String> token();

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

  /** Builds a {@link NumberReservation}. */
  public static final class Builder extends ImmutableNumberReservation.Builder {
    Builder() {}

  }
}
