package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A destination and its price, {@code GET /billing/destinations} [C path]. Fields unknown [gap]; the CDR's
 * {@code billingDestinationLabel} (e.g. {@code FR-GEOGRAPHIC-CLASSIC}) is probably its key [I]. Every field is kept in
 * {@link #additionalProperties()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableBillingDestination.class)
@JsonDeserialize(as = ImmutableBillingDestination.class)
public abstract class BillingDestination {
  BillingDestination() {}

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

  /** Builds a {@link BillingDestination}. */
  public static final class Builder extends ImmutableBillingDestination.Builder {
    Builder() {}

  }
}
