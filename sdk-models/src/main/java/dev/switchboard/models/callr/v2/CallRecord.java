package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.json.AmountWriter;
import dev.switchboard.models.json.TimestampCodecs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A v2 call detail record (CDR, camelCase v2 format) [C: docs.callr.com/docs/callr-actions-pre-defined-variables,
 * call-detail-records-cdr], carried by the {@code v2.call.*} webhook events. The captured field list stops at
 * {@code hangupTech}; later fields are kept in {@link #additionalProperties()}. Money is a decimal string in cents.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCallRecord.class)
@JsonDeserialize(as = ImmutableCallRecord.class)
public abstract class CallRecord {
  CallRecord() {}

  /** {@code billingCredit}, e.g. {@code "0.0000"} [C]. */
  @JsonProperty("billingCredit")
  @JsonSerialize(contentUsing = AmountWriter.class)
  public abstract Optional<BigDecimal> billingCredit();

  /** {@code billingDebit}, e.g. {@code "0.8925"} [C]. */
  @JsonProperty("billingDebit")
  @JsonSerialize(contentUsing = AmountWriter.class)
  public abstract Optional<BigDecimal> billingDebit();

  /** {@code billingDestinationLabel}, e.g. {@code FR-GEOGRAPHIC-CLASSIC} [C]. */
  @JsonProperty("billingDestinationLabel")
  public abstract Optional<String> billingDestinationLabel();

  /** {@code billingPaymentType} [C]. */
  @JsonProperty("billingPaymentType")
  public abstract Optional<PaymentType> billingPaymentType();

  /** {@code callee}: E.164 [C]. */
  @JsonProperty("callee")
  public abstract Optional<String> callee();

  /** {@code callerName} [C]. */
  @JsonProperty("callerName")
  public abstract Optional<String> callerName();

  /** {@code callerNumber}: empty when the caller id is restricted [C]. */
  @JsonProperty("callerNumber")
  public abstract Optional<String> callerNumber();

  /** {@code callerRestricted}: CLIR [C]. */
  @JsonProperty("callerRestricted")
  public abstract Optional<Boolean> callerRestricted();

  /** {@code callid}: 64-bit call id, e.g. {@code 242359184129} [C]. */
  @JsonProperty("callid")
  public abstract Optional<Long> callid();

  /** {@code direction} [C]. */
  @JsonProperty("direction")
  public abstract Optional<TrafficDirection> direction();

  /** {@code durationAnswered}: seconds [C]. */
  @JsonProperty("durationAnswered")
  public abstract Optional<Integer> durationAnswered();

  /** {@code durationBilled}: seconds [C]. */
  @JsonProperty("durationBilled")
  public abstract Optional<Integer> durationBilled();

  /** {@code durationTotal}: seconds [C]. */
  @JsonProperty("durationTotal")
  public abstract Optional<Integer> durationTotal();

  /** {@code started} [C]. */
  @JsonProperty("started")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> started();

  /** {@code answered}: likely null when unanswered [C]. */
  @JsonProperty("answered")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> answered();

  /** {@code ended} [C]. */
  @JsonProperty("ended")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> ended();

  /** {@code hangupCause}: Q.850 cause code [C]. */
  @JsonProperty("hangupCause")
  public abstract Optional<Integer> hangupCause();

  /** {@code hangupSource} [C]. */
  @JsonProperty("hangupSource")
  public abstract Optional<HangupParty> hangupSource();

  /** {@code hangupTech}: type unknown, kept as sent [C name]. */
  @JsonProperty("hangupTech")
  public abstract Optional<JsonNode> hangupTech();

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

  /** Builds a {@link CallRecord}. */
  public static final class Builder extends ImmutableCallRecord.Builder {
    Builder() {}

  }
}
