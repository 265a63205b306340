package dev.switchboard.models.telmetrics;

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
 * The {@code Properties} of a Telmetrics webhook delivery. {@code UTC} has no zone designator and a variable number
 * of fraction digits; it reads as UTC and is written as ISO-8601 with {@code Z}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTelmetricsWebhookProperties.class)
@JsonDeserialize(as = ImmutableTelmetricsWebhookProperties.class)
public abstract class TelmetricsWebhookProperties {
  TelmetricsWebhookProperties() {}

  /** {@code CollectionType}: {@code "CallDetails"} or {@code "SmsDetails"}. */
  @JsonProperty("CollectionType")
  public abstract Optional<String> collectionType();

  /** {@code UTC}: when the delivery was made (UTC). */
  @JsonProperty("UTC")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> utc();

  /** {@code Organization}: the organization id, a string here (a number in notifications). */
  @JsonProperty("Organization")
  public abstract Optional<String> organization();

  /** {@code RequestId}: the request id (a UUID string). */
  @JsonProperty("RequestId")
  public abstract Optional<String> requestId();

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

  /** Builds a {@link TelmetricsWebhookProperties}. */
  public static final class Builder extends ImmutableTelmetricsWebhookProperties.Builder {
    Builder() {}
  }
}
