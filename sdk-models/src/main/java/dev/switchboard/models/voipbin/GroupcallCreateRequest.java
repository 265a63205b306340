package dev.switchboard.models.voipbin;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * VoIPBin groupcall creation: the JSON body of {@code POST /groupcalls} (OpenAPI
 * {@code paths/groupcalls/main.yaml} request body). The response is a {@link Groupcall}.
 *
 * <p>Provide either {@code flow_id} or {@code actions}; if both are set, {@code flow_id} wins and {@code actions} is
 * ignored by the server. Request-side: {@code build()} checks that {@code source}, {@code ring_method} and
 * {@code answer_method} are present, that {@code destinations} is not empty and that {@code actions}, when present,
 * is not empty; each failure names the field. Use {@link RingMethod#NONE}/{@link AnswerMethod#NONE} for the server
 * default.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGroupcallCreateRequest.class)
@JsonDeserialize(as = ImmutableGroupcallCreateRequest.class)
public abstract class GroupcallCreateRequest {
  GroupcallCreateRequest() {}

  /** {@code source} (Address, required): the caller address shown to the destinations. */
  @JsonProperty("source")
  public abstract Optional<Address> source();

  /** {@code destinations} ([Address], required, not empty): the addresses to ring. */
  @JsonProperty("destinations")
  public abstract List<Address> destinations();

  /** {@code flow_id} (uuid, optional): the flow to execute; takes precedence over {@link #actions()}. */
  @JsonProperty("flow_id")
  public abstract Optional<UUID> flowId();

  /**
   * {@code actions} ([FlowManagerAction], optional, minItems 1): inline actions building a temporary flow when
   * {@code flow_id} is not given. Kept as raw JSON objects (the action schema is large and open).
   */
  @JsonProperty("actions")
  public abstract Optional<List<JsonNode>> actions();

  /** {@code ring_method} (required): how destinations are rung. */
  @JsonProperty("ring_method")
  public abstract Optional<RingMethod> ringMethod();

  /** {@code answer_method} (required): what happens when a destination answers. */
  @JsonProperty("answer_method")
  public abstract Optional<AnswerMethod> answerMethod();

  /** Extra body properties, written at the top level (for fields this version of the SDK does not know). */
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

  /** Builds a {@link GroupcallCreateRequest}; {@link #build()} checks the documented constraints. */
  public static final class Builder extends ImmutableGroupcallCreateRequest.Builder {
    Builder() {}

    @Override
    public ImmutableGroupcallCreateRequest build() {
      ImmutableGroupcallCreateRequest built = super.build();
      Checks.required("source", built.source());
      Checks.notEmpty("destinations", built.destinations());
      built.actions().ifPresent(actions -> Checks.notEmpty("actions", actions));
      Checks.required("ring_method", built.ringMethod());
      Checks.required("answer_method", built.answerMethod());
      return built;
    }
  }
}
