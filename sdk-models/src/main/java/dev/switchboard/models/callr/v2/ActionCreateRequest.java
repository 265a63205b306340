package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Body of {@code POST /actions} (create a Callr Actions scenario) [C, static-docs]: {@code name} (required,
 * 1..64 characters; the server also applies a Unicode-letter pattern not captured), {@code script} (required, the YAML,
 * 1..32768 characters) and {@code format} (optional, only {@code "yaml"}).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableActionCreateRequest.class)
@JsonDeserialize(as = ImmutableActionCreateRequest.class)
public abstract class ActionCreateRequest {
  ActionCreateRequest() {}

  /** {@code name}: required, 1..64 characters [C]. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** {@code script}: required, 1..32768 characters [C]. */
  @JsonProperty("script")
  public abstract Optional<String> script();

  /** {@code format}: optional, only {@code "yaml"} [C]. */
  @JsonProperty("format")
  public abstract Optional<String> format();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ActionCreateRequest}; {@link #build()} checks the documented constraints, naming the field. */
  public static final class Builder extends ImmutableActionCreateRequest.Builder {
    Builder() {}

    @Override
    public ImmutableActionCreateRequest build() {
      ImmutableActionCreateRequest built = super.build();
      Checks.required("name", built.name());
      Checks.length("name", built.name(), 1, 64);
      Checks.required("script", built.script());
      Checks.length("script", built.script(), 1, 32768);
      ActionUpdateRequest.checkFormat(built.format());
      return built;
    }
  }
}
