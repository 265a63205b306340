package dev.switchboard.models.callr.v2;

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
 * Body of {@code PATCH /actions/{sid}} [C path]: any of {@code name}, {@code script}, {@code format} [I, from
 * {@code POST /actions}], plus any further field in {@link #additionalProperties()}. Absent fields are not sent.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableActionUpdateRequest.class)
@JsonDeserialize(as = ImmutableActionUpdateRequest.class)
public abstract class ActionUpdateRequest {
  ActionUpdateRequest() {}

  /** {@code name}: 1..64 characters [I]. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** {@code script}: 1..32768 characters [I]. */
  @JsonProperty("script")
  public abstract Optional<String> script();

  /** {@code format}: only {@code "yaml"} [I]. */
  @JsonProperty("format")
  public abstract Optional<String> format();

  /** Properties not modelled here, kept exactly as sent and written back (v2 is a preview). */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  static void checkFormat(Optional<String> format) {
    if (Checks.active() && format.isPresent() && !format.get().equals("yaml")) {
      throw new IllegalArgumentException("format: must be \"yaml\" (got \"" + format.get() + "\")");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ActionUpdateRequest}; {@link #build()} checks the documented constraints, naming the field. */
  public static final class Builder extends ImmutableActionUpdateRequest.Builder {
    Builder() {}

    @Override
    public ImmutableActionUpdateRequest build() {
      ImmutableActionUpdateRequest built = super.build();
      Checks.length("name", built.name(), 1, 64);
      Checks.length("script", built.script(), 1, 32768);
      checkFormat(built.format());
      return built;
    }
  }
}
