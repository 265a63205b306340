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
 * One notification of a Telmetrics webhook delivery (call or SMS details). Only a few keys are typed; every other key
 * of the (large, partly undocumented) call record is kept in {@link #additionalProperties()}. Timestamps have no zone
 * designator and read as UTC.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTelmetricsNotification.class)
@JsonDeserialize(as = ImmutableTelmetricsNotification.class)
public abstract class TelmetricsNotification {
  TelmetricsNotification() {}

  /**
   * {@code Action}: the event, e.g. {@code CallDetails.CallStart}, {@code CallDetails.CallPreprocessed},
   * {@code CallDetails.CallProcessed} (exact strings other than CallPreprocessed unverified).
   */
  @JsonProperty("Action")
  public abstract Optional<String> action();

  /** {@code OrganizationId}: the organization id (a number). */
  @JsonProperty("OrganizationId")
  public abstract Optional<Long> organizationId();

  /** {@code Incomplete}: true for "Call Preprocessed" (partial data). */
  @JsonProperty("Incomplete")
  public abstract Optional<Boolean> incomplete();

  /** {@code TelmetricsId}: the call's Telmetrics id (numeric assumed, unverified). */
  @JsonProperty("TelmetricsId")
  public abstract Optional<Long> telmetricsId();

  /** {@code CalledNumber}: the tracking number called. */
  @JsonProperty("CalledNumber")
  public abstract Optional<String> calledNumber();

  /** {@code TerminationNumber}: the number the call was forwarded to. */
  @JsonProperty("TerminationNumber")
  public abstract Optional<String> terminationNumber();

  /** {@code StartTime}: when the call started (UTC). */
  @JsonProperty("StartTime")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> startTime();

  /** {@code AnswerTime}: when the call was answered (UTC). */
  @JsonProperty("AnswerTime")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> answerTime();

  /** {@code EndTime}: when the call ended (UTC). */
  @JsonProperty("EndTime")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> endTime();

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

  /** Builds a {@link TelmetricsNotification}. */
  public static final class Builder extends ImmutableTelmetricsNotification.Builder {
    Builder() {}
  }
}
