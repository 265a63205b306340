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
 * The result of {@code POST /actions/{sid}/runs} (start a scenario's {@code api-initiated} branch). Its shape is not
 * documented in what was found [gap]: a run {@code id} (inside a scenario {@code run.id} is a string) and a
 * {@code status} are inferred [I]; every field received is kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableActionRun.class)
@JsonDeserialize(as = ImmutableActionRun.class)
public abstract class ActionRun {
  ActionRun() {}

  /** {@code id}: the run id [I]. */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /** {@code status}: the run status [I]. */
  @JsonProperty("status")
  public abstract Optional<String> status();

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

  /** Builds a {@link ActionRun}. */
  public static final class Builder extends ImmutableActionRun.Builder {
    Builder() {}

  }
}
