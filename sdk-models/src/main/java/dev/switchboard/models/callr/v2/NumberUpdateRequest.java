package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Body of {@code PATCH /numbers/{number}} [C path]. The fields are not documented [gap] (a scenario sid is
 * probably one of them [I]): this model is free-form ({@link Builder#put}).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableNumberUpdateRequest.class)
@JsonDeserialize(as = ImmutableNumberUpdateRequest.class)
public abstract class NumberUpdateRequest {
  NumberUpdateRequest() {}

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

  /** Builds a {@link NumberUpdateRequest}. */
  public static final class Builder extends ImmutableNumberUpdateRequest.Builder {
    Builder() {}

    /** Adds a field, converting {@code value} to JSON with the SDK's mapper. */
    public Builder put(String name, Object value) {
      putAdditionalProperties(name, dev.switchboard.models.SwitchboardJson.mapper().valueToTree(value));
      return this;
    }

  }
}
