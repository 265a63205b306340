package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.Secret;
import dev.switchboard.models.json.AmountWriter;
import dev.switchboard.models.json.TimestampCodecs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A v2 SMS ({@code SMS} object) [C: docs.callr.com/docs/receive-sms; enums on smssend/smssearch], returned by
 * {@code POST /sms} [I], {@code GET /sms} (hits) [I path] and {@code GET /sms/{sid}} [I], and carried by
 * {@code v2.sms.inbound.received}. Money is a decimal string in cents ({@code "1.00"}).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSmsMessage.class)
@JsonDeserialize(as = ImmutableSmsMessage.class)
public abstract class SmsMessage {
  SmsMessage() {}

  /** {@code sid}: 8 lowercase characters [C]. */
  @JsonProperty("sid")
  public abstract Optional<String> sid();

  /** {@code direction} [C]. */
  @JsonProperty("direction")
  public abstract Optional<TrafficDirection> direction();

  /** {@code fromNumber}: E.164 or an alphanumeric sender [C]. */
  @JsonProperty("fromNumber")
  public abstract Optional<String> fromNumber();

  /** {@code fromType}: libphonenumber type, upper case, e.g. {@code MOBILE} [C]. */
  @JsonProperty("fromType")
  public abstract Optional<String> fromType();

  /** {@code fromCountry}, e.g. {@code FR} [C]. */
  @JsonProperty("fromCountry")
  public abstract Optional<String> fromCountry();

  /** {@code fromLocation}, e.g. {@code France} [C]. */
  @JsonProperty("fromLocation")
  public abstract Optional<String> fromLocation();

  /** {@code toNumber} [C]. */
  @JsonProperty("toNumber")
  public abstract Optional<String> toNumber();

  /** {@code toType} [C]. */
  @JsonProperty("toType")
  public abstract Optional<String> toType();

  /** {@code toCountry} [C]. */
  @JsonProperty("toCountry")
  public abstract Optional<String> toCountry();

  /** {@code toLocation} [C]. */
  @JsonProperty("toLocation")
  public abstract Optional<String> toLocation();

  /** {@code status} [C]. */
  @JsonProperty("status")
  public abstract Optional<SmsMessageStatus> status();

  /** {@code encoding} [C]. */
  @JsonProperty("encoding")
  public abstract Optional<TextEncoding> encoding();

  /** {@code bodyText}: the message text (masked in {@code toString()}) [C]. */
  @JsonProperty("bodyText")
  @Secret
  public abstract Optional<String> bodyText();

  /** {@code parts}: number of parts [C]. */
  @JsonProperty("parts")
  public abstract Optional<Integer> parts();

  /** {@code billingDebit}: decimal string in cents, e.g. {@code "1.00"} [C]. */
  @JsonProperty("billingDebit")
  @JsonSerialize(contentUsing = AmountWriter.class)
  public abstract Optional<BigDecimal> billingDebit();

  /** {@code billingPaymentType} [C]. */
  @JsonProperty("billingPaymentType")
  public abstract Optional<PaymentType> billingPaymentType();

  /** {@code network}: may be empty [C]. */
  @JsonProperty("network")
  public abstract Optional<String> network();

  /** {@code trafficType}: probably on outbound SMS [I]. */
  @JsonProperty("trafficType")
  public abstract Optional<TrafficType> trafficType();

  /** {@code deliveredAt}: nullable [C]. */
  @JsonProperty("deliveredAt")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> deliveredAt();

  /** {@code createdAt} [C]. */
  @JsonProperty("createdAt")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> createdAt();

  /** {@code updatedAt} [C]. */
  @JsonProperty("updatedAt")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> updatedAt();

  /** {@code sentAt}: nullable [C]. */
  @JsonProperty("sentAt")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> sentAt();

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

  /** Builds a {@link SmsMessage}. */
  public static final class Builder extends ImmutableSmsMessage.Builder {
    Builder() {}

  }
}
