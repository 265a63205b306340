package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A v2 task (formerly a v1 job), {@code GET /tasks/{taskid}} [C path; verb inferred] and the presumable result of
 * {@code POST /calls/export} [I]. The Task object is not documented in what was found [gap]: every field is kept in
 * {@link #additionalProperties()}; {@link #taskId()} looks for the id under the likely names.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
public abstract class Task {
  Task() {}

  /** {@code status}: the task status [I]. */
  @JsonProperty("status")
  public abstract Optional<String> status();

  /** Properties not modelled here, kept exactly as sent and written back (v2 is a preview). */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * The task id for {@code /tasks/{taskid}}, read from the first present of {@code taskid}, {@code taskId}, {@code id}
   * and {@code sid} [I: the field name is unknown].
   */
  public Optional<String> taskId() {
    for (String key : new String[] {"taskid", "taskId", "id", "sid"}) {
      JsonNode v = additionalProperties().get(key);
      if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isEmpty()) {
        return Optional.of(v.asText());
      }
    }
    return Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Task}. */
  public static final class Builder extends ImmutableTask.Builder {
    Builder() {}

  }
}
