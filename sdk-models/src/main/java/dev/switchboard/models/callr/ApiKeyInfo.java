package dev.switchboard.models.callr;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An API key as returned by {@code api-key.create} (with its {@code token}) and {@code api-key.all} (without it): {@code Authentication.ApiKey} plus the numeric {@code id}.
 *
 * <p>Hand-written (not generated from the Objects reference); read leniently, unknown properties kept.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableApiKeyInfo.class)
@JsonDeserialize(as = ImmutableApiKeyInfo.class)
public abstract class ApiKeyInfo {
  ApiKeyInfo() {}

  /** {@code id}. */
  @JsonProperty("id")
  public abstract Optional<Long> id();

  /** {@code name}. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** {@code token}. */
  @JsonProperty("token")
  public abstract Optional<String> token();

  /** {@code created_at}. */
  @JsonProperty("created_at")
  public abstract Optional<Instant> createdAt();

  /** {@code updated_at}. */
  @JsonProperty("updated_at")
  public abstract Optional<Instant> updatedAt();

  /** {@code last_used_at}. */
  @JsonProperty("last_used_at")
  public abstract Optional<Instant> lastUsedAt();

  /** Properties not modelled here, kept as sent and written back. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ApiKeyInfo}. */
  public static final class Builder extends ImmutableApiKeyInfo.Builder {
    Builder() {}
  }
}
