package dev.switchboard.models.callr;

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
 * CALLR {@code SMS}: a text message sent or received.
 *
 * <p>Maps the documented object {@code SMS}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSms.class)
@JsonDeserialize(as = ImmutableSms.class)
public abstract class Sms {
  Sms() {}

  /** {@code b_customer_debit}: Cost. Format: amount. */
  @JsonProperty("b_customer_debit")
  @JsonSerialize(contentUsing = AmountWriter.class)
  public abstract Optional<BigDecimal> bCustomerDebit();

  /** {@code date_creation}: Date of creation. Format: datetime (UTC). */
  @JsonProperty("date_creation")
  @JsonSerialize(contentUsing = TimestampCodecs.CallrDateTimeWriter.class)
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> dateCreation();

  /** {@code hash}: SMS ID. Format: hash. */
  @JsonProperty("hash")
  public abstract Optional<String> hash();

  /** {@code status}: Status. */
  @JsonProperty("status")
  public abstract Optional<SmsStatus> status();

  /** {@code parts}: Number of parts. */
  @JsonProperty("parts")
  public abstract Optional<Integer> parts();

  /** {@code options}: Options. Object: SMS.Options. */
  @JsonProperty("options")
  public abstract Optional<Target> options();

  /** {@code text}: Body. */
  @JsonProperty("text")
  @Value.Redacted
  public abstract Optional<String> text();

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

  /** Builds an {@link Sms}. */
  public static final class Builder extends ImmutableSms.Builder {
    Builder() {}
  }
}
