package dev.switchboard.models.telmetrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Telmetrics webhook delivery (docs "Webhooks", "SMS Webhooks"): PascalCase, unlike the REST API, and unsigned (no
 * signature scheme is documented).
 * {@code {"Id", "Attempt", "Properties": {...}, "Notifications": [...]}}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTelmetricsWebhook.class)
@JsonDeserialize(as = ImmutableTelmetricsWebhook.class)
public abstract class TelmetricsWebhook {
  TelmetricsWebhook() {}

  /** {@code Id}: the delivery id (32 hex digits). */
  @JsonProperty("Id")
  public abstract Optional<String> id();

  /** {@code Attempt}: the delivery attempt, from 1. */
  @JsonProperty("Attempt")
  public abstract Optional<Integer> attempt();

  /** {@code Properties}: collection type, time, organization and request id. */
  @JsonProperty("Properties")
  public abstract Optional<TelmetricsWebhookProperties> properties();

  /** {@code Notifications}: the events delivered. */
  @JsonProperty("Notifications")
  public abstract List<TelmetricsNotification> notifications();

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

  /** Builds a {@link TelmetricsWebhook}. */
  public static final class Builder extends ImmutableTelmetricsWebhook.Builder {
    Builder() {}
  }
}
