package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Body of {@code POST /actions/{sid}/runs} (start a scenario's {@code api-initiated} branch) [C path]. The body is
 * not documented in what was found [gap]: this model is free-form ({@link Builder#put}); an empty request sends
 * {@code {}}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableActionRunRequest.class)
@JsonDeserialize(as = ImmutableActionRunRequest.class)
public abstract class ActionRunRequest {
  ActionRunRequest() {}

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

  /** Builds a {@link ActionRunRequest}. */
  public static final class Builder extends ImmutableActionRunRequest.Builder {
    Builder() {}

    /** Adds a field, converting {@code value} to JSON with the SDK's mapper. */
    public Builder put(String name, Object value) {
      putAdditionalProperties(name, dev.switchboard.models.SwitchboardJson.mapper().valueToTree(value));
      return this;
    }

  }
}
