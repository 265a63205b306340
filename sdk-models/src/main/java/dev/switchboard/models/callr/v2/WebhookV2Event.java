package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.SwitchboardJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A CALLR v2 webhook delivery, read leniently because <b>the v2 envelope is not documented</b> in what was found
 * [gap]. Confirmed: every event has a unique {@code event_id} for idempotency [C: best-practices] (snake_case, unlike
 * the API bodies), the five event names of {@link WebhookV2EventType} [C], the call events carry a v2 CDR
 * ({@link CallRecord}) and {@code v2.sms.inbound.received} carries an SMS ({@link SmsMessage}) [C].
 *
 * <p>Inferred [I], from the legacy v1 envelope ({@code type}, {@code data}, {@code event_at}): the event name is read
 * from {@code type} (else {@code event}), the payload from {@code data} (else the body itself), the time from
 * {@code event_at}. Every field is kept in {@link #additionalProperties()}, so nothing is lost whatever the real shape.
 *
 * <p><b>Signature.</b> v2 deliveries are HMAC-signed [C], but the header name and algorithm are not documented for v2
 * [gap]; the legacy v1 scheme ({@code X-CALLR-HmacSignature}, base64 HMAC-SHA256 of the raw body) may not apply. The
 * SDK therefore offers no v2 verifier yet; verify the raw body before parsing it once CALLR documents the scheme.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWebhookV2Event.class)
@JsonDeserialize(as = ImmutableWebhookV2Event.class)
public abstract class WebhookV2Event {
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();

  WebhookV2Event() {}

  /** {@code event_id}: unique per event, the key for idempotent handling (deliveries can repeat) [C]. */
  @JsonProperty("event_id")
  public abstract Optional<String> eventId();

  /** Properties not modelled here (the whole envelope but {@code event_id}), kept exactly as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** Reads a delivery body leniently (never fails on unknown fields or shapes). */
  public static WebhookV2Event parse(String json) {
    try {
      return MAPPER.readValue(json, WebhookV2Event.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("webhook body is not a JSON object: " + e.getOriginalMessage(), e);
    }
  }

  /** The event name from {@code type}, else {@code event} [I: field name inferred]. */
  public Optional<WebhookV2EventType> eventType() {
    return text("type").or(() -> text("event")).map(WebhookV2EventType::of);
  }

  /** The payload: {@code data} if it is an object [I], else the whole body (without {@code event_id}). */
  public JsonNode payload() {
    JsonNode data = additionalProperties().get("data");
    if (data != null && data.isObject()) {
      return data.deepCopy();
    }
    return MAPPER.valueToTree(additionalProperties());
  }

  /** The payload as a v2 CDR when this is a {@code v2.call.*} event; empty otherwise. */
  public Optional<CallRecord> callRecord() {
    return eventType().filter(t -> t.raw().startsWith("v2.call.")).map(t -> read(CallRecord.class));
  }

  /** The payload as an SMS when this is {@code v2.sms.inbound.received} (or another {@code v2.sms.*}); else empty. */
  public Optional<SmsMessage> sms() {
    return eventType().filter(t -> t.raw().startsWith("v2.sms.")).map(t -> read(SmsMessage.class));
  }

  private <T> T read(Class<T> type) {
    try {
      return MAPPER.treeToValue(payload(), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("webhook payload could not be read as " + type.getSimpleName(), e);
    }
  }

  private Optional<String> text(String key) {
    JsonNode v = additionalProperties().get(key);
    return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link WebhookV2Event}. */
  public static final class Builder extends ImmutableWebhookV2Event.Builder {
    Builder() {}
  }
}
