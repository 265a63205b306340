package dev.switchboard.models.voipbin;

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
 * A VoIPBin webhook delivery: {@code {"type": "<event>", "data": {...resource...}}} (docs
 * webhook_struct_webhook.rst). {@code data} is kept as raw JSON; {@link #groupcall()} reads it as a
 * {@link Groupcall} for the {@code groupcall_*} events.
 *
 * <p>Signature checking ({@code X-VoIPBIN-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>}) works on the raw
 * body and is not part of this model.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableVoipbinWebhookEvent.class)
@JsonDeserialize(as = ImmutableVoipbinWebhookEvent.class)
public abstract class VoipbinWebhookEvent {
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();

  VoipbinWebhookEvent() {}

  /** {@code type}: the event type, e.g. {@code groupcall_created}. */
  @JsonProperty("type")
  public abstract Optional<VoipbinEventType> type();

  /** {@code data}: the resource the event is about, as raw JSON. */
  @JsonProperty("data")
  public abstract Optional<JsonNode> data();

  /** Properties the reference does not document, kept as sent and written back. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * The {@code data} as a {@link Groupcall} when this is a groupcall event ({@code type} starts with
   * {@code groupcall_}) and {@code data} is an object; empty otherwise.
   */
  public Optional<Groupcall> groupcall() {
    if (type().filter(VoipbinEventType::isGroupcallEvent).isEmpty()) {
      return Optional.empty();
    }
    return data()
        .filter(JsonNode::isObject)
        .map(
            node -> {
              try {
                return MAPPER.treeToValue(node, Groupcall.class);
              } catch (JsonProcessingException e) {
                throw new IllegalStateException("groupcall event data could not be read", e);
              }
            });
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link VoipbinWebhookEvent}. */
  public static final class Builder extends ImmutableVoipbinWebhookEvent.Builder {
    Builder() {}
  }
}
